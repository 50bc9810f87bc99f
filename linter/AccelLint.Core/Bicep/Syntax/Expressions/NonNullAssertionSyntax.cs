namespace AccelLint.Bicep.Syntax;

/// <summary><c>expr!</c>: asserts that a nullable value is not null.</summary>
public sealed class NonNullAssertionSyntax : ExpressionSyntax
{
    internal NonNullAssertionSyntax(ExpressionSyntax baseExpression, Token bang)
        : base(SpanOf(baseExpression, bang))
    {
        BaseExpression = Adopt(baseExpression);
        Bang = bang;
    }

    public ExpressionSyntax BaseExpression { get; }

    public Token Bang { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNonNullAssertion(this);
}
