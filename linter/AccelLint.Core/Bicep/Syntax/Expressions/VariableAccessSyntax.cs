namespace AccelLint.Bicep.Syntax;

/// <summary>A bare name in an expression: a parameter, variable, resource, module, loop variable, lambda parameter or namespace.</summary>
public sealed class VariableAccessSyntax : ExpressionSyntax
{
    internal VariableAccessSyntax(IdentifierSyntax identifier)
        : base(identifier.Span)
    {
        Identifier = Adopt(identifier);
    }

    public IdentifierSyntax Identifier { get; }

    public string Name => Identifier.Name;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitVariableAccess(this);
}
