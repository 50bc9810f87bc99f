namespace AccelLint.Bicep.Syntax;

/// <summary><c>extends './shared.bicepparam'</c> in a <c>.bicepparam</c> file.</summary>
public sealed class ExtendsDeclarationSyntax : StatementSyntax
{
    internal ExtendsDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, ExpressionSyntax path)
        : base(decorators, keyword, SpanOf(keyword, path))
    {
        Path = Adopt(path);
    }

    public ExpressionSyntax Path { get; }

    public string? PathValue => (Path as StringSyntax)?.LiteralValue;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitExtendsDeclaration(this);
}
