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
}
