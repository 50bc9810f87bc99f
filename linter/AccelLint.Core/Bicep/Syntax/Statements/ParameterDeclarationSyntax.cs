namespace AccelLint.Bicep.Syntax;

/// <summary>
/// <c>@decorators param name type = default</c> in a <c>.bicep</c> file. <see cref="Type"/> may be a
/// union of literals (<c>'a' | 'b'</c>); <c>@allowed([...])</c> is among <see cref="StatementSyntax.Decorators"/>.
/// </summary>
public sealed class ParameterDeclarationSyntax : DeclarationSyntax
{
    internal ParameterDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, IdentifierSyntax name, TypeSyntax? type, Token? assignment, ExpressionSyntax? defaultValue)
        : base(decorators, keyword, name, SpanOf(keyword, (object?)defaultValue ?? (object?)assignment ?? (object?)type ?? name))
    {
        Type = AdoptOptional(type);
        Assignment = assignment;
        DefaultValue = AdoptOptional(defaultValue);
    }

    /// <summary>Null only in broken code.</summary>
    public TypeSyntax? Type { get; }

    public Token? Assignment { get; }

    public ExpressionSyntax? DefaultValue { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitParameterDeclaration(this);
}
