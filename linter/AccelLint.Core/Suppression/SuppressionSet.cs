using AccelLint.Diagnostics;
using AccelLint.Text;

namespace AccelLint.Suppression;

/// <summary>
/// The in-source suppressions of one file: "next line" directives (ARM comments, Bicep
/// <c>#disable-next-line</c>), line ranges (Bicep <c>#disable-diagnostics</c>/<c>#restore-diagnostics</c>)
/// and spans (ARM resource metadata).
/// </summary>
public sealed class SuppressionSet
{
    // Classes, not tuples: lists of reference types use the framework's precompiled code (cold start).
    private readonly List<Entry> lines = new();
    private readonly List<Entry> ranges = new();
    private readonly List<Entry> spans = new();

    public bool IsEmpty => lines.Count == 0 && ranges.Count == 0 && spans.Count == 0;

    /// <summary>Letters then digits (<c>ACCEL001</c>).</summary>
    private static bool IsRuleId(string token)
    {
        int i = 0;
        while (i < token.Length && ((token[i] >= 'a' && token[i] <= 'z') || (token[i] >= 'A' && token[i] <= 'Z')))
        {
            i++;
        }

        int letters = i;
        while (i < token.Length && char.IsDigit(token[i]))
        {
            i++;
        }

        return letters > 0 && i > letters && i == token.Length;
    }

    /// <summary>Splits <c>ACCEL001 ACCEL004, ACCEL005 -- why</c> into IDs and the justification that follows them.</summary>
    public static (HashSet<string> Ids, string? Justification) ParseIds(string text)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tokens = text.Split(new[] { ' ', '\t', ',' }, StringSplitOptions.RemoveEmptyEntries);
        int i = 0;
        for (; i < tokens.Length && IsRuleId(tokens[i]); i++)
        {
            ids.Add(tokens[i]);
        }

        string rest = string.Join(" ", tokens.Skip(i)).Trim().TrimStart('-', ':', ' ').Trim();
        return (ids, rest.Length > 0 ? rest : null);
    }

    /// <summary>Findings on <paramref name="line"/> (1-based) with these IDs are suppressed.</summary>
    public void AddLine(int line, HashSet<string> ids, string kind) => lines.Add(new Entry(line, line, default, ids, kind));

    /// <summary>Findings from <paramref name="startLine"/> to <paramref name="endLine"/> (inclusive); an empty ID set means all.</summary>
    public void AddRange(int startLine, int endLine, HashSet<string> ids, string kind) => ranges.Add(new Entry(startLine, endLine, default, ids, kind));

    public void AddSpan(TextSpan span, HashSet<string> ids, string? justification) => spans.Add(new Entry(0, 0, span, ids, justification));

    public Diagnostics.Suppression? Find(Finding finding, SourceLocation location)
    {
        string id = finding.RuleId;
        foreach (var entry in lines)
        {
            if (entry.StartLine == location.Line && entry.Ids.Contains(id))
            {
                return new Diagnostics.Suppression("inSource", entry.Text!);
            }
        }

        foreach (var entry in ranges)
        {
            if (location.Line >= entry.StartLine && location.Line <= entry.EndLine && (entry.Ids.Count == 0 || entry.Ids.Contains(id)))
            {
                return new Diagnostics.Suppression("inSource", entry.Text!);
            }
        }

        foreach (var entry in spans)
        {
            if (finding.Location.Span.Start >= entry.Span.Start && finding.Location.Span.Start < entry.Span.End && entry.Ids.Contains(id))
            {
                return new Diagnostics.Suppression("inSource", entry.Text ?? "resource metadata accellint.suppress");
            }
        }

        return null;
    }

    /// <summary>A line (start = end), a line range, or a span, with the IDs it suppresses and its kind or justification.</summary>
    private sealed record Entry(int StartLine, int EndLine, TextSpan Span, HashSet<string> Ids, string? Text);
}
