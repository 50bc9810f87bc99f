using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>A lexer or parser error: where and what. Returned as a value, never thrown.</summary>
public sealed record SyntaxDiagnostic(TextSpan Span, string Message)
{
    public override string ToString() => $"{Span}: {Message}";
}
