using System.Collections.Concurrent;
using AccelLint.Engine;

namespace AccelLint.Core.Tests.Oracle;

/// <summary>One Bicep source and the template the compiler made of it, to lint each alone.</summary>
/// <param name="Label">How a difference names the pair (a path relative to the corpus or temp folder).</param>
/// <param name="ParameterFiles">Parameters files both forms are linted with (the same for both).</param>
public sealed record FormPair(string Label, string Bicep, string Json, IReadOnlyList<string> ParameterFiles);

/// <summary>
/// Lints both forms of each pair alone (in parallel) and reports the pairs whose rule sets differ.
/// Rule sets include ACCEL000: a valid source and its compiled form should both have none.
/// </summary>
public static class FormComparison
{
    /// <summary>The differences, one line each: <c>label: bicep [ids] json [ids]</c>, sorted by label.</summary>
    public static List<string> Differences(IEnumerable<FormPair> pairs, ISet<string>? allowed = null)
    {
        var differences = new ConcurrentBag<string>();
        Parallel.ForEach(pairs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, pair =>
        {
            var fromBicep = Rules(pair.Bicep, pair.ParameterFiles);
            var fromJson = Rules(pair.Json, pair.ParameterFiles);
            if (!fromBicep.SetEquals(fromJson) && allowed?.Contains(pair.Label) != true)
            {
                differences.Add($"{pair.Label}: bicep [{string.Join(", ", fromBicep.OrderBy(r => r, StringComparer.Ordinal))}] json [{string.Join(", ", fromJson.OrderBy(r => r, StringComparer.Ordinal))}]");
            }
        });
        return differences.OrderBy(d => d, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A workspace that holds every file: the oracle compares what files mean, and a corpus file that
    /// calls '../../main.bicep' is linted alone. Confinement has its own tests (WorkspaceBoundaryTests).
    /// </summary>
    public static readonly IReadOnlyList<string> AnyFile = new[] { Path.GetPathRoot(Path.GetTempPath()) ?? "/" };

    /// <summary>The rule IDs a lint of <paramref name="path"/> alone reports (with the given parameters files).</summary>
    public static HashSet<string> Rules(string path, IReadOnlyList<string>? parameterFiles = null)
    {
        var result = LintEngine.Lint(new LintOptions { Paths = new[] { path }, WorkspaceRoots = AnyFile, ParameterFiles = parameterFiles ?? Array.Empty<string>() });
        return new HashSet<string>(result.Findings.Select(f => f.RuleId), StringComparer.Ordinal);
    }

    /// <summary>
    /// The parameters file an engine would pair with a Bicep file found on disk (<c>base.parameters.json</c>
    /// beside it); given explicitly to both forms, since the compiled form lives elsewhere.
    /// </summary>
    public static IReadOnlyList<string> ParametersBeside(string bicep)
    {
        string beside = Path.Combine(Path.GetDirectoryName(bicep)!, Path.GetFileNameWithoutExtension(bicep) + ".parameters.json");
        return File.Exists(beside) && File.ReadAllText(beside).Contains("deploymentParameters.json", StringComparison.OrdinalIgnoreCase)
            ? new[] { beside }
            : Array.Empty<string>();
    }

    /// <summary>Every source under the compiled folder that the compiler turned into a template, with its template.</summary>
    public static IEnumerable<FormPair> CompiledPairs(CompiledFolder compiled, string labelRoot)
    {
        foreach (var source in compiled.Sources)
        {
            if (compiled.CompiledJson(source) is { } json)
            {
                yield return new FormPair(Path.GetRelativePath(labelRoot, source).Replace('\\', '/'), source, json, ParametersBeside(source));
            }
        }
    }
}
