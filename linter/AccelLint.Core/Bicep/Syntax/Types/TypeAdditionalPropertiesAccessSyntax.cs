namespace AccelLint.Bicep.Syntax;

/// <summary><c>base.*</c>: the type of an object type's additional properties.</summary>
public sealed class TypeAdditionalPropertiesAccessSyntax : TypeSyntax
{
    internal TypeAdditionalPropertiesAccessSyntax(TypeSyntax baseType, Token dot, Token asterisk)
        : base(SpanOf(baseType, asterisk))
    {
        BaseType = Adopt(baseType);
        Dot = dot;
        Asterisk = asterisk;
    }

    public TypeSyntax BaseType { get; }

    public Token Dot { get; }

    public Token Asterisk { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypeAdditionalPropertiesAccess(this);
}
