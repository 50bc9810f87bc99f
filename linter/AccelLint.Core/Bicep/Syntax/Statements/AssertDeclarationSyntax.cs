namespace AccelLint.Bicep.Syntax;

/// <summary><c>assert name = condition</c>.</summary>
public sealed class AssertDeclarationSyntax : DeclarationSyntax
{
    internal AssertDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, IdentifierSyntax name, Token? assignment, ExpressionSyntax value)
        : base(decorators, keyword, name, SpanOf(keyword, value))
    {
        Assignment = assignment;
        Value = Adopt(value);
    }

    public Token? Assignment { get; }

    public ExpressionSyntax Value { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAssertDeclaration(this);
}
