using AccelLint.Diagnostics;
using AccelLint.Model;

namespace AccelLint.Engine;

/// <summary>What <c>accellint explain</c> shows: the evaluated model of every deployment, without running rules (SPEC.md §5).</summary>
public sealed class ExplainResult
{
    public ExplainResult(IReadOnlyList<EvaluatedDeployment> deployments, IReadOnlyList<Finding> problems, int fileCount)
    {
        Deployments = deployments;
        Problems = problems;
        FileCount = fileCount;
    }

    /// <summary>Each deployment evaluated, in the order a lint evaluates them.</summary>
    public IReadOnlyList<EvaluatedDeployment> Deployments { get; }

    /// <summary>ACCEL000 findings met outside any deployment: files that failed to parse or could not be read, config errors.</summary>
    public IReadOnlyList<Finding> Problems { get; }

    public int FileCount { get; }
}

/// <summary>
/// One deployment: an entry file (ARM template or Bicep file) evaluated with the parameters files
/// named (none: on its defaults and allowed values), the model the rules would read, and the
/// ACCEL000 findings met while evaluating it (missing modules, cycles, unreadable module files).
/// </summary>
public sealed class EvaluatedDeployment
{
    internal EvaluatedDeployment(string entryPath, IReadOnlyList<string> parameterFiles)
    {
        EntryPath = entryPath;
        ParameterFiles = parameterFiles;
    }

    /// <summary>The full path of the template or Bicep file deployed.</summary>
    public string EntryPath { get; }

    /// <summary>Full paths of the parameters file or <c>.bicepparam</c> it was evaluated with; empty when none.</summary>
    public IReadOnlyList<string> ParameterFiles { get; }

    /// <summary>The evaluated model; empty when evaluation failed (see <see cref="Findings"/>).</summary>
    public ResourceModel Model { get; internal set; } = new();

    /// <summary>ACCEL000 findings the front end made for this deployment.</summary>
    public IReadOnlyList<Finding> Findings { get; internal set; } = Array.Empty<Finding>();
}
