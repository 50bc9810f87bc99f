namespace AccelLint.Bicep.Syntax;

/// <summary><c>type name = typeExpression</c>.</summary>
public sealed class TypeDeclarationSyntax : DeclarationSyntax
{
    internal TypeDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, IdentifierSyntax name, Token? assignment, TypeSyntax value)
        : base(decorators, keyword, name, SpanOf(keyword, value))
    {
        Assignment = assignment;
        Value = Adopt(value);
    }

    public Token? Assignment { get; }

    public TypeSyntax Value { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypeDeclaration(this);
}
