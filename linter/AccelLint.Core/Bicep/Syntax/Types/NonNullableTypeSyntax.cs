namespace AccelLint.Bicep.Syntax;

/// <summary><c>type!</c>: the type with null removed.</summary>
public sealed class NonNullableTypeSyntax : TypeSyntax
{
    internal NonNullableTypeSyntax(TypeSyntax baseType, Token bang)
        : base(SpanOf(baseType, bang))
    {
        BaseType = Adopt(baseType);
        Bang = bang;
    }

    public TypeSyntax BaseType { get; }

    public Token Bang { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNonNullableType(this);
}
