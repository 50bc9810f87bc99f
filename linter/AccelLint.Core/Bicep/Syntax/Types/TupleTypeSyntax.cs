namespace AccelLint.Bicep.Syntax;

/// <summary><c>[string, int]</c> or one item a line: a fixed-length array type.</summary>
public sealed class TupleTypeSyntax : TypeSyntax
{
    internal TupleTypeSyntax(Token openBracket, IReadOnlyList<TupleTypeItemSyntax> items, Token? closeBracket)
        : base(SpanOf(openBracket, (object?)closeBracket ?? (items.Count > 0 ? items[items.Count - 1] : null)))
    {
        OpenBracket = openBracket;
        Items = AdoptAll(items);
        CloseBracket = closeBracket;
    }

    public Token OpenBracket { get; }

    public IReadOnlyList<TupleTypeItemSyntax> Items { get; }

    public Token? CloseBracket { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTupleType(this);
}
