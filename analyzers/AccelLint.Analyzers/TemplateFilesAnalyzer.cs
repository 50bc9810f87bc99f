using System.Collections.Immutable;
using AccelLint.Config;
using AccelLint.Diagnostics;
using AccelLint.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SourceFile = AccelLint.Text.SourceFile;

namespace AccelLint.Analyzers;

/// <summary>
/// ARM templates, Bicep and <c>.bicepparam</c> files passed as AdditionalFiles are linted by the
/// engine during the build (once per compilation, all files together so that modules, parameters
/// files and <c>accellint.json</c> are followed), and each file's findings are reported on it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class TemplateFilesAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// Findings by the paths and contents of every AdditionalFile (templates, parameters, configs,
    /// catalogs): a compilation whose AdditionalFiles are unchanged (an edit to a .cs file) lints no
    /// template again. Restored registry modules on disk are not part of the key: run <c>bicep restore</c>
    /// and edit or rebuild to see a newly restored module.
    /// </summary>
    internal static readonly ContentCache<ILookup<string, Finding>> Cache = new(8);

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

            var all = start.Options.AdditionalFiles;

            // The content key, computed by the first callback that completes it: the AdditionalFiles do not
            // change within a compilation (a cancelled computation leaves it for the next callback).
            string? contentKey = null;
            start.RegisterAdditionalFileAction(file =>
            {
                if (!FileDiscovery.IsLintable(file.AdditionalFile.Path))
                {
                    return;
                }

                // Each callback reads with its own token; the cache runs one lint per content, shared by all.
                var token = file.CancellationToken;
                var key = Volatile.Read(ref contentKey);
                if (key is null)
                {
                    key = Key(all, token);
                    Volatile.Write(ref contentKey, key);
                }

                var result = Cache.GetOrAdd(key, () =>
                {
                    foreach (var linted in files)
                    {
                        Cache.Count(Path.GetFullPath(linted.Path));
                    }

                    return Lint(all, files, token);
                });
                foreach (var finding in result[Path.GetFullPath(file.AdditionalFile.Path)])
                {
                    file.ReportDiagnostic(ToDiagnostic(finding, file.AdditionalFile.Path));
                }
            });
        });
    }

    private static ILookup<string, Finding> Lint(ImmutableArray<AdditionalText> all, ImmutableArray<AdditionalText> files, CancellationToken cancellation)
    {
        var fileSystem = new InMemoryFileSystem();
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var file in all)
        {
            var captured = file;
            fileSystem.Add(file.Path, () => Text(captured));
        }

        string? Text(AdditionalText file)
        {
            string full = Path.GetFullPath(file.Path);
            lock (texts)
            {
                if (!texts.TryGetValue(full, out var text))
                {
                    text = file.GetText(cancellation)?.ToString();
                    texts[full] = text;
                }

                return text;
            }
        }

        // Every JSON AdditionalFile is named explicitly, and the engine reports an explicitly named JSON
        // file that does not parse. In a build, JSON that is not an ARM template or parameters file
        // (settings, a half-typed package.json) is someone else's business: pass only JSON that names
        // an ARM schema (the engine's own test for broken JSON), and every Bicep file.
        var paths = files
            .Where(f => !IsJson(f.Path) || (!IsConfig(f.Path) && Text(f) is { } text && NamesArmSchema(text)))
            .Select(f => f.Path)
            .ToList();
        var findings = new List<Finding>();
        try
        {
            if (paths.Count > 0)
            {
                // Registry and template-spec modules are read where the Bicep tooling restores them (the nearest
                // bicepconfig.json's cacheRootDirectory, else ~/.bicep), as the command line reads them.
                // The workspace (SPEC §10) is found above every AdditionalFile, configurations included.
                var root = WorkspaceBoundary.FindRoot(files.Select(f => f.Path).ToList(), null, Path.GetDirectoryName(paths[0]) ?? paths[0]);
                var options = new LintOptions { Paths = paths, FileSystem = fileSystem, ModuleCacheFileSystem = new LayeredFileSystem(fileSystem, LintFileSystem.Disk), WorkspaceRoots = new[] { root } };
                findings.AddRange(LintEngine.Lint(options).Findings.Where(f => !f.IsSuppressed));
            }
        }
        catch (LintUsageException)
        {
        }

        // A config the engine did not read (no template below it) still gets its errors reported.
        var reported = new HashSet<string>(findings.Select(f => Path.GetFullPath(f.Location.File.Path)), StringComparer.Ordinal);
        foreach (var config in all.Where(f => IsConfig(f.Path)))
        {
            string full = Path.GetFullPath(config.Path);
            if (!reported.Contains(full) && Text(config) is { } text)
            {
                findings.AddRange(ConfigLoader.Load(new SourceFile(full, text), LintSettings.Default, path => fileSystem.FileExists(path) ? fileSystem.ReadAllText(path) : null).Errors);
            }
        }

        return findings.ToLookup(f => Path.GetFullPath(f.Location.File.Path), StringComparer.Ordinal);
    }

    /// <summary>Every AdditionalFile's path and content checksum (computed once per text by Roslyn).</summary>
    private static string Key(ImmutableArray<AdditionalText> all, CancellationToken cancellation)
    {
        var key = new System.Text.StringBuilder();
        foreach (var file in all)
        {
            key.Append(file.Path).Append('\0');
            if (file.GetText(cancellation) is { } text)
            {
                foreach (byte b in text.GetChecksum())
                {
                    key.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            key.Append('\n');
        }

        return key.ToString();
    }

    private static bool IsJson(string path) => Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase);

    private static bool IsConfig(string path) => Path.GetFileName(path).Equals(ConfigLoader.FileName, StringComparison.OrdinalIgnoreCase);

    private static bool NamesArmSchema(string text) =>
        text.IndexOf("deploymentTemplate.json", StringComparison.OrdinalIgnoreCase) >= 0
        || text.IndexOf("deploymentParameters.json", StringComparison.OrdinalIgnoreCase) >= 0;

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
            finding.Arguments.ToArray<object?>());
    }
}
