namespace AccelLint.Bicep.Syntax;

/// <summary><c>extensionConfig alias with {...}</c> in a <c>.bicepparam</c> file.</summary>
public sealed class ExtensionConfigAssignmentSyntax : DeclarationSyntax
{
    internal ExtensionConfigAssignmentSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, IdentifierSyntax name, Token? withKeyword, ExpressionSyntax config)
        : base(decorators, keyword, name, SpanOf(keyword, config))
    {
        WithKeyword = withKeyword;
        Config = Adopt(config);
    }

    public Token? WithKeyword { get; }

    public ExpressionSyntax Config { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitExtensionConfigAssignment(this);
}
