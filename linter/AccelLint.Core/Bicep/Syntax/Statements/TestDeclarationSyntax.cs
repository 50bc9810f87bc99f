namespace AccelLint.Bicep.Syntax;

/// <summary><c>test name 'path' = {...}</c> (Bicep's test framework).</summary>
public sealed class TestDeclarationSyntax : DeclarationSyntax
{
    internal TestDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, IdentifierSyntax name, ExpressionSyntax path, Token? assignment, ExpressionSyntax value)
        : base(decorators, keyword, name, SpanOf(keyword, value))
    {
        Path = Adopt(path);
        Assignment = assignment;
        Value = Adopt(value);
    }

    public ExpressionSyntax Path { get; }

    public string? PathValue => (Path as StringSyntax)?.LiteralValue;

    public Token? Assignment { get; }

    public ExpressionSyntax Value { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTestDeclaration(this);
}
