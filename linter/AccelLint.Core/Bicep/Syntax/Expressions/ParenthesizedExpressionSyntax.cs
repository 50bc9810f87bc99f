namespace AccelLint.Bicep.Syntax;

/// <summary><c>( expression )</c>; line breaks inside are not significant.</summary>
public sealed class ParenthesizedExpressionSyntax : ExpressionSyntax
{
    internal ParenthesizedExpressionSyntax(Token openParen, ExpressionSyntax expression, Token? closeParen)
        : base(SpanOf(openParen, (object?)closeParen ?? expression))
    {
        OpenParen = openParen;
        Expression = Adopt(expression);
        CloseParen = closeParen;
    }

    public Token OpenParen { get; }

    public ExpressionSyntax Expression { get; }

    public Token? CloseParen { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitParenthesizedExpression(this);
}
