namespace AccelLint.Bicep.Syntax;

/// <summary>
/// <c>[for item in source: body]</c> or <c>[for (item, index) in source: body]</c>; the body may be
/// filtered: <c>[for x in xs: if (cond) {...}]</c>. <see cref="Body"/> is the body as written;
/// <see cref="Condition"/> and <see cref="LoopBody"/> split a filtered one.
/// </summary>
public sealed class ForSyntax : ExpressionSyntax
{
    internal ForSyntax(Token openBracket, Token forKeyword, Token? openParen, IdentifierSyntax itemVariable, IdentifierSyntax? indexVariable, Token? inKeyword, ExpressionSyntax source, Token? colon, ExpressionSyntax body, Token? closeBracket)
        : base(SpanOf(openBracket, (object?)closeBracket ?? body))
    {
        OpenBracket = openBracket;
        ForKeyword = forKeyword;
        OpenParen = openParen;
        ItemVariable = Adopt(itemVariable);
        IndexVariable = AdoptOptional(indexVariable);
        InKeyword = inKeyword;
        Source = Adopt(source);
        Colon = colon;
        Body = Adopt(body);
        CloseBracket = closeBracket;
    }

    public Token OpenBracket { get; }

    public Token ForKeyword { get; }

    /// <summary>The '(' of the <c>(item, index)</c> form, else null.</summary>
    public Token? OpenParen { get; }

    public IdentifierSyntax ItemVariable { get; }

    public IdentifierSyntax? IndexVariable { get; }

    public Token? InKeyword { get; }

    /// <summary>The collection iterated (an array, <c>range(...)</c>, ...).</summary>
    public ExpressionSyntax Source { get; }

    public Token? Colon { get; }

    /// <summary>The body as written: an expression, or an <see cref="IfConditionSyntax"/> for a filtered loop.</summary>
    public ExpressionSyntax Body { get; }

    /// <summary>The filter of <c>[for ...: if (c) body]</c>, else null.</summary>
    public ExpressionSyntax? Condition => (Body as IfConditionSyntax)?.Condition;

    /// <summary>The value produced for each item (the body without its filter).</summary>
    public ExpressionSyntax LoopBody => Body is IfConditionSyntax filtered ? filtered.Body : Body;

    public Token? CloseBracket { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitFor(this);
}
