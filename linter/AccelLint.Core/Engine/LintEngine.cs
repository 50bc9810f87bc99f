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
/// Runs a lint: finds the files, parses them, pairs templates with parameters files, evaluates each
/// deployment into the resource model, runs every rule, then applies levels, suppressions and
/// de-duplication (one finding per rule and source position).
/// </summary>
public sealed class LintEngine
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
        return new LintResult(Finish(findings, forcedConfig), fileCount);
    }

    private ExplainResult RunExplain(LintOptions options)
    {
        explained = new List<EvaluatedDeployment>();
        var (findings, fileCount, forcedConfig) = Evaluate(options);

        // The deployments' own findings are merged into the list too; they are shown with their deployment.
        var own = new HashSet<Finding>(explained.SelectMany(d => d.Findings));
        return new ExplainResult(explained, Finish(findings.Where(f => !own.Contains(f)).ToList(), forcedConfig), fileCount);
    }

    /// <summary>Finds, parses, pairs and evaluates every deployment; runs the rules unless explaining.</summary>
    private (List<Finding> Findings, int FileCount, ConfigResult? ForcedConfig) Evaluate(LintOptions options)
    {
        userFileSystem = options.FileSystem;
        var boundary = Boundary(options);
        fileSystem = new ConfinedFileSystem(options.FileSystem, boundary);
        maxFileSize = options.MaxFileSize;
        releaseText = options.ReleaseSourceText && explained is null;
        moduleFileSystem = new ConfinedFileSystem(options.ModuleCacheFileSystem ?? options.FileSystem, boundary);
        moduleCache = new ModuleCache(moduleFileSystem, options.UserProfile);
        var findings = new List<Finding>();
        var paths = FileDiscovery.Discover(options.Paths, fileSystem, findings);
        var explicitFiles = new HashSet<string>(options.Paths.Select(Path.GetFullPath).Where(fileSystem.FileExists), StringComparer.Ordinal);
        baseSettings = LoadCatalogOption(options.CatalogFile);
        ConfigResult? forcedConfig = options.ConfigFile is { } configPath ? LoadConfig(ReadRequired(configPath, "config file")) : null;

        var templates = new List<string>();
        var parameterDocs = new List<JsonDocument>();
        var bicepFiles = new List<BicepSyntaxTree>();
        int fileCount = 0;

        // Files are read and parsed in parallel; what they contribute is merged in path order.
        int done = 0;
        var parsed = new ParsedFile?[paths.Count];
        void ParseAt(int i)
        {
            options.Progress?.Invoke(Interlocked.Increment(ref done), paths.Count);
            parsed[i] = Parse(paths[i], explicitFiles.Contains(paths[i]));
        }

        ForEach(paths.Count, ParseAt);

        foreach (var file in parsed)
        {
            if (file is null)
            {
                continue;
            }

            findings.AddRange(Detach(file.Findings));
            fileCount += file.Counted ? 1 : 0;
            if (file.Suppressions is { } set)
            {
                suppressions[file.Path] = set;
            }

            if (file.Kind == JsonDocumentKind.Template)
            {
                templates.Add(file.Path);
            }
            else if (file.Json is { } document)
            {
                parameterDocs.Add(document);
            }
            else if (file.Bicep is { } tree)
            {
                bicepTrees[tree.File.Path] = tree;
                bicepFiles.Add(tree);
            }
        }

        foreach (var path in options.ParameterFiles)
        {
            if (Path.GetExtension(path).Equals(".bicepparam", StringComparison.OrdinalIgnoreCase))
            {
                string full = Path.GetFullPath(path);
                if (!bicepTrees.ContainsKey(full))
                {
                    bicepFiles.Add(ParseBicep(ReadRequired(full, "parameters file"), findings));
                }
            }
        }

        var templatePaths = templates.Concat(bicepFiles.Where(b => !b.IsParamsFile).Select(b => b.File.Path)).ToList();
        var pairs = Pair(templatePaths, parameterDocs, options.ParameterFiles, findings);
        // Each deployment (a template with one parameters file, a Bicep entry) is evaluated as a job,
        // the jobs in parallel; their findings are merged in job order so that reports are identical run to run.
        var jobs = new List<Func<List<Finding>>>();
        var armJobs = new List<ArmJob>();
        foreach (var template in templates)
        {
            var settings = SettingsFor(template, forcedConfig, findings);
            var supplied = pairs.TryGetValue(template, out var list) ? list.Cast<JsonDocument?>().ToList() : new List<JsonDocument?> { null };
            foreach (var parameters in supplied)
            {
                var job = new ArmJob(jobs.Count, template, parameters is not null, new ArmLinks(LoadLinked), Record(template, parameters?.File.Path));
                armJobs.Add(job);
                jobs.Add(() => EvaluateArm(template, parameters, settings, job.Record, job.Links));
            }
        }

        PlanBicep(bicepFiles, pairs, forcedConfig, findings, jobs);

        var results = new List<Finding>[jobs.Count];
        ForEach(jobs.Count, i => results[i] = jobs[i]());
        var linkedAway = LinkedAway(armJobs);
        for (int i = 0; i < results.Length; i++)
        {
            if (!linkedAway.Contains(i))
            {
                findings.AddRange(results[i]);
            }
        }

        return (findings, fileCount, forcedConfig);
    }

    /// <summary>An ARM deployment evaluated as a job, and the linked templates it reached.</summary>
    private sealed record ArmJob(int Index, string TemplatePath, bool HasParameters, ArmLinks Links, EvaluatedDeployment? Record);

    /// <summary>
    /// The jobs whose template another deployment links (SPEC §4): evaluated there with the parameters
    /// passed, so not again on their own. A template is linked away when an entry (a template no
    /// deployment links) reaches it; templates that only link each other in a cycle keep their own run,
    /// and so does a template evaluated with its own parameters file.
    /// </summary>
    private HashSet<int> LinkedAway(List<ArmJob> armJobs)
    {
        var linked = new HashSet<string>(armJobs.SelectMany(j => j.Links.Linked), StringComparer.Ordinal);
        var reached = new HashSet<string>(armJobs.Where(j => !linked.Contains(j.TemplatePath)).SelectMany(j => j.Links.Linked), StringComparer.Ordinal);
        var away = new HashSet<int>(armJobs.Where(j => !j.HasParameters && reached.Contains(j.TemplatePath)).Select(j => j.Index));
        if (explained is not null)
        {
            explained.RemoveAll(d => armJobs.Exists(j => away.Contains(j.Index) && ReferenceEquals(j.Record, d)));
        }

        return away;
    }

    /// <summary>
    /// A linked template for the ARM front end: read (inside the workspace) and parsed for the
    /// deployment that links it; its suppressions count like a linted file's. Its problems quote
    /// nothing from it (SPEC §10).
    /// </summary>
    private LinkedTemplate LoadLinked(string path)
    {
        // Read and parsed for each deployment that links it, like an entry template: no tree outlives its deployment.
        if (fileSystem.Refusal(path) is { } refusal)
        {
            return new LinkedTemplate(null, "was not read: " + refusal);
        }

        if (!fileSystem.FileExists(path))
        {
            return new LinkedTemplate(null, $"does not exist ('{path}')");
        }

        var unread = new List<Finding>();
        if (Read(path, unread) is not { } file)
        {
            return new LinkedTemplate(null, "cannot be read");
        }

        var document = JsonReader.Parse(file);
        if (document.Error is { } error)
        {
            return new LinkedTemplate(null, $"is not an ARM template (it is not valid JSON: line {file.GetLinePosition(error.Span.Start).Line})");
        }

        lock (gate)
        {
            if (!suppressions.ContainsKey(path))
            {
                suppressions[path] = ArmFrontEnd.ReadSuppressions(document);
            }
        }

        return new LinkedTemplate(document, null);
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

    /// <summary>When explaining, a new deployment record (in job order); otherwise null.</summary>
    private EvaluatedDeployment? Record(string entryPath, string? parametersPath)
    {
        if (explained is null)
        {
            return null;
        }

        var deployment = new EvaluatedDeployment(entryPath, parametersPath is null ? Array.Empty<string>() : new[] { parametersPath });
        explained.Add(deployment);
        return deployment;
    }

    /// <summary>Keeps the model for <c>explain</c>, or runs the rules on it.</summary>
    private static IReadOnlyList<Finding> Check(FrontEndResult evaluation, LintSettings settings, EvaluatedDeployment? record)
    {
        if (record is null)
        {
            return RunRules(evaluation.Model, settings);
        }

        record.Model = evaluation.Model;
        return Array.Empty<Finding>();
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

    /// <summary>
    /// What indexing one file gives; built on any thread, merged on one. An ARM template keeps only its
    /// path and kind: its tree is built again when its deployment is evaluated, and released after.
    /// </summary>
    private sealed record ParsedFile(string Path, bool Counted, List<Finding> Findings)
    {
        public JsonDocument? Json { get; init; }

        public JsonDocumentKind Kind { get; init; }

        public BicepSyntaxTree? Bicep { get; init; }

        public SuppressionSet? Suppressions { get; init; }
    }

    private ParsedFile? Parse(string path, bool isExplicit)
    {
        var findings = new List<Finding>();
        var file = Read(path, findings);
        if (file is null)
        {
            return new ParsedFile(path, false, findings);
        }

        if (!Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            var tree = BicepParser.Parse(file);
            findings.AddRange(BicepFrontEnd.SyntaxFindings(tree));
            return new ParsedFile(path, true, findings) { Bicep = tree, Suppressions = BicepFrontEnd.ReadSuppressions(tree) };
        }

        if (Path.GetFileName(path).Equals(ConfigLoader.FileName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var document = JsonReader.Parse(file);
        var kind = ArmFrontEnd.Classify(document);
        if (kind == JsonDocumentKind.Other && !(document.Root is null && isExplicit))
        {
            return null;
        }

        if (ArmFrontEnd.SyntaxFinding(document) is { } syntax)
        {
            findings.Add(syntax);
            return new ParsedFile(path, true, findings);
        }

        var suppressionSet = ArmFrontEnd.ReadSuppressions(document);
        return kind == JsonDocumentKind.Template
            ? new ParsedFile(path, true, findings) { Kind = kind, Suppressions = suppressionSet }
            : new ParsedFile(path, true, findings) { Json = document, Kind = kind, Suppressions = suppressionSet };
    }

    /// <summary>
    /// One ARM deployment: the template is read and parsed again here (indexing kept only its path),
    /// so that its tree and model live only while it is evaluated.
    /// </summary>
    private List<Finding> EvaluateArm(string templatePath, JsonDocument? parameters, LintSettings settings, EvaluatedDeployment? record, ArmLinks links)
    {
        var findings = new List<Finding>();
        if (Read(templatePath, findings) is not { } file)
        {
            return findings;
        }

        var template = JsonReader.Parse(file);
        try
        {
            var evaluation = ArmFrontEnd.Evaluate(template, parameters is null ? null : ArmFrontEnd.ReadParameters(parameters), links);
            findings.AddRange(evaluation.Findings);
            findings.AddRange(Check(evaluation, settings, record));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect of ours must not end the run: the file gets a finding, the others are still linted.
            findings.Add(new Finding(InvalidInputRule.Rule, DiagnosticLevel.Error, $"AccelLint could not evaluate this template ({e.GetType().Name}: {e.Message}); please report it.", new SourceRef(template.File, new TextSpan(0, 0))));
        }

        if (record is not null)
        {
            record.Findings = findings;
            return findings;
        }

        return Detach(findings);
    }

    /// <summary>
    /// The findings with their files detached from their text (path and line table kept), so that
    /// nothing of the deployment's files stays alive but what the report needs.
    /// </summary>
    private List<Finding> Detach(List<Finding> findings)
    {
        if (!releaseText)
        {
            return findings;
        }

        SourceRef At(SourceRef source) => new(source.File.Detach(ReloadText), source.Span);
        for (int i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            var detached = finding with { Location = At(finding.Location) };
            if (finding.Related.Count > 0)
            {
                detached = detached with { Related = finding.Related.Select(r => r with { Source = At(r.Source) }).ToList() };
            }

            if (finding.Suggestion is { WrittenAt: { } at } suggestion)
            {
                detached = detached with { Suggestion = suggestion with { WrittenAt = At(at) } };
            }

            findings[i] = detached;
        }

        return findings;
    }

    private BicepSyntaxTree ParseBicep(SourceFile file, List<Finding> findings)
    {
        var tree = BicepParser.Parse(file);
        lock (gate)
        {
            bicepTrees[file.Path] = tree;
            suppressions[file.Path] = BicepFrontEnd.ReadSuppressions(tree);
        }

        findings.AddRange(BicepFrontEnd.SyntaxFindings(tree));
        return tree;
    }

    /// <summary>A Bicep file reached through a module or <c>using</c>: parsed once, its syntax errors reported like a linted file's.</summary>
    /// <summary>A detached file's text, asked for again (by a caller of the engine, never by the engine): where it was read.</summary>
    private string? ReloadText(string path)
    {
        foreach (var from in new[] { fileSystem, moduleFileSystem, userFileSystem })
        {
            try
            {
                if (from is not null && from.FileExists(path))
                {
                    return from.ReadAllText(path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutsideWorkspaceException)
            {
            }
        }

        return null;
    }

    /// <summary>A file's bytes for Bicep's load functions: from the disk as is, else the file system's text as UTF-8; null when missing.</summary>
    private byte[]? ReadBytes(string path)
    {
        try
        {
            return fileSystem.FileExists(path) ? fileSystem.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private BicepSyntaxTree? LoadBicep(string path, List<Finding> findings)
    {
        // Jobs run in parallel: a file outside the linted set is read and parsed once, under the lock.
        lock (gate)
        {
            if (bicepTrees.TryGetValue(path, out var tree))
            {
                return tree;
            }

            if (!fileSystem.FileExists(path))
            {
                bicepTrees[path] = null;
                return null;
            }

            var file = Read(path, findings);
            if (file is null)
            {
                bicepTrees[path] = null;
                return null;
            }

            // A file reached through a module, import or 'using' that does not parse as Bicep is one
            // finding at the reference, which quotes nothing from it (it may be any file, SPEC §10).
            var syntax = new List<Finding>();
            var parsed = ParseBicep(file, syntax);
            if (syntax.Count > 0)
            {
                var first = syntax.Select(f => f.Resolve()).OrderBy(l => l.Line).ThenBy(l => l.Column).First();
                notBicep[path] = $"does not parse as Bicep ({syntax.Count} syntax error{(syntax.Count == 1 ? string.Empty : "s")}, the first at line {first.Line}, column {first.Column}); lint it to see them";
                bicepTrees[path] = null;
                return null;
            }

            return parsed;
        }
    }

    /// <summary>Why a file reached through a reference was not loaded though it is there, or null.</summary>
    private string? WhyNotLoaded(string path)
    {
        lock (gate)
        {
            return notBicep.TryGetValue(path, out var why) ? why : null;
        }
    }

    /// <summary>
    /// Evaluates Bicep deployments: each <c>.bicepparam</c> with the file it names, then every Bicep file
    /// that no linted file calls as a module and no <c>.bicepparam</c> names, on its own.
    /// </summary>
    private void PlanBicep(List<BicepSyntaxTree> files, Dictionary<string, List<JsonDocument>> jsonParameters, ConfigResult? forcedConfig, List<Finding> findings, List<Func<List<Finding>>> jobs)
    {
        var fed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in files)
        {
            if (tree.IsParamsFile)
            {
                if (BicepFrontEnd.UsingTarget(tree) is { } target)
                {
                    fed.Add(target.Path);
                }
            }
            else
            {
                fed.UnionWith(BicepFrontEnd.LocalModules(tree).Where(m => !m.Equals(tree.File.Path, StringComparison.Ordinal)));
            }
        }

        foreach (var tree in files)
        {
            if (tree.IsParamsFile)
            {
                if (BicepFrontEnd.UsingTarget(tree) is not { } target)
                {
                    continue;
                }

                if (!target.Path.EndsWith(".bicep", StringComparison.OrdinalIgnoreCase))
                {
                    string what = target.Path.Equals(tree.File.Path, StringComparison.Ordinal) ? "names itself" : $"names '{Path.GetFileName(target.Path)}'";
                    findings.Add(new Finding(InvalidInputRule.Rule, DiagnosticLevel.Error, $"A parameters file must use a .bicep file, but this one {what}; it was not evaluated.", new SourceRef(tree.File, target.Span)));
                    continue;
                }

                if (fileSystem.Refusal(target.Path) is { } refusal)
                {
                    findings.Add(new Finding(InvalidInputRule.Rule, DiagnosticLevel.Error, $"The Bicep file this parameters file uses ('{Path.GetFileName(target.Path)}') was not read: {refusal}.", new SourceRef(tree.File, target.Span)));
                    continue;
                }

                var template = LoadBicep(target.Path, findings);
                if (template is null)
                {
                    string why = WhyNotLoaded(target.Path) ?? "is missing or cannot be read";
                    findings.Add(new Finding(InvalidInputRule.Rule, DiagnosticLevel.Error, $"The Bicep file this parameters file uses ('{Path.GetFileName(target.Path)}') {why}.", new SourceRef(tree.File, target.Span)));
                    continue;
                }

                EvaluateBicep(template, tree, null, forcedConfig, findings, jobs);
            }
            else if (jsonParameters.TryGetValue(tree.File.Path, out var parameterFiles))
            {
                // A Bicep file deployed with a JSON parameters file (az deployment ... -f main.bicep -p main.parameters.json).
                foreach (var parameters in parameterFiles)
                {
                    EvaluateBicep(tree, null, ArmFrontEnd.ReadParameters(parameters), forcedConfig, findings, jobs, parameters.File.Path);
                }
            }
            else if (!fed.Contains(tree.File.Path))
            {
                EvaluateBicep(tree, null, null, forcedConfig, findings, jobs);
            }
        }

        // Files that only call each other (a module cycle with no entry file) are reached by no root:
        // evaluate one of each such group, so that its cycle is reported and its resources are checked.
        var reached = new HashSet<string>(StringComparer.Ordinal);
        void Reach(string path)
        {
            var pending = new Stack<string>();
            pending.Push(path);
            while (pending.Count > 0)
            {
                string current = pending.Pop();
                if (reached.Add(current) && LoadBicep(current, findings) is { } tree)
                {
                    foreach (var module in BicepFrontEnd.LocalModules(tree))
                    {
                        pending.Push(module);
                    }
                }
            }
        }

        foreach (var tree in files)
        {
            if (tree.IsParamsFile)
            {
                if (BicepFrontEnd.UsingTarget(tree) is { } target)
                {
                    Reach(target.Path);
                }
            }
            else if (!fed.Contains(tree.File.Path) || jsonParameters.ContainsKey(tree.File.Path))
            {
                Reach(tree.File.Path);
            }
        }

        foreach (var tree in files)
        {
            if (!tree.IsParamsFile && !reached.Contains(tree.File.Path))
            {
                Reach(tree.File.Path);
                EvaluateBicep(tree, null, null, forcedConfig, findings, jobs);
            }
        }
    }

    private void EvaluateBicep(BicepSyntaxTree template, BicepSyntaxTree? parameters, IReadOnlyDictionary<string, Model.Value>? jsonParameters, ConfigResult? forcedConfig, List<Finding> findings, List<Func<List<Finding>>> jobs, string? jsonParametersPath = null)
    {
        var settings = SettingsFor(template.File.Path, forcedConfig, findings);
        var record = Record(template.File.Path, parameters?.File.Path ?? jsonParametersPath);
        jobs.Add(() =>
        {
            var result = new List<Finding>();
            try
            {
                var evaluation = BicepFrontEnd.Evaluate(template, path => LoadBicep(path, result), parameters, jsonParameters, moduleCache, ReadBytes, (fileSystem.Refusal, WhyNotLoaded));
                result.AddRange(evaluation.Findings);
                result.AddRange(Check(evaluation, settings, record));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                result.Add(new Finding(InvalidInputRule.Rule, DiagnosticLevel.Error, $"AccelLint could not evaluate this file ({e.GetType().Name}: {e.Message}); please report it.", new SourceRef(template.File, new TextSpan(0, 0))));
            }

            if (record is not null)
            {
                record.Findings = result;
                return result;
            }

            return Detach(result);
        });
    }

    /// <summary>Runs every rule on one model.</summary>
    public static IReadOnlyList<Finding> RunRules(ResourceModel model, LintSettings settings)
    {
        var findings = new List<Finding>();
        foreach (var rule in RuleRegistry.All)
        {
            if (settings.LevelOf(rule.Descriptor) == DiagnosticLevel.None)
            {
                continue;
            }

            rule.Check(new RuleContext(rule, model, settings, findings));
        }

        return findings;
    }

    private SourceFile? Read(string path, List<Finding> findings, LintFileSystem? from = null)
    {
        var fileSystem = from ?? this.fileSystem;
        try
        {
            long length = fileSystem.FileLength(path);
            if (length > maxFileSize)
            {
                var empty = new SourceFile(path, string.Empty);
                findings.Add(new Finding(InvalidInputRule.Rule, DiagnosticLevel.Error, $"The file is {length / (1024.0 * 1024.0):F1} MB, over the {maxFileSize / (1024.0 * 1024.0):F0} MB limit (--max-file-size); it was not read.", new SourceRef(empty, new TextSpan(0, 0))));
                return null;
            }

            return new SourceFile(path, fileSystem.ReadAllText(path));
        }
        catch (OutsideWorkspaceException e)
        {
            findings.Add(new Finding(InvalidInputRule.Rule, DiagnosticLevel.Error, $"The file was not read: {e.Reason}.", new SourceRef(new SourceFile(path, string.Empty), new TextSpan(0, 0))));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var file = new SourceFile(path, string.Empty);
            findings.Add(new Finding(InvalidInputRule.Rule, DiagnosticLevel.Error, $"The file cannot be read: {e.Message}", new SourceRef(file, new TextSpan(0, 0))));
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

    /// <summary>
    /// Pairs each template (ARM or Bicep, by path) with its JSON parameters files: <c>--parameters</c>
    /// files first (paired with the single template linted, or the template whose name they start
    /// with), else <c>&lt;base&gt;.parameters.json</c> beside <c>&lt;base&gt;.json</c> or <c>&lt;base&gt;.bicep</c>,
    /// linted or found on disk.
    /// </summary>
    private Dictionary<string, List<JsonDocument>> Pair(List<string> templates, List<JsonDocument> parameterDocs, IReadOnlyList<string> explicitParameters, List<Finding> findings)
    {
        var pairs = new Dictionary<string, List<JsonDocument>>(StringComparer.Ordinal);
        void Add(string template, JsonDocument parameters)
        {
            if (!pairs.TryGetValue(template, out var list))
            {
                pairs[template] = list = new List<JsonDocument>();
            }

            list.Add(parameters);
        }

        foreach (var path in explicitParameters)
        {
            if (!Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var file = ReadRequired(path, "parameters file");
            var document = JsonReader.Parse(file);
            if (ArmFrontEnd.SyntaxFinding(document) is { } syntax)
            {
                findings.Add(syntax);
                continue;
            }

            var template = templates.Count == 1 ? templates[0] : templates.FirstOrDefault(t => IsPairOf(t, file.Path, strict: false))
                ?? throw new LintUsageException($"cannot tell which template the parameters file {path} belongs to; lint that template alone or name the parameters file <template>.parameters.json");
            Add(template, document);
        }

        var explicitlyPaired = new HashSet<string>(pairs.Keys, StringComparer.Ordinal);
        foreach (var parameters in parameterDocs)
        {
            var template = templates.FirstOrDefault(t => IsPairOf(t, parameters.File.Path, strict: true));
            if (template is not null && !explicitlyPaired.Contains(template))
            {
                Add(template, parameters);
            }
        }

        foreach (var template in templates)
        {
            if (pairs.ContainsKey(template))
            {
                continue;
            }

            string beside = Path.Combine(Path.GetDirectoryName(template) ?? ".", Path.GetFileNameWithoutExtension(template) + ".parameters.json");
            if (!parameterDocs.Exists(p => p.File.Path.Equals(beside, StringComparison.Ordinal)) && fileSystem.FileExists(beside))
            {
                var file = Read(beside, findings);
                var document = file is null ? null : JsonReader.Parse(file);
                if (document is not null && ArmFrontEnd.Classify(document) == JsonDocumentKind.Parameters && document.Error is null)
                {
                    Add(template, document);
                }
            }
        }

        return pairs;
    }

    /// <summary><c>dir/base.parameters.json</c> pairs with <c>dir/base.json</c> (loosely: any <c>base.parameters*.json</c>).</summary>
    private static bool IsPairOf(string templatePath, string parametersPath, bool strict)
    {
        string baseName = Path.GetFileNameWithoutExtension(templatePath);
        string name = Path.GetFileName(parametersPath);
        bool sameFolder = string.Equals(Path.GetDirectoryName(templatePath), Path.GetDirectoryName(parametersPath), StringComparison.Ordinal);
        if (strict)
        {
            return sameFolder && name.Equals(baseName + ".parameters.json", StringComparison.OrdinalIgnoreCase);
        }

        return name.StartsWith(baseName + ".parameters", StringComparison.OrdinalIgnoreCase) || name.StartsWith(baseName + ".", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Applies levels (dropping None), in-source suppressions, one finding per rule and position, stable order.</summary>
    private List<Finding> Finish(List<Finding> findings, ConfigResult? forced)
    {
        var result = new List<Finding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var config in configs.Values)
        {
            foreach (var error in config.Errors)
            {
                if (seen.Add(Key(error)))
                {
                    result.Add(error);
                }
            }
        }

        foreach (var finding in findings)
        {
            if (!seen.Add(Key(finding)))
            {
                continue;
            }

            var settings = SettingsFor(finding.Location.File.Path, forced, new List<Finding>());
            var level = finding.Rule.Id == RuleIds.InvalidInput ? finding.Level : settings.LevelOf(finding.Rule);
            if (finding.Rule.Id == RuleIds.InvalidInput && settings.RuleLevels.TryGetValue(RuleIds.InvalidInput, out var configured))
            {
                level = configured;
            }

            if (level == DiagnosticLevel.None)
            {
                continue;
            }

            var location = finding.Resolve();
            var suppression = suppressions.TryGetValue(finding.Location.File.Path, out var set) ? set.Find(finding, location) : null;
            result.Add(finding with { Level = level, Suppression = suppression });
        }

        // A stable sort by path, line, column and rule, over classes rather than tuples (whose LINQ
        // instantiations are not precompiled and cost the cold start).
        var sorted = new SortEntry[result.Count];
        for (int i = 0; i < sorted.Length; i++)
        {
            sorted[i] = new SortEntry(result[i], result[i].Resolve(), i);
        }

        Array.Sort(sorted, SortEntry.Compare);
        result.Clear();
        foreach (var entry in sorted)
        {
            result.Add(entry.Finding);
        }

        return result;

        static string Key(Finding f) => f.RuleId + "\n" + f.Location.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n" + f.Location.File.Path;
    }

    private sealed record SortEntry(Finding Finding, SourceLocation Location, int Index)
    {
        public static int Compare(SortEntry a, SortEntry b)
        {
            int c = string.CompareOrdinal(a.Location.Path, b.Location.Path);
            if (c == 0)
            {
                c = a.Location.Line.CompareTo(b.Location.Line);
            }

            if (c == 0)
            {
                c = a.Location.Column.CompareTo(b.Location.Column);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Finding.RuleId, b.Finding.RuleId);
            }

            return c == 0 ? a.Index.CompareTo(b.Index) : c;
        }
    }
}
