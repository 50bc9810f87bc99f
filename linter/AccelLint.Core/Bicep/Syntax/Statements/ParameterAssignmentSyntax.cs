namespace AccelLint.Bicep.Syntax;

/// <summary><c>param name = value</c> in a <c>.bicepparam</c> file.</summary>
public sealed class ParameterAssignmentSyntax : DeclarationSyntax
{
    internal ParameterAssignmentSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, IdentifierSyntax name, TypeSyntax? type, Token? assignment, ExpressionSyntax value)
        : base(decorators, keyword, name, SpanOf(keyword, value))
    {
        Type = AdoptOptional(type);
        Assignment = assignment;
        Value = Adopt(value);
    }

    /// <summary>Null; a type here is an error (reported), kept for tooling.</summary>
    public TypeSyntax? Type { get; }

    public Token? Assignment { get; }

    public ExpressionSyntax Value { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitParameterAssignment(this);
}
