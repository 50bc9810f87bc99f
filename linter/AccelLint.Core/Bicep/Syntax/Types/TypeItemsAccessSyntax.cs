namespace AccelLint.Bicep.Syntax;

/// <summary><c>base[*]</c>: the element type of an array type.</summary>
public sealed class TypeItemsAccessSyntax : TypeSyntax
{
    internal TypeItemsAccessSyntax(TypeSyntax baseType, Token openBracket, Token asterisk, Token? closeBracket)
        : base(SpanOf(baseType, (object?)closeBracket ?? asterisk))
    {
        BaseType = Adopt(baseType);
        OpenBracket = openBracket;
        Asterisk = asterisk;
        CloseBracket = closeBracket;
    }

    public TypeSyntax BaseType { get; }

    public Token OpenBracket { get; }

    public Token Asterisk { get; }

    public Token? CloseBracket { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypeItemsAccess(this);
}
