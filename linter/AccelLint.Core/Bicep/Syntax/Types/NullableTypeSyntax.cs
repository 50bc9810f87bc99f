namespace AccelLint.Bicep.Syntax;

/// <summary><c>type?</c>: the type or null (an optional parameter or property).</summary>
public sealed class NullableTypeSyntax : TypeSyntax
{
    internal NullableTypeSyntax(TypeSyntax baseType, Token question)
        : base(SpanOf(baseType, question))
    {
        BaseType = Adopt(baseType);
        Question = question;
    }

    public TypeSyntax BaseType { get; }

    public Token Question { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNullableType(this);
}
