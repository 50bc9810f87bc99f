namespace AccelLint.Bicep.Syntax;

/// <summary>
/// <c>extension kubernetes with {...} as k8s</c>, <c>extension 'br:...' as x</c>, and the older spellings
/// <c>provider ...</c> and <c>import 'az@1.0.0' ...</c> (see <see cref="StatementSyntax.Keyword"/>).
/// </summary>
public sealed class ExtensionDeclarationSyntax : StatementSyntax
{
    internal ExtensionDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, ExpressionSyntax specification, Token? withKeyword, ExpressionSyntax? config, Token? asKeyword, IdentifierSyntax? alias)
        : base(decorators, keyword, SpanOf(keyword, (object?)alias ?? (object?)asKeyword ?? (object?)config ?? (object?)withKeyword ?? specification))
    {
        Specification = Adopt(specification);
        WithKeyword = withKeyword;
        Config = AdoptOptional(config);
        AsKeyword = asKeyword;
        Alias = AdoptOptional(alias);
    }

    /// <summary>A <see cref="VariableAccessSyntax"/> (<c>kubernetes</c>) or a <see cref="StringSyntax"/> (<c>'br:...'</c>).</summary>
    public ExpressionSyntax Specification { get; }

    /// <summary>The extension's name or reference as written, when literal.</summary>
    public string? SpecificationText => Specification switch
    {
        VariableAccessSyntax name => name.Name,
        StringSyntax text => text.LiteralValue,
        _ => null,
    };

    public Token? WithKeyword { get; }

    /// <summary>The object after <c>with</c>, or null.</summary>
    public ExpressionSyntax? Config { get; }

    public Token? AsKeyword { get; }

    public IdentifierSyntax? Alias { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitExtensionDeclaration(this);
}
