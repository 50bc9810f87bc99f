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
    /// <summary>
    /// Stage 3: the jobs in parallel. Each reads and parses what its deployment includes and keeps only
    /// its findings, so memory is bounded by the deployments in flight, not by the repository.
    /// </summary>
    private List<Finding>[] EvaluateAll(DeploymentPlan plan, LintOptions options)
    {
        var results = new List<Finding>[plan.Jobs.Count];
        includes = options.TrackDeployments ? new HashSet<string>[plan.Jobs.Count] : null;
        var token = options.Cancellation;
        try
        {
            ForEach(plan.Jobs.Count, Job);
        }
        catch (AggregateException e) when (token.IsCancellationRequested && e.InnerExceptions.All(i => i is OperationCanceledException))
        {
            throw new OperationCanceledException(token);
        }

        token.ThrowIfCancellationRequested();
        return results;

        void Job(int i)
        {
            // A run made stale (the editor changed a file since) stops between deployments.
            token.ThrowIfCancellationRequested();
            var job = plan.Jobs[i];
            if (includes is null)
            {
                results[i] = job.Run();
                return;
            }

            var read = new HashSet<string>(StringComparer.Ordinal) { job.Entry };
            if (job.Parameters is not null)
            {
                read.Add(job.Parameters);
            }

            currentIncludes = read;
            try
            {
                results[i] = job.Run();
            }
            finally
            {
                currentIncludes = null;
            }

            includes[i] = read;
        }
    }

    /// <summary>The files the job running on this thread has read so far (when deployments are tracked).</summary>
    [ThreadStatic]
    private static HashSet<string>? currentIncludes;

    /// <summary>Records that the deployment being evaluated on this thread includes a file.</summary>
    private static void Included(string path) => currentIncludes?.Add(path);

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

        var template = ParseJson(file);
        try
        {
            var evaluation = ArmFrontEnd.Evaluate(template, parameters is null ? null : ArmFrontEnd.ReadParameters(parameters), links);
            findings.AddRange(evaluation.Findings);
            findings.AddRange(Check(evaluation, settings, record));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect of ours must not end the run: the file gets a finding, the others are still linted.
            findings.Add(InvalidInputRule.Finding(new SourceRef(template.File, new TextSpan(0, 0)), "AccelLint could not evaluate this template", $"{e.GetType().Name} ({e.Message}); please report it.", DiagnosticLevel.Error));
        }

        if (record is not null)
        {
            record.Findings = findings;
            return findings;
        }

        return Detach(findings);
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

    /// <summary>
    /// A linked template for the ARM front end: read (inside the workspace) and parsed for the
    /// deployment that links it; its suppressions count like a linted file's. Its problems quote
    /// nothing from it (SPEC §10).
    /// </summary>
    private LinkedTemplate LoadLinked(string path)
    {
        // Read and parsed for each deployment that links it, like an entry template: no tree outlives its deployment.
        // Recorded even when missing: creating it changes the deployment.
        Included(path);
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

        var document = ParseJson(file);
        if (document.Error is not null)
        {
            return new LinkedTemplate(null, ArmFrontEnd.NotATemplate(document));
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

    /// <summary>A Bicep file reached through a module or <c>using</c>: parsed once, its syntax errors reported like a linted file's.</summary>
    private BicepSyntaxTree? LoadBicep(string path, List<Finding> findings)
    {
        Included(path);

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

    private BicepSyntaxTree ParseBicep(SourceFile file, List<Finding> findings)
    {
        var tree = ParseBicepText(file);
        lock (gate)
        {
            bicepTrees[file.Path] = tree;
            suppressions[file.Path] = BicepFrontEnd.ReadSuppressions(tree);
        }

        findings.AddRange(BicepFrontEnd.SyntaxFindings(tree));
        return tree;
    }

    /// <summary>A file's bytes for Bicep's load functions: from the disk as is, else the file system's text as UTF-8; null when missing.</summary>
    private byte[]? ReadBytes(string path)
    {
        Included(path);
        try
        {
            return fileSystem.FileExists(path) ? fileSystem.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
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
}
