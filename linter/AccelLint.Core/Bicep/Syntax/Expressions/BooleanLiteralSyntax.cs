namespace AccelLint.Bicep.Syntax;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanLiteralSyntax : ExpressionSyntax
{
    internal BooleanLiteralSyntax(Token token)
        : base(token.Span)
    {
        Token = token;
        Value = token.Type == TokenType.TrueKeyword;
    }

    public Token Token { get; }

    public bool Value { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitBooleanLiteral(this);
}
