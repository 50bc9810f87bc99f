namespace AccelLint.Bicep.Syntax;

/// <summary>A type by name: <c>string</c>, <c>int</c>, <c>object</c>, a user-defined type, or a namespace before '.'.</summary>
public sealed class TypeReferenceSyntax : TypeSyntax
{
    internal TypeReferenceSyntax(IdentifierSyntax identifier)
        : base(identifier.Span)
    {
        Identifier = Adopt(identifier);
    }

    public IdentifierSyntax Identifier { get; }

    public string Name => Identifier.Name;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypeReference(this);
}
