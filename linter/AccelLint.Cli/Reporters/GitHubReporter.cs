using AccelLint.Diagnostics;

namespace AccelLint.Cli.Reporters;

/// <summary>GitHub Actions workflow commands: <c>::warning file=...,line=...,col=...,endLine=...,endColumn=...,title=ACCEL001::message</c>.</summary>
internal sealed class GitHubReporter : IReporter
{
    public void Write(ReportContext context, TextWriter writer)
    {
        foreach (var item in context.Items)
        {
            if (item.Finding.IsSuppressed)
            {
                continue;
            }

            string command = item.Finding.Level switch
            {
                DiagnosticLevel.Error => "error",
                DiagnosticLevel.Warning => "warning",
                _ => "notice",
            };
            var l = item.Location;
            writer.WriteLine($"::{command} file={Property(item.Path)},line={l.Line},col={l.Column},endLine={l.EndLine},endColumn={l.EndColumn},title={Property(item.Finding.RuleId)}::{Data(item.Finding.Message)}");
        }
    }

    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
