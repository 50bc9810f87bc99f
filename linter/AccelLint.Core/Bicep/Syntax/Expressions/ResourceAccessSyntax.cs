namespace AccelLint.Bicep.Syntax;

/// <summary><c>parent::child</c>: a nested resource reached through its parent's symbol.</summary>
public sealed class ResourceAccessSyntax : ExpressionSyntax
{
    internal ResourceAccessSyntax(ExpressionSyntax baseExpression, Token doubleColon, IdentifierSyntax resourceName)
        : base(SpanOf(baseExpression, resourceName.IsMissing ? (object)doubleColon : resourceName))
    {
        BaseExpression = Adopt(baseExpression);
        DoubleColon = doubleColon;
        ResourceName = Adopt(resourceName);
    }

    public ExpressionSyntax BaseExpression { get; }

    public Token DoubleColon { get; }

    public IdentifierSyntax ResourceName { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitResourceAccess(this);
}
