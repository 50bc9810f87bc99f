namespace AccelLint.Bicep.Syntax;

/// <summary>A lambda or function parameter: a name, with a type in <c>func</c> declarations (and typed lambdas).</summary>
public sealed class LambdaParameterSyntax : SyntaxNode
{
    internal LambdaParameterSyntax(Token? ellipsis, IdentifierSyntax name, TypeSyntax? type)
        : base(ellipsis is not null ? SpanOf(ellipsis, (object?)type ?? name) : SpanOf(name, type))
    {
        Ellipsis = ellipsis;
        Name = Adopt(name);
        Type = AdoptOptional(type);
    }

    /// <summary>The '...' of a variadic parameter, else null.</summary>
    public Token? Ellipsis { get; }

    public IdentifierSyntax Name { get; }

    public TypeSyntax? Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitLambdaParameter(this);
}
