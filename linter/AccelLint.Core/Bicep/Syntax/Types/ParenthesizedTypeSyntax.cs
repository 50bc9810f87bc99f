namespace AccelLint.Bicep.Syntax;

/// <summary><c>( type )</c>.</summary>
public sealed class ParenthesizedTypeSyntax : TypeSyntax
{
    internal ParenthesizedTypeSyntax(Token openParen, TypeSyntax type, Token? closeParen)
        : base(SpanOf(openParen, (object?)closeParen ?? type))
    {
        OpenParen = openParen;
        Type = Adopt(type);
        CloseParen = closeParen;
    }

    public Token OpenParen { get; }

    public TypeSyntax Type { get; }

    public Token? CloseParen { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitParenthesizedType(this);
}
