using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>Whitespace, a comment or a pragma attached to a token. The text is cut from the source on first use.</summary>
public sealed class SyntaxTrivia
{
    private static readonly string[] NoRuleIds = Array.Empty<string>();

    private readonly string source;
    private string? text;

    internal SyntaxTrivia(SyntaxTriviaType type, TextSpan span, string source, IReadOnlyList<string>? ruleIds = null)
    {
        Type = type;
        Span = span;
        this.source = source;
        RuleIds = ruleIds ?? NoRuleIds;
    }

    public SyntaxTriviaType Type { get; }

    public TextSpan Span { get; }

    public string Text => text ??= source.Substring(Span.Start, Span.Length);

    /// <summary>For pragmas, the diagnostic codes that follow the directive (split on spaces, tabs and commas).</summary>
    public IReadOnlyList<string> RuleIds { get; }

    public bool IsComment => Type is SyntaxTriviaType.SingleLineComment or SyntaxTriviaType.MultiLineComment;

    public bool IsPragma => Type is SyntaxTriviaType.DisableNextLinePragma or SyntaxTriviaType.DisableDiagnosticsPragma or SyntaxTriviaType.RestoreDiagnosticsPragma;

    public override string ToString() => $"{Type} {Span}";
}
