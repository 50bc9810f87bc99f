namespace AccelLint.Bicep.Syntax;

/// <summary>
/// A literal used as a type: a string, an integer (possibly negated), <c>true</c>, <c>false</c>,
/// <c>!true</c> or <c>null</c>. <see cref="Literal"/> holds the expression node.
/// </summary>
public sealed class LiteralTypeSyntax : TypeSyntax
{
    internal LiteralTypeSyntax(ExpressionSyntax literal)
        : base(literal.Span)
    {
        Literal = Adopt(literal);
    }

    public ExpressionSyntax Literal { get; }

    /// <summary>The string value when the literal is a string without holes, else null.</summary>
    public string? StringValue => (Literal as StringSyntax)?.LiteralValue;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitLiteralType(this);
}
