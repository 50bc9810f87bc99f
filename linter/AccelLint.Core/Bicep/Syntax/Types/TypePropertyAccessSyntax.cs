namespace AccelLint.Bicep.Syntax;

/// <summary><c>base.name</c> in a type: <c>sys.string</c>, <c>imported.myType</c>, <c>myObjectType.prop</c>.</summary>
public sealed class TypePropertyAccessSyntax : TypeSyntax
{
    internal TypePropertyAccessSyntax(TypeSyntax baseType, Token dot, IdentifierSyntax property)
        : base(SpanOf(baseType, property.IsMissing ? (object)dot : property))
    {
        BaseType = Adopt(baseType);
        Dot = dot;
        Property = Adopt(property);
    }

    public TypeSyntax BaseType { get; }

    public Token Dot { get; }

    public IdentifierSyntax Property { get; }

    public string PropertyName => Property.Name;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypePropertyAccess(this);
}
