using AccelLint.Arm;
using AccelLint.Bicep;
using AccelLint.Bicep.Registry;
using AccelLint.Bicep.Syntax;
using AccelLint.Catalog;
using AccelLint.Config;
using AccelLint.Diagnostics;
using AccelLint.Json;
using AccelLint.Model;
using AccelLint.Rules;
using AccelLint.Suppression;
using AccelLint.Text;

namespace AccelLint.Engine;

/// <summary>
/// Runs a lint in four stages, a file each: discover and index the files (<c>LintEngine.Discover.cs</c>),
/// plan the deployments (<c>LintEngine.Plan.cs</c>), evaluate them in parallel, each releasing its trees
/// when done (<c>LintEngine.Evaluate.cs</c>), and report: merge in a stable order, then levels,
/// suppressions and one finding per rule and position (<c>LintEngine.Report.cs</c>).
/// </summary>
public sealed partial class LintEngine
{
    private readonly Dictionary<string, ConfigResult> configs = new(StringComparer.Ordinal);

    /// <summary>In-source suppressions by path: kept for every file read, since findings outlive the files' trees.</summary>
    private readonly Dictionary<string, SuppressionSet> suppressions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BicepSyntaxTree?> bicepTrees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> notBicep = new(StringComparer.Ordinal);
    private readonly object gate = new();
    private readonly Dictionary<string, LintSettings> settingsByFolder = new(StringComparer.Ordinal);
    private LintSettings baseSettings = LintSettings.Default;
    private LintFileSystem fileSystem = LintFileSystem.Disk;

    /// <summary>The file system unconfined, for the files the user names on the command line (<c>--parameters</c>, <c>--config</c>, <c>--catalog</c>).</summary>
    private LintFileSystem userFileSystem = LintFileSystem.Disk;
    private long maxFileSize = LintOptions.DefaultMaxFileSize;
    private ModuleCache? moduleCache;
    private LintFileSystem? moduleFileSystem;
    private bool releaseText;
    private ParseCache? parseCache;

    /// <summary>When deployments are tracked: the files each job read, by job index.</summary>
    private HashSet<string>[]? includes;
    private IReadOnlyList<DeploymentFindings>? deployments;
    private int looseCount;

    /// <summary>When explaining: the deployments evaluated, their models kept and no rule run.</summary>
    private List<EvaluatedDeployment>? explained;

    public static LintResult Lint(LintOptions options) => new LintEngine().Run(options);

    /// <summary>
    /// The evaluated model of every deployment, found and paired exactly as a lint finds them, without
    /// running rules (<c>accellint explain</c>). Throws <see cref="LintUsageException"/> as a lint does.
    /// </summary>
    public static ExplainResult Explain(LintOptions options) => new LintEngine().RunExplain(options);

    public LintResult Run(LintOptions options)
    {
        var (findings, fileCount, forcedConfig) = Evaluate(options);
        return new LintResult(Finish(findings, forcedConfig), fileCount)
        {
            Deployments = deployments,
            Loose = deployments is null ? null : Finish(findings.GetRange(0, looseCount), forcedConfig),
        };
    }

    private ExplainResult RunExplain(LintOptions options)
    {
        explained = new List<EvaluatedDeployment>();
        var (findings, fileCount, forcedConfig) = Evaluate(options);

        // The deployments' own findings are merged into the list too; they are shown with their deployment.
        var own = new HashSet<Finding>(explained.SelectMany(d => d.Findings));
        return new ExplainResult(explained, Finish(findings.Where(f => !own.Contains(f)).ToList(), forcedConfig), fileCount);
    }

    /// <summary>
    /// The four stages, along the data's path: <b>discover</b> the files and index each one cheaply
    /// (kind, suppressions, syntax; an ARM template keeps its path, not its tree); <b>plan</b> the
    /// deployments (templates with their parameters files, Bicep entries with their modules and
    /// <c>using</c>); <b>evaluate</b> them in parallel, each parsing what it includes and releasing it
    /// when done; <b>report</b>: merge in plan order (then <see cref="Finish"/>).
    /// </summary>
    private (List<Finding> Findings, int FileCount, ConfigResult? ForcedConfig) Evaluate(LintOptions options)
    {
        userFileSystem = options.FileSystem;
        var boundary = Boundary(options);
        fileSystem = new ConfinedFileSystem(options.FileSystem, boundary);
        maxFileSize = options.MaxFileSize;
        releaseText = options.ReleaseSourceText && explained is null;
        parseCache = options.ParseCache;
        moduleFileSystem = new ConfinedFileSystem(options.ModuleCacheFileSystem ?? options.FileSystem, boundary);
        moduleCache = new ModuleCache(moduleFileSystem, options.UserProfile);
        var findings = new List<Finding>();
        var paths = FileDiscovery.Discover(options.Paths, fileSystem, findings);
        baseSettings = LoadCatalogOption(options.CatalogFile);
        ConfigResult? forcedConfig = options.ConfigFile is { } configPath ? LoadConfig(ReadRequired(configPath, "config file")) : null;

        var index = Index(paths, options, findings);
        var plan = Plan(index, options, forcedConfig, findings);
        var results = EvaluateAll(plan, options);
        looseCount = findings.Count;
        Collect(plan, results, findings);
        if (options.TrackDeployments)
        {
            deployments = Deployments(plan, results, forcedConfig);
        }

        return (findings, index.FileCount, forcedConfig);
    }

    /// <summary>
    /// The workspace (SPEC §10): the given roots, or the one found above the linted paths; the user's
    /// Bicep module cache is the one place outside it that may be read. A linted path outside given
    /// roots is a usage error (the user asked for two things that contradict each other).
    /// </summary>
    private static WorkspaceBoundary Boundary(LintOptions options)
    {
        var roots = options.WorkspaceRoots ?? new[] { WorkspaceBoundary.FindRoot(options.Paths, null, Environment.CurrentDirectory) };
        var boundary = new WorkspaceBoundary(roots, new[] { BicepConfiguration.DefaultCacheRoot(options.UserProfile) });
        if (options.WorkspaceRoots is not null)
        {
            foreach (var path in options.Paths)
            {
                if (boundary.Refusal(path) is { } reason)
                {
                    throw new LintUsageException($"{path}: {reason}");
                }
            }
        }

        return boundary;
    }

    /// <summary>A JSON file's tree: from the caller's <see cref="ParseCache"/> when its text is unchanged.</summary>
    private JsonDocument ParseJson(SourceFile file) => parseCache?.Json(file) ?? JsonReader.Parse(file);

    /// <summary>A Bicep file's tree: from the caller's <see cref="ParseCache"/> when its text is unchanged.</summary>
    private BicepSyntaxTree ParseBicepText(SourceFile file) => parseCache?.Bicep(file) ?? BicepParser.Parse(file);

    private SourceFile? Read(string path, List<Finding> findings, LintFileSystem? from = null)
    {
        Included(path);
        var fileSystem = from ?? this.fileSystem;
        try
        {
            long length = fileSystem.FileLength(path);
            if (length > maxFileSize)
            {
                var empty = new SourceFile(path, string.Empty);
                findings.Add(InvalidInputRule.Finding(new SourceRef(empty, new TextSpan(0, 0)), $"The file is {length / (1024.0 * 1024.0):F1} MB, over the {maxFileSize / (1024.0 * 1024.0):F0} MB limit (--max-file-size)", "it was not read.", DiagnosticLevel.Error));
                return null;
            }

            return new SourceFile(path, fileSystem.ReadAllText(path));
        }
        catch (OutsideWorkspaceException e)
        {
            findings.Add(InvalidInputRule.Finding(new SourceRef(new SourceFile(path, string.Empty), new TextSpan(0, 0)), "The file was not read", $"{e.Reason}.", DiagnosticLevel.Error));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var file = new SourceFile(path, string.Empty);
            findings.Add(InvalidInputRule.Finding(new SourceRef(file, new TextSpan(0, 0)), "The file cannot be read", e.Message, DiagnosticLevel.Error));
            return null;
        }
    }

    private SourceFile ReadRequired(string path, string what)
    {
        try
        {
            return new SourceFile(Path.GetFullPath(path), userFileSystem.ReadAllText(Path.GetFullPath(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new LintUsageException($"{what} not found or unreadable: {path}");
        }
    }

    private LintSettings LoadCatalogOption(string? catalogPath)
    {
        if (catalogPath is null)
        {
            return LintSettings.Default;
        }

        var file = ReadRequired(catalogPath, "catalog file");
        try
        {
            return new LintSettings { Catalog = VmSizeCatalog.Embedded.Extend(VmSizeCatalog.Parse(file.Text, catalogPath)) };
        }
        catch (CatalogFormatException e)
        {
            throw new LintUsageException($"catalog file {catalogPath} is not a CSV catalog or 'az vm list-skus' JSON: {e.Message}");
        }
    }

    private ConfigResult LoadConfig(SourceFile file)
    {
        if (!configs.TryGetValue(file.Path, out var result))
        {
            result = ConfigLoader.Load(file, baseSettings, path => fileSystem.FileExists(path) ? fileSystem.ReadAllText(path) : null);
            configs[file.Path] = result;
        }

        return result;
    }

    /// <summary>The settings for a file: <c>--config</c>, else the nearest <c>accellint.json</c> walking up, else the defaults.</summary>
    private LintSettings SettingsFor(string path, ConfigResult? forced, List<Finding> findings)
    {
        if (forced is not null)
        {
            return forced.Settings;
        }

        string? folder = Path.GetDirectoryName(path);
        return string.IsNullOrEmpty(folder) ? baseSettings : SettingsForFolder(folder!, findings);
    }

    /// <summary>The settings of the nearest <c>accellint.json</c> at or above a folder, looked up once per folder.</summary>
    private LintSettings SettingsForFolder(string folder, List<Finding> findings)
    {
        if (settingsByFolder.TryGetValue(folder, out var known))
        {
            return known;
        }

        LintSettings settings;
        string candidate = Path.Combine(folder, ConfigLoader.FileName);
        if (configs.TryGetValue(candidate, out var cached))
        {
            settings = cached.Settings;
        }
        else if (userFileSystem.FileExists(candidate))
        {
            // accellint.json is looked for above the workspace too (SPEC §6): no input names it. What it
            // names (a catalog) is read inside the workspace only.
            settings = Read(candidate, findings, userFileSystem) is { } file ? LoadConfig(file).Settings : baseSettings;
        }
        else
        {
            string? parent = Path.GetDirectoryName(folder);
            settings = string.IsNullOrEmpty(parent) ? baseSettings : SettingsForFolder(parent!, findings);
        }

        settingsByFolder[folder] = settings;
        return settings;
    }

    /// <summary>In parallel when there is enough to share; a handful of items run on this thread (no pool start-up).</summary>
    private static void ForEach(int count, Action<int> body)
    {
        if (count < 4 || Environment.ProcessorCount == 1)
        {
            for (int i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        InParallel.For(count, body);
    }

    /// <summary>Apart, so that linting one file never loads the parallel library (cold start).</summary>
    private static class InParallel
    {
        private static readonly ParallelOptions Options = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        public static void For(int count, Action<int> body) => Parallel.For(0, count, Options, body);
    }
}
