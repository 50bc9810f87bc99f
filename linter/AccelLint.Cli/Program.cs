using System.Reflection;
using AccelLint.Cli.Commands;
using AccelLint.Cli.Reporters;
using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Rules;

namespace AccelLint.Cli;

public static class Program
{
    private static string? version;

    /// <summary>The informational version (read on first use: text reports never need it).</summary>
    public static string Version => version ??=
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line; never throws (a failure is a one-line message and exit code 2).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var (line, error) = CommandLine.Parse(args);
            if (line is null)
            {
                stderr.WriteLine($"accellint: {error}");
                return 2;
            }

            switch (line.Command)
            {
                case "help":
                    stdout.WriteLine(CommandLine.Usage);
                    return 0;
                case "version":
                    stdout.WriteLine(Version);
                    return 0;
                case "rules":
                    return ListRules(line, stdout);
                case "explain":
                    return Explain(line, stdout, stderr);
                case "sizes":
                    return SizesCommand.Run(line, write => WriteReport(line, stdout, write));
                case "lsp":
                    return new Lsp.LanguageServer(Console.OpenStandardInput(), Console.OpenStandardOutput()).Run();
                default:
                    return Lint(line, stdout, stderr);
            }
        }
        catch (LintUsageException e)
        {
            stderr.WriteLine($"accellint: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"accellint: {e.Message}");
            return 2;
        }
#pragma warning disable CA1031 // The user must never see a stack trace; the message says what failed.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"accellint: internal error: {e.GetType().Name}: {e.Message}");
            return 2;
        }
    }

    private static int Lint(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        if (line.Paths.Count == 0)
        {
            stderr.WriteLine("accellint: no path given (usage: accellint lint PATH... ; see accellint --help)");
            return 2;
        }

        // The changed files are asked of git first, so that a bad revision fails before the work.
        var changed = line.Since is { } since ? GitChanges.FilesChangedSince(since, Environment.CurrentDirectory) : null;
        using var progress = Progress.ForTerminal(stderr);
        var result = LintEngine.Lint(new LintOptions
        {
            Paths = line.Paths,
            ParameterFiles = line.Parameters,
            ConfigFile = line.Config,
            CatalogFile = line.Catalog,
            MaxFileSize = line.MaxFileSize,
            WorkspaceRoots = WorkspaceRoots(line),
            Progress = progress is null ? null : progress.Report,
            ReleaseSourceText = true,
        });
        progress?.Dispose();

        var context = new ReportContext(result, Environment.CurrentDirectory);
        if (line.Baseline is not null)
        {
            var known = Baseline.Load(line.Baseline);
            context = context.Without(item => known.Contains(item.Fingerprint));
        }

        if (changed is not null)
        {
            // The whole deployment was evaluated; only what is located in changed files is reported.
            context = context.Without(item => !changed.Contains(Path.GetFullPath(item.Finding.Location.File.Path)));
        }

        IReporter reporter = line.Format switch
        {
            "sarif" => new SarifReporter(),
            "json" => new JsonReporter(),
            "github" => new GitHubReporter(),
            _ => new TextReporter(),
        };

        WriteReport(line, stdout, writer => reporter.Write(context, writer));
        bool failed = !line.FailNever && context.Items.Any(i => !i.Finding.IsSuppressed && i.Finding.Level >= line.FailLevel);
        return failed ? 1 : 0;
    }

    /// <summary><c>accellint explain</c>: the evaluated model of each deployment, found as a lint finds them; no rule runs.</summary>
    private static int Explain(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        if (line.Paths.Count == 0)
        {
            stderr.WriteLine("accellint: no path given (usage: accellint explain PATH... ; see accellint --help)");
            return 2;
        }

        var result = LintEngine.Explain(new LintOptions
        {
            Paths = line.Paths,
            ParameterFiles = line.Parameters,
            ConfigFile = line.Config,
            CatalogFile = line.Catalog,
            MaxFileSize = line.MaxFileSize,
            WorkspaceRoots = WorkspaceRoots(line),
        });
        var facts = new Explain.ExplainFacts(Environment.CurrentDirectory);
        WriteReport(line, stdout, writer =>
        {
            if (line.Format == "json")
            {
                new Explain.ExplainJsonReporter(facts).Write(result, writer);
            }
            else
            {
                new Explain.ExplainTextReporter(facts, writer).Write(result);
            }
        });
        return 0;
    }

    /// <summary>Writes a report to <c>--output</c> (its folder created) or to standard output.</summary>
    private static void WriteReport(CommandLine line, TextWriter stdout, Action<TextWriter> write)
    {
        if (line.Output is { } output)
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(output));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            using var writer = new StreamWriter(output, append: false, new System.Text.UTF8Encoding(false));
            write(writer);
        }
        else
        {
            write(stdout);
        }
    }

    private static int ListRules(CommandLine line, TextWriter stdout)
    {
        foreach (var rule in RuleRegistry.Descriptors)
        {
            stdout.WriteLine($"{rule.Id}  {rule.DefaultLevel.ToText(),-7}  {rule.Title}  {rule.HelpUri}");
        }

        _ = line;
        return 0;
    }

    /// <summary><c>--root</c> as the one workspace folder; null to find it above the linted paths.</summary>
    private static IReadOnlyList<string>? WorkspaceRoots(CommandLine line) =>
        line.Root is null ? null
        : Directory.Exists(line.Root) ? new[] { line.Root }
        : throw new LintUsageException($"--root {line.Root}: no such folder");
}
