using AccelLint.Diagnostics;

namespace AccelLint.Cli.Reporters;

/// <summary>MSBuild canonical lines, <c>path(line,col): warning ACCEL001: message</c>, then a summary line.</summary>
internal sealed class TextReporter : IReporter
{
    public void Write(ReportContext context, TextWriter writer)
    {
        int errors = 0, warnings = 0, infos = 0, suppressed = 0;
        foreach (var item in context.Items)
        {
            if (item.Finding.IsSuppressed)
            {
                suppressed++;
                continue;
            }

            switch (item.Finding.Level)
            {
                case DiagnosticLevel.Error:
                    errors++;
                    break;
                case DiagnosticLevel.Warning:
                    warnings++;
                    break;
                default:
                    infos++;
                    break;
            }

            writer.WriteLine($"{item.Path}({item.Location.Line},{item.Location.Column}): {item.Finding.Level.ToText()} {item.Finding.RuleId}: {item.Finding.Message}");
        }

        string Plural(int n, string word) => n + " " + word + (n == 1 ? string.Empty : "s");
        string summary = $"accellint: {Plural(errors, "error")}, {Plural(warnings, "warning")}, {infos} info in {Plural(context.Result.FileCount, "file")}";
        if (suppressed > 0)
        {
            summary += $" ({suppressed} suppressed)";
        }

        writer.WriteLine(summary);
    }
}
