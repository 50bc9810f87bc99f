namespace AccelLint.Bicep.Syntax;

/// <summary><c>condition ? whenTrue : whenFalse</c> (line breaks allowed before '?' and ':').</summary>
public sealed class TernarySyntax : ExpressionSyntax
{
    internal TernarySyntax(ExpressionSyntax condition, Token question, ExpressionSyntax trueExpression, Token? colon, ExpressionSyntax falseExpression)
        : base(SpanOf(condition, falseExpression))
    {
        Condition = Adopt(condition);
        Question = question;
        TrueExpression = Adopt(trueExpression);
        Colon = colon;
        FalseExpression = Adopt(falseExpression);
    }

    public ExpressionSyntax Condition { get; }

    public Token Question { get; }

    public ExpressionSyntax TrueExpression { get; }

    public Token? Colon { get; }

    public ExpressionSyntax FalseExpression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTernary(this);
}
