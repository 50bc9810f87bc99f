namespace AccelLint.Bicep.Syntax;

/// <summary>
/// <c>name(args)</c>, or with a base: <c>az.resourceGroup()</c>, <c>sys.concat(...)</c>,
/// <c>storage.listKeys()</c>. Whether the base is a namespace or a value is for the binder to decide;
/// <see cref="Namespace"/> gives the base's name when it is a bare identifier.
/// </summary>
public sealed class FunctionCallSyntax : ExpressionSyntax
{
    internal FunctionCallSyntax(ExpressionSyntax? baseExpression, Token? dot, IdentifierSyntax name, Token openParen, IReadOnlyList<ExpressionSyntax> arguments, Token? closeParen)
        : base(SpanOf(baseExpression ?? (SyntaxNode)name, (object?)closeParen ?? (arguments.Count > 0 ? arguments[arguments.Count - 1] : openParen)))
    {
        BaseExpression = AdoptOptional(baseExpression);
        Dot = dot;
        Name = Adopt(name);
        OpenParen = openParen;
        Arguments = AdoptAll(arguments);
        CloseParen = closeParen;
    }

    /// <summary>The expression before the dot, or null for a plain call.</summary>
    public ExpressionSyntax? BaseExpression { get; }

    public Token? Dot { get; }

    public IdentifierSyntax Name { get; }

    public string FunctionName => Name.Name;

    /// <summary>The name of a bare-identifier base (<c>az</c>, <c>sys</c>, an import alias or a symbol), else null.</summary>
    public string? Namespace => (BaseExpression as VariableAccessSyntax)?.Name;

    public Token OpenParen { get; }

    public IReadOnlyList<ExpressionSyntax> Arguments { get; }

    public Token? CloseParen { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitFunctionCall(this);
}
