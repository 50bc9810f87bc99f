using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>
/// Stands where an expression (or property key) was expected but could not be parsed: holds the
/// tokens skipped while recovering, or none (zero-width) when something was simply missing.
/// A diagnostic was reported for it.
/// </summary>
public sealed class ErrorExpressionSyntax : ExpressionSyntax
{
    private static readonly Token[] NoTokens = Array.Empty<Token>();

    internal ErrorExpressionSyntax(TextSpan span, IReadOnlyList<Token>? skippedTokens = null)
        : base(span)
    {
        SkippedTokens = skippedTokens ?? NoTokens;
    }

    public IReadOnlyList<Token> SkippedTokens { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitErrorExpression(this);
}
