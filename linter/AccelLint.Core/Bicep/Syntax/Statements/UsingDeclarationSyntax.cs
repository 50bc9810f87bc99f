namespace AccelLint.Bicep.Syntax;

/// <summary><c>using './main.bicep'</c>, <c>using none</c> or <c>using './main.bicep' with {...}</c> in a <c>.bicepparam</c> file.</summary>
public sealed class UsingDeclarationSyntax : StatementSyntax
{
    internal UsingDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, ExpressionSyntax? path, Token? noneKeyword, Token? withKeyword, ExpressionSyntax? config)
        : base(decorators, keyword, SpanOf(keyword, (object?)config ?? (object?)withKeyword ?? (object?)path ?? noneKeyword))
    {
        Path = AdoptOptional(path);
        NoneKeyword = noneKeyword;
        WithKeyword = withKeyword;
        Config = AdoptOptional(config);
    }

    /// <summary>The template reference; null for <c>using none</c>.</summary>
    public ExpressionSyntax? Path { get; }

    public string? PathValue => (Path as StringSyntax)?.LiteralValue;

    public Token? NoneKeyword { get; }

    public bool IsNone => NoneKeyword is not null;

    public Token? WithKeyword { get; }

    /// <summary>The deployment configuration object after <c>with</c>, or null.</summary>
    public ExpressionSyntax? Config { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitUsingDeclaration(this);
}
