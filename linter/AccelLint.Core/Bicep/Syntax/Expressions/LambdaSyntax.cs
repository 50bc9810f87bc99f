namespace AccelLint.Bicep.Syntax;

/// <summary>
/// <c>x =&gt; body</c>, <c>(x, y) =&gt; body</c>, or in a <c>func</c> declaration
/// <c>(x string) string =&gt; body</c> (with <see cref="ReturnType"/>).
/// </summary>
public sealed class LambdaSyntax : ExpressionSyntax
{
    internal LambdaSyntax(Token? openParen, IReadOnlyList<LambdaParameterSyntax> parameters, Token? closeParen, TypeSyntax? returnType, Token? arrow, ExpressionSyntax body)
        : base(openParen is not null ? SpanOf(openParen, body) : SpanOf(parameters[0], body))
    {
        OpenParen = openParen;
        Parameters = AdoptAll(parameters);
        CloseParen = closeParen;
        ReturnType = AdoptOptional(returnType);
        Arrow = arrow;
        Body = Adopt(body);
    }

    /// <summary>Null for the single-parameter form <c>x =&gt; ...</c>.</summary>
    public Token? OpenParen { get; }

    public IReadOnlyList<LambdaParameterSyntax> Parameters { get; }

    public Token? CloseParen { get; }

    public TypeSyntax? ReturnType { get; }

    public Token? Arrow { get; }

    public ExpressionSyntax Body { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitLambda(this);
}
