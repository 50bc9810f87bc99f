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

public sealed partial class LintEngine
{
    /// <summary>The deployments to evaluate, in a stable order: each a job giving its findings.</summary>
    private sealed record DeploymentPlan(List<Job> Jobs, List<ArmJob> ArmJobs);

    /// <summary>One deployment: its entry file, the parameters file it is deployed with, and the work.</summary>
    private sealed record Job(Func<List<Finding>> Run, string Entry, string? Parameters);

    /// <summary>
    /// Stage 2: pairs templates with parameters files and plans one job per deployment (an ARM template
    /// with each of its parameters files, a Bicep entry, a <c>.bicepparam</c>), in path order.
    /// </summary>
    private DeploymentPlan Plan(WorkspaceIndex index, LintOptions options, ConfigResult? forcedConfig, List<Finding> findings)
    {
        var templatePaths = index.Templates.Concat(index.BicepFiles.Where(b => !b.IsParamsFile).Select(b => b.File.Path)).ToList();
        var pairs = Pair(templatePaths, index.ParameterDocs, options.ParameterFiles, findings);
        var jobs = new List<Job>();
        var armJobs = new List<ArmJob>();
        foreach (var template in index.Templates)
        {
            var settings = SettingsFor(template, forcedConfig, findings);
            var supplied = pairs.TryGetValue(template, out var list) ? list.Cast<JsonDocument?>().ToList() : new List<JsonDocument?> { null };
            foreach (var parameters in supplied)
            {
                var job = new ArmJob(jobs.Count, template, parameters is not null, new ArmLinks(LoadLinked), Record(template, parameters?.File.Path));
                armJobs.Add(job);
                jobs.Add(new Job(() => EvaluateArm(template, parameters, settings, job.Record, job.Links), template, parameters?.File.Path));
            }
        }

        PlanBicep(index.BicepFiles, pairs, forcedConfig, findings, jobs);
        return new DeploymentPlan(jobs, armJobs);
    }

    /// <summary>An ARM deployment evaluated as a job, and the linked templates it reached.</summary>
    private sealed record ArmJob(int Index, string TemplatePath, bool HasParameters, ArmLinks Links, EvaluatedDeployment? Record);

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
            var document = ParseJson(file);
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
                var document = file is null ? null : ParseJson(file);
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

    /// <summary>
    /// Evaluates Bicep deployments: each <c>.bicepparam</c> with the file it names, then every Bicep file
    /// that no linted file calls as a module and no <c>.bicepparam</c> names, on its own.
    /// </summary>
    private void PlanBicep(List<BicepSyntaxTree> files, Dictionary<string, List<JsonDocument>> jsonParameters, ConfigResult? forcedConfig, List<Finding> findings, List<Job> jobs)
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
                    findings.Add(InvalidInputRule.Finding(new SourceRef(tree.File, target.Span), $"A parameters file must use a .bicep file, but this one {what}", "it was not evaluated.", DiagnosticLevel.Error));
                    continue;
                }

                if (fileSystem.Refusal(target.Path) is { } refusal)
                {
                    findings.Add(InvalidInputRule.Finding(new SourceRef(tree.File, target.Span), $"The Bicep file this parameters file uses ('{Path.GetFileName(target.Path)}') was not read", $"{refusal}.", DiagnosticLevel.Error));
                    continue;
                }

                var template = LoadBicep(target.Path, findings);
                if (template is null)
                {
                    string why = WhyNotLoaded(target.Path) ?? "is missing or cannot be read";
                    findings.Add(InvalidInputRule.NotUsed(new SourceRef(tree.File, target.Span), $"The Bicep file this parameters file uses ('{Path.GetFileName(target.Path)}')", why + "."));
                    continue;
                }

                AddBicepJob(template, tree, null, forcedConfig, findings, jobs);
            }
            else if (jsonParameters.TryGetValue(tree.File.Path, out var parameterFiles))
            {
                // A Bicep file deployed with a JSON parameters file (az deployment ... -f main.bicep -p main.parameters.json).
                foreach (var parameters in parameterFiles)
                {
                    AddBicepJob(tree, null, ArmFrontEnd.ReadParameters(parameters), forcedConfig, findings, jobs, parameters.File.Path);
                }
            }
            else if (!fed.Contains(tree.File.Path))
            {
                AddBicepJob(tree, null, null, forcedConfig, findings, jobs);
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
                AddBicepJob(tree, null, null, forcedConfig, findings, jobs);
            }
        }
    }

    private void AddBicepJob(BicepSyntaxTree template, BicepSyntaxTree? parameters, IReadOnlyDictionary<string, Model.Value>? jsonParameters, ConfigResult? forcedConfig, List<Finding> findings, List<Job> jobs, string? jsonParametersPath = null)
    {
        var settings = SettingsFor(template.File.Path, forcedConfig, findings);
        var record = Record(template.File.Path, parameters?.File.Path ?? jsonParametersPath);
        jobs.Add(new Job(() =>
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
                result.Add(InvalidInputRule.Finding(new SourceRef(template.File, new TextSpan(0, 0)), "AccelLint could not evaluate this file", $"{e.GetType().Name} ({e.Message}); please report it.", DiagnosticLevel.Error));
            }

            if (record is not null)
            {
                record.Findings = result;
                return result;
            }

            return Detach(result);
        }, template.File.Path, parameters?.File.Path ?? jsonParametersPath));
    }
}
