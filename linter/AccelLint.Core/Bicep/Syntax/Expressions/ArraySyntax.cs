namespace AccelLint.Bicep.Syntax;

/// <summary><c>[a, b]</c> or one item a line; items may be <see cref="SpreadSyntax"/>.</summary>
public sealed class ArraySyntax : ExpressionSyntax
{
    internal ArraySyntax(Token openBracket, IReadOnlyList<ExpressionSyntax> items, Token? closeBracket)
        : base(SpanOf(openBracket, (object?)closeBracket ?? (items.Count > 0 ? items[items.Count - 1] : null)))
    {
        OpenBracket = openBracket;
        Items = AdoptAll(items);
        CloseBracket = closeBracket;
    }

    public Token OpenBracket { get; }

    public IReadOnlyList<ExpressionSyntax> Items { get; }

    /// <summary>Null when the source lacks the closing bracket (a diagnostic is reported).</summary>
    public Token? CloseBracket { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitArray(this);
}
