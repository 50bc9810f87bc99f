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
    /// Stage 4 begins: the jobs' findings merged in plan order (so that reports are identical run to
    /// run), without the standalone runs of templates that an entry links; <see cref="Finish"/> ends it.
    /// </summary>
    private void Collect(DeploymentPlan plan, List<Finding>[] results, List<Finding> findings)
    {
        var linkedAway = LinkedAway(plan.ArmJobs);
        for (int i = 0; i < results.Length; i++)
        {
            if (!linkedAway.Contains(i))
            {
                findings.AddRange(results[i]);
            }
        }
    }

    /// <summary>
    /// Each deployment's own findings (levels and suppressions applied, not de-duplicated against other
    /// deployments) and the files it read, in plan order, without the linked-away runs: what an editor
    /// keeps to re-evaluate only the deployments that include a changed file.
    /// </summary>
    private List<DeploymentFindings> Deployments(DeploymentPlan plan, List<Finding>[] results, ConfigResult? forced)
    {
        var linkedAway = LinkedAway(plan.ArmJobs);
        var list = new List<DeploymentFindings>();
        for (int i = 0; i < results.Length; i++)
        {
            if (!linkedAway.Contains(i))
            {
                var job = plan.Jobs[i];
                list.Add(new DeploymentFindings(job.Entry, job.Parameters, includes![i], Finish(results[i], forced, withConfigErrors: false)));
            }
        }

        return list;
    }

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

    /// <summary>Applies levels (dropping None), in-source suppressions, one finding per rule and position, stable order.</summary>
    private List<Finding> Finish(List<Finding> findings, ConfigResult? forced, bool withConfigErrors = true)
    {
        var result = new List<Finding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var config in withConfigErrors ? configs.Values : Enumerable.Empty<ConfigResult>())
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
