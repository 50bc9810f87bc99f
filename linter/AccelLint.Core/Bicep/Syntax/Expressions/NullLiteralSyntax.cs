namespace AccelLint.Bicep.Syntax;

/// <summary><c>null</c>.</summary>
public sealed class NullLiteralSyntax : ExpressionSyntax
{
    internal NullLiteralSyntax(Token token)
        : base(token.Span)
    {
        Token = token;
    }

    public Token Token { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNullLiteral(this);
}
