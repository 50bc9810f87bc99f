namespace AccelLint.Bicep.Syntax;

/// <summary>
/// <c>name&lt;args&gt;</c>: <c>resource&lt;'Microsoft.X/y@v'&gt;</c>, <c>resourceInput&lt;'...'&gt;</c>,
/// <c>sys.resourceOutput&lt;'...'&gt;</c>. <see cref="NamespaceType"/> is the part before the dot, if any.
/// </summary>
public sealed class ParameterizedTypeSyntax : TypeSyntax
{
    internal ParameterizedTypeSyntax(TypeSyntax? namespaceType, IdentifierSyntax name, Token openChevron, IReadOnlyList<TypeSyntax> arguments, Token? closeChevron)
        : base(SpanOf(namespaceType ?? (SyntaxNode)name, (object?)closeChevron ?? (arguments.Count > 0 ? arguments[arguments.Count - 1] : openChevron)))
    {
        NamespaceType = AdoptOptional(namespaceType);
        Name = Adopt(name);
        OpenChevron = openChevron;
        Arguments = AdoptAll(arguments);
        CloseChevron = closeChevron;
    }

    public TypeSyntax? NamespaceType { get; }

    public IdentifierSyntax Name { get; }

    public Token OpenChevron { get; }

    public IReadOnlyList<TypeSyntax> Arguments { get; }

    public Token? CloseChevron { get; }

    /// <summary>The first argument's string value (the resource type and apiVersion for the resource forms), else null.</summary>
    public string? FirstStringArgument => Arguments.Count > 0 ? (Arguments[0] as LiteralTypeSyntax)?.StringValue : null;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitParameterizedType(this);
}
