using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>A <c>#disable-next-line</c>, <c>#disable-diagnostics</c> or <c>#restore-diagnostics</c> pragma with its 1-based line.</summary>
public sealed record PragmaDirective(SyntaxTriviaType Kind, IReadOnlyList<string> RuleIds, TextSpan Span, int Line)
{
    /// <summary>For <c>#disable-next-line</c>, the line it suppresses (the next one); else null.</summary>
    public int? SuppressedLine => Kind == SyntaxTriviaType.DisableNextLinePragma ? Line + 1 : null;
}
