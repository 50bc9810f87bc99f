namespace AccelLint.Bicep.Syntax;

/// <summary>
/// A string literal, possibly interpolated, single-line (<c>'a${x}b'</c>) or multi-line
/// (<c>'''...'''</c>, <c>$'''...${x}...'''</c>). <see cref="Segments"/> holds the decoded literal
/// parts around the holes, so <c>Segments.Count == Expressions.Count + 1</c>.
/// </summary>
public sealed class StringSyntax : ExpressionSyntax
{
    private static readonly ExpressionSyntax[] NoExpressions = Array.Empty<ExpressionSyntax>();

    private readonly Token? singleToken;
    private readonly string? singleValue;
    private IReadOnlyList<Token>? tokens;
    private IReadOnlyList<string>? segments;

    /// <summary>A string without holes: one token, one value (the common case, kept allocation-light).</summary>
    internal StringSyntax(Token token, string value, bool isMultiline)
        : base(token.Span)
    {
        singleToken = token;
        singleValue = value;
        Expressions = NoExpressions;
        IsMultiline = isMultiline;
    }

    internal StringSyntax(IReadOnlyList<Token> tokens, IReadOnlyList<ExpressionSyntax> expressions, IReadOnlyList<string> segments, bool isMultiline)
        : base(SpanOf(tokens[0], tokens[tokens.Count - 1]))
    {
        this.tokens = tokens;
        Expressions = AdoptAll(expressions);
        this.segments = segments;
        IsMultiline = isMultiline;
    }

    /// <summary>The string pieces in order (one token when not interpolated).</summary>
    public IReadOnlyList<Token> Tokens => tokens ??= new[] { singleToken! };

    /// <summary>The expressions in the <c>${...}</c> holes.</summary>
    public IReadOnlyList<ExpressionSyntax> Expressions { get; }

    /// <summary>The decoded text around the holes (escapes resolved, delimiters removed).</summary>
    public IReadOnlyList<string> Segments => segments ??= new[] { singleValue! };

    public bool IsMultiline { get; }

    public bool IsInterpolated => Expressions.Count > 0;

    /// <summary>The value when the string has no holes, else null.</summary>
    public string? LiteralValue => singleToken is not null ? singleValue : Expressions.Count == 0 ? Segments[0] : null;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitString(this);
}
