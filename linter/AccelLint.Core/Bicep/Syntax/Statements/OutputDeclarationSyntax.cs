namespace AccelLint.Bicep.Syntax;

/// <summary><c>output name type = value</c> (the type may be <c>resource 'Type@version'</c>).</summary>
public sealed class OutputDeclarationSyntax : DeclarationSyntax
{
    internal OutputDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, IdentifierSyntax name, TypeSyntax type, Token? assignment, ExpressionSyntax value)
        : base(decorators, keyword, name, SpanOf(keyword, value))
    {
        Type = Adopt(type);
        Assignment = assignment;
        Value = Adopt(value);
    }

    public TypeSyntax Type { get; }

    public Token? Assignment { get; }

    public ExpressionSyntax Value { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitOutputDeclaration(this);
}
