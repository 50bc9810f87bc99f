namespace AccelLint.Bicep.Syntax;

/// <summary>
/// <c>if (condition) body</c>: the value of a conditional resource or module, or the filtered body of a
/// <c>for</c> loop. <see cref="Condition"/> is the expression inside the parentheses.
/// </summary>
public sealed class IfConditionSyntax : ExpressionSyntax
{
    internal IfConditionSyntax(Token ifKeyword, ExpressionSyntax condition, ExpressionSyntax body)
        : base(SpanOf(ifKeyword, body))
    {
        IfKeyword = ifKeyword;
        ConditionExpression = Adopt(condition);
        Body = Adopt(body);
    }

    public Token IfKeyword { get; }

    /// <summary>The parenthesized condition as written (a <see cref="ParenthesizedExpressionSyntax"/> unless broken).</summary>
    public ExpressionSyntax ConditionExpression { get; }

    /// <summary>The condition without its parentheses.</summary>
    public ExpressionSyntax Condition => ConditionExpression is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ConditionExpression;

    /// <summary>Normally an <see cref="ObjectSyntax"/>.</summary>
    public ExpressionSyntax Body { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitIfCondition(this);
}
