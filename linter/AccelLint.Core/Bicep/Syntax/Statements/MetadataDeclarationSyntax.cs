namespace AccelLint.Bicep.Syntax;

/// <summary><c>metadata name = value</c>.</summary>
public sealed class MetadataDeclarationSyntax : DeclarationSyntax
{
    internal MetadataDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, IdentifierSyntax name, Token? assignment, ExpressionSyntax value)
        : base(decorators, keyword, name, SpanOf(keyword, value))
    {
        Assignment = assignment;
        Value = Adopt(value);
    }

    public Token? Assignment { get; }

    public ExpressionSyntax Value { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitMetadataDeclaration(this);
}
