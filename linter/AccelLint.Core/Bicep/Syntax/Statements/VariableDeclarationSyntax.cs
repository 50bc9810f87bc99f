namespace AccelLint.Bicep.Syntax;

/// <summary><c>var name = value</c> or the typed form <c>var name type = value</c>.</summary>
public sealed class VariableDeclarationSyntax : DeclarationSyntax
{
    internal VariableDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, IdentifierSyntax name, TypeSyntax? type, Token? assignment, ExpressionSyntax value)
        : base(decorators, keyword, name, SpanOf(keyword, value))
    {
        Type = AdoptOptional(type);
        Assignment = assignment;
        Value = Adopt(value);
    }

    public TypeSyntax? Type { get; }

    public Token? Assignment { get; }

    public ExpressionSyntax Value { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitVariableDeclaration(this);
}
