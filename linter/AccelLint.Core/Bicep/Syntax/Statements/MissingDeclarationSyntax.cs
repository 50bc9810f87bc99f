namespace AccelLint.Bicep.Syntax;

/// <summary>Decorators not followed by a declaration (a diagnostic was reported).</summary>
public sealed class MissingDeclarationSyntax : StatementSyntax
{
    internal MissingDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators)
        : base(decorators, null, decorators[decorators.Count - 1].Span)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitMissingDeclaration(this);
}
