using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>Stands where a type was expected but could not be parsed (a diagnostic was reported).</summary>
public sealed class ErrorTypeSyntax : TypeSyntax
{
    private static readonly Token[] NoTokens = Array.Empty<Token>();

    internal ErrorTypeSyntax(TextSpan span, IReadOnlyList<Token>? skippedTokens = null)
        : base(span)
    {
        SkippedTokens = skippedTokens ?? NoTokens;
    }

    public IReadOnlyList<Token> SkippedTokens { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitErrorType(this);
}
