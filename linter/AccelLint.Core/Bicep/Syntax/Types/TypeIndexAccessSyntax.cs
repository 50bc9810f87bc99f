namespace AccelLint.Bicep.Syntax;

/// <summary><c>base[1]</c>: the type of one element of a tuple type.</summary>
public sealed class TypeIndexAccessSyntax : TypeSyntax
{
    internal TypeIndexAccessSyntax(TypeSyntax baseType, Token openBracket, IntegerLiteralSyntax index, Token? closeBracket)
        : base(SpanOf(baseType, (object?)closeBracket ?? index))
    {
        BaseType = Adopt(baseType);
        OpenBracket = openBracket;
        Index = Adopt(index);
        CloseBracket = closeBracket;
    }

    public TypeSyntax BaseType { get; }

    public Token OpenBracket { get; }

    public IntegerLiteralSyntax Index { get; }

    public Token? CloseBracket { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypeIndexAccess(this);
}
