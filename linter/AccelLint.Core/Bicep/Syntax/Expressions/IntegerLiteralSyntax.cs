namespace AccelLint.Bicep.Syntax;

/// <summary>A non-negative integer literal (<c>-1</c> is a <see cref="UnaryOperationSyntax"/> around one).</summary>
public sealed class IntegerLiteralSyntax : ExpressionSyntax
{
    internal IntegerLiteralSyntax(Token token, ulong value)
        : base(token.Span)
    {
        Token = token;
        Value = value;
    }

    public Token Token { get; }

    /// <summary>The value; 0 when the literal does not fit (a diagnostic is reported).</summary>
    public ulong Value { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitIntegerLiteral(this);
}
