namespace AccelLint.Bicep.Syntax;

/// <summary>
/// <c>resource name 'Type@apiVersion' [existing] = value</c>, where value is a body
/// <c>{...}</c>, a condition <c>if (c) {...}</c> or a loop <c>[for ...: {...}]</c>. <see cref="Body"/>,
/// <see cref="Condition"/> and <see cref="Loop"/> take these apart. Nested child resources are in
/// <c>Body.NestedResources</c> (their <see cref="SyntaxNode.Parent"/> chain leads to this one).
/// </summary>
public sealed class ResourceDeclarationSyntax : DeclarationSyntax
{
    internal ResourceDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, IdentifierSyntax name, ExpressionSyntax typeString, Token? existingKeyword, Token? assignment, ExpressionSyntax value)
        : base(decorators, keyword, name, SpanOf(keyword, value))
    {
        TypeString = Adopt(typeString);
        ExistingKeyword = existingKeyword;
        Assignment = assignment;
        Value = Adopt(value);
        (ResourceType, ApiVersion) = ResourceTypeReference.Split((typeString as StringSyntax)?.LiteralValue);
    }

    /// <summary>The type string as written (a <see cref="StringSyntax"/> unless broken).</summary>
    public ExpressionSyntax TypeString { get; }

    /// <summary><c>Microsoft.Network/networkInterfaces</c>; null when the type string is not a literal.</summary>
    public string? ResourceType { get; }

    /// <summary><c>2023-09-01</c>; null without '@'.</summary>
    public string? ApiVersion { get; }

    public Token? ExistingKeyword { get; }

    public bool IsExisting => ExistingKeyword is not null;

    public Token? Assignment { get; }

    /// <summary>The value as written: <see cref="ObjectSyntax"/>, <see cref="IfConditionSyntax"/> or <see cref="ForSyntax"/>.</summary>
    public ExpressionSyntax Value { get; }

    /// <summary>The loop, when the value is <c>[for ...]</c>.</summary>
    public ForSyntax? Loop => Value as ForSyntax;

    /// <summary>The condition of <c>if (c) {...}</c>, or the filter of a loop <c>[for ...: if (c) {...}]</c>.</summary>
    public ExpressionSyntax? Condition => DeclarationBodies.ConditionOf(Value);

    /// <summary>The body object, looking through a condition and a loop; null in broken code.</summary>
    public ObjectSyntax? Body => DeclarationBodies.BodyOf(Value);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitResourceDeclaration(this);
}
