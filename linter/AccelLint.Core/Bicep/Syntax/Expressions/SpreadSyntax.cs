namespace AccelLint.Bicep.Syntax;

/// <summary><c>...expr</c> as an array item or object member.</summary>
public sealed class SpreadSyntax : ExpressionSyntax
{
    internal SpreadSyntax(Token ellipsis, ExpressionSyntax expression)
        : base(SpanOf(ellipsis, expression))
    {
        Ellipsis = ellipsis;
        Expression = Adopt(expression);
    }

    public Token Ellipsis { get; }

    public ExpressionSyntax Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSpread(this);
}
