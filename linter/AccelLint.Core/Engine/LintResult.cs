using AccelLint.Diagnostics;

namespace AccelLint.Engine;

public sealed class LintResult
{
    public LintResult(IReadOnlyList<Finding> findings, int fileCount)
    {
        Findings = findings;
        FileCount = fileCount;
    }

    /// <summary>Findings with their effective level (never None), sorted by file, line, column and rule; suppressed ones included.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    public int FileCount { get; }

    /// <summary>With <see cref="LintOptions.TrackDeployments"/>: each deployment evaluated, in plan order.</summary>
    public IReadOnlyList<DeploymentFindings>? Deployments { get; init; }

    /// <summary>
    /// With <see cref="LintOptions.TrackDeployments"/>: the findings that belong to no deployment (files
    /// that do not parse, config errors, pairing and discovery problems), finished like <see cref="Findings"/>.
    /// </summary>
    public IReadOnlyList<Finding>? Loose { get; init; }
}

/// <summary>
/// One deployment: its entry file (a template or Bicep file), the parameters file it is deployed with,
/// every file it read (entry, parameters, modules, linked templates, loaded files) and its own findings
/// with levels and suppressions applied. <see cref="LintResult.Findings"/> is these and the loose
/// findings merged in order, one per rule and position.
/// </summary>
public sealed record DeploymentFindings(string Entry, string? Parameters, IReadOnlyCollection<string> Files, IReadOnlyList<Finding> Findings);
