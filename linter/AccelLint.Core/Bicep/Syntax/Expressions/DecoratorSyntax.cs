namespace AccelLint.Bicep.Syntax;

/// <summary>
/// <c>@name(args)</c> or <c>@ns.name(args)</c> before a statement, an object type property or a tuple item.
/// </summary>
public sealed class DecoratorSyntax : SyntaxNode
{
    private static readonly ExpressionSyntax[] NoArguments = Array.Empty<ExpressionSyntax>();

    internal DecoratorSyntax(Token at, ExpressionSyntax expression)
        : base(SpanOf(at, expression))
    {
        At = at;
        Expression = Adopt(expression);
    }

    public Token At { get; }

    /// <summary>Normally a <see cref="FunctionCallSyntax"/>; something else only in broken code.</summary>
    public ExpressionSyntax Expression { get; }

    public FunctionCallSyntax? Call => Expression as FunctionCallSyntax;

    /// <summary>The decorator's name without namespace (<c>description</c> for <c>@sys.description('x')</c>).</summary>
    public string Name => Expression switch
    {
        FunctionCallSyntax call => call.FunctionName,
        PropertyAccessSyntax access => access.PropertyName,
        VariableAccessSyntax variable => variable.Name,
        _ => string.Empty,
    };

    /// <summary>The namespace when written (<c>sys</c> in <c>@sys.description</c>), else null.</summary>
    public string? Namespace => Call?.Namespace;

    public IReadOnlyList<ExpressionSyntax> Arguments => Call?.Arguments ?? NoArguments;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitDecorator(this);
}
