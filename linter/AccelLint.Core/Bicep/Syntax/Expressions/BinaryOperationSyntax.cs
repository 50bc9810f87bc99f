namespace AccelLint.Bicep.Syntax;

/// <summary>
/// <c>left op right</c>. Precedence, tightest first: <c>* / %</c>, <c>+ -</c>, <c>&lt; &lt;= &gt; &gt;=</c>,
/// <c>== != =~ !~</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>??</c>; all left-associative.
/// </summary>
public sealed class BinaryOperationSyntax : ExpressionSyntax
{
    internal BinaryOperationSyntax(ExpressionSyntax left, Token operatorToken, ExpressionSyntax right)
        : base(SpanOf(left, right))
    {
        Left = Adopt(left);
        OperatorToken = operatorToken;
        Operator = ToOperator(operatorToken.Type);
        Right = Adopt(right);
    }

    public ExpressionSyntax Left { get; }

    public Token OperatorToken { get; }

    public BinaryOperator Operator { get; }

    public ExpressionSyntax Right { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitBinaryOperation(this);

    /// <summary>Binding strength of a binary operator token; -1 when the token is not one.</summary>
    internal static int Precedence(TokenType type) => type switch
    {
        TokenType.Asterisk or TokenType.Slash or TokenType.Modulo => 100,
        TokenType.Plus or TokenType.Minus => 90,
        TokenType.LessThan or TokenType.LessThanOrEqual or TokenType.GreaterThan or TokenType.GreaterThanOrEqual => 80,
        TokenType.Equals or TokenType.NotEquals or TokenType.EqualsInsensitive or TokenType.NotEqualsInsensitive => 70,
        TokenType.LogicalAnd => 50,
        TokenType.LogicalOr => 40,
        TokenType.DoubleQuestion => 30,
        _ => -1,
    };

    private static BinaryOperator ToOperator(TokenType type) => type switch
    {
        TokenType.Asterisk => BinaryOperator.Multiply,
        TokenType.Slash => BinaryOperator.Divide,
        TokenType.Modulo => BinaryOperator.Modulo,
        TokenType.Plus => BinaryOperator.Add,
        TokenType.Minus => BinaryOperator.Subtract,
        TokenType.LessThan => BinaryOperator.LessThan,
        TokenType.LessThanOrEqual => BinaryOperator.LessThanOrEqual,
        TokenType.GreaterThan => BinaryOperator.GreaterThan,
        TokenType.GreaterThanOrEqual => BinaryOperator.GreaterThanOrEqual,
        TokenType.Equals => BinaryOperator.Equals,
        TokenType.NotEquals => BinaryOperator.NotEquals,
        TokenType.EqualsInsensitive => BinaryOperator.EqualsInsensitive,
        TokenType.NotEqualsInsensitive => BinaryOperator.NotEqualsInsensitive,
        TokenType.LogicalAnd => BinaryOperator.LogicalAnd,
        TokenType.LogicalOr => BinaryOperator.LogicalOr,
        _ => BinaryOperator.Coalesce,
    };
}
