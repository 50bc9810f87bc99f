using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Text;

namespace AccelLint.Cli.Reporters;

/// <summary>What every reporter needs: the findings, each with its location resolved and its path relative to the working folder.</summary>
internal sealed class ReportContext
{
    public ReportContext(LintResult result, string baseDirectory)
    {
        Result = result;
        BaseDirectory = baseDirectory;
        Items = result.Findings.Select(f => new ReportItem(f, f.Resolve(), RelativePath(f.Location.File.Path))).ToList();
    }

    private ReportContext(ReportContext source, IReadOnlyList<ReportItem> items)
    {
        Result = source.Result;
        BaseDirectory = source.BaseDirectory;
        Items = items;
    }

    /// <summary>The same report without the items the predicate matches (findings already in a baseline).</summary>
    public ReportContext Without(Func<ReportItem, bool> predicate) => new(this, Items.Where(i => !predicate(i)).ToList());

    public LintResult Result { get; }

    public string BaseDirectory { get; }

    public IReadOnlyList<ReportItem> Items { get; }

    public string RelativePath(string path)
    {
        string relative = Path.GetRelativePath(BaseDirectory, path);
        return relative.Replace('\\', '/');
    }

    public SourceLocation Resolve(SourceRef source) => source.ToLocation();
}

internal sealed record ReportItem(Finding Finding, SourceLocation Location, string Path)
{
    /// <summary>A fingerprint that survives lines moving: rule, file and the resource/property path (or the message).</summary>
    public string Fingerprint
    {
        get
        {
            string anchor = Finding.LogicalLocation.Length > 0 ? Finding.LogicalLocation : Finding.Message;
            byte[] hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Finding.RuleId + "|" + Path + "|" + anchor));
            return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
        }
    }
}

internal interface IReporter
{
    void Write(ReportContext context, TextWriter writer);
}
