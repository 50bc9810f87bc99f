namespace AccelLint.Bicep.Syntax;

/// <summary><c>!x</c> or <c>-x</c>.</summary>
public sealed class UnaryOperationSyntax : ExpressionSyntax
{
    internal UnaryOperationSyntax(Token operatorToken, ExpressionSyntax operand)
        : base(SpanOf(operatorToken, operand))
    {
        OperatorToken = operatorToken;
        Operator = operatorToken.Type == TokenType.Minus ? UnaryOperator.Minus : UnaryOperator.Not;
        Operand = Adopt(operand);
    }

    public Token OperatorToken { get; }

    public UnaryOperator Operator { get; }

    public ExpressionSyntax Operand { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitUnaryOperation(this);
}
