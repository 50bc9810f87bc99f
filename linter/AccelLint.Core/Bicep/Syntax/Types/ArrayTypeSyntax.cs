namespace AccelLint.Bicep.Syntax;

/// <summary><c>element[]</c>.</summary>
public sealed class ArrayTypeSyntax : TypeSyntax
{
    internal ArrayTypeSyntax(TypeSyntax elementType, Token openBracket, Token closeBracket)
        : base(SpanOf(elementType, closeBracket))
    {
        ElementType = Adopt(elementType);
        OpenBracket = openBracket;
        CloseBracket = closeBracket;
    }

    public TypeSyntax ElementType { get; }

    public Token OpenBracket { get; }

    public Token CloseBracket { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitArrayType(this);
}
