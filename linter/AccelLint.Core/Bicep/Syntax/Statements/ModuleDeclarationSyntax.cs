namespace AccelLint.Bicep.Syntax;

/// <summary>
/// <c>module name 'path-or-reference' = value</c>; value as for a resource (body, <c>if</c>, <c>for</c>).
/// <see cref="PathValue"/> is the literal path (<c>./nic.bicep</c>, <c>br/public:...</c>, <c>ts:...</c>).
/// </summary>
public sealed class ModuleDeclarationSyntax : DeclarationSyntax
{
    internal ModuleDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, IdentifierSyntax name, ExpressionSyntax path, Token? existingKeyword, Token? assignment, ExpressionSyntax value)
        : base(decorators, keyword, name, SpanOf(keyword, value))
    {
        Path = Adopt(path);
        ExistingKeyword = existingKeyword;
        Assignment = assignment;
        Value = Adopt(value);
    }

    public ExpressionSyntax Path { get; }

    public string? PathValue => (Path as StringSyntax)?.LiteralValue;

    /// <summary>Null unless written (an error for modules, kept for tooling).</summary>
    public Token? ExistingKeyword { get; }

    public Token? Assignment { get; }

    public ExpressionSyntax Value { get; }

    public ForSyntax? Loop => Value as ForSyntax;

    public ExpressionSyntax? Condition => DeclarationBodies.ConditionOf(Value);

    public ObjectSyntax? Body => DeclarationBodies.BodyOf(Value);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitModuleDeclaration(this);
}
