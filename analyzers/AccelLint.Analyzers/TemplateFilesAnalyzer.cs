using System.Collections.Immutable;
using AccelLint.Diagnostics;
using AccelLint.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AccelLint.Analyzers;

/// <summary>
/// ARM templates, Bicep and <c>.bicepparam</c> files passed as AdditionalFiles are linted by the
/// engine during the build (once per compilation, all files together so that modules, parameters
/// files and <c>accellint.json</c> are followed), and each file's findings are reported on it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class TemplateFilesAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.All.ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var files = start.Options.AdditionalFiles.Where(f => FileDiscovery.IsLintable(f.Path)).ToImmutableArray();
            if (files.IsEmpty)
            {
                return;
            }

            var result = new Lazy<ILookup<string, Finding>>(() => Lint(start.Options.AdditionalFiles, files, start.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(file =>
            {
                if (!FileDiscovery.IsLintable(file.AdditionalFile.Path))
                {
                    return;
                }

                foreach (var finding in result.Value[Path.GetFullPath(file.AdditionalFile.Path)])
                {
                    file.ReportDiagnostic(ToDiagnostic(finding, file.AdditionalFile.Path));
                }
            });
        });
    }

    private static ILookup<string, Finding> Lint(ImmutableArray<AdditionalText> all, ImmutableArray<AdditionalText> files, CancellationToken cancellation)
    {
        var fileSystem = new InMemoryFileSystem();
        foreach (var file in all)
        {
            var captured = file;
            fileSystem.Add(file.Path, () => captured.GetText(cancellation)?.ToString());
        }

        try
        {
            var result = LintEngine.Lint(new LintOptions { Paths = files.Select(f => f.Path).ToList(), FileSystem = fileSystem });
            return result.Findings.Where(f => !f.IsSuppressed).ToLookup(f => Path.GetFullPath(f.Location.File.Path), StringComparer.Ordinal);
        }
        catch (LintUsageException)
        {
            return Array.Empty<Finding>().ToLookup(f => f.Location.File.Path);
        }
    }

    private static Diagnostic ToDiagnostic(Finding finding, string path)
    {
        var location = finding.Resolve();
        var span = new TextSpan(finding.Location.Span.Start, finding.Location.Span.Length);
        var lines = new LinePositionSpan(new LinePosition(location.Line - 1, location.Column - 1), new LinePosition(location.EndLine - 1, location.EndColumn - 1));
        return Diagnostic.Create(
            Descriptors.For(finding.RuleId),
            Location.Create(path, span, lines),
            Descriptors.ToSeverity(finding.Level),
            null,
            null,
            finding.Message);
    }
}
