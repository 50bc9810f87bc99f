namespace AccelLint.Bicep.Syntax;

/// <summary><c>base.name</c>, or the safe form <c>base.?name</c> (<see cref="IsSafe"/>).</summary>
public sealed class PropertyAccessSyntax : ExpressionSyntax
{
    internal PropertyAccessSyntax(ExpressionSyntax baseExpression, Token dot, IdentifierSyntax property)
        : base(SpanOf(baseExpression, property.IsMissing ? (object)dot : property))
    {
        BaseExpression = Adopt(baseExpression);
        Dot = dot;
        Property = Adopt(property);
    }

    public ExpressionSyntax BaseExpression { get; }

    /// <summary>'.', '.?' (or '?.').</summary>
    public Token Dot { get; }

    public bool IsSafe => Dot.Type != TokenType.Dot;

    public IdentifierSyntax Property { get; }

    public string PropertyName => Property.Name;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPropertyAccess(this);
}
