namespace AccelLint.Bicep.Syntax;

/// <summary>A property of an object type, with its decorators: <c>@minLength(3) name: string</c>.</summary>
public sealed class ObjectTypePropertySyntax : SyntaxNode
{
    internal ObjectTypePropertySyntax(IReadOnlyList<DecoratorSyntax> decorators, SyntaxNode key, Token? colon, TypeSyntax type)
        : base(SpanOf(decorators.Count > 0 ? decorators[0] : key, type))
    {
        Decorators = AdoptAll(decorators);
        Key = Adopt(key);
        Colon = colon;
        Type = Adopt(type);
    }

    public IReadOnlyList<DecoratorSyntax> Decorators { get; }

    /// <summary><see cref="IdentifierSyntax"/> or <see cref="StringSyntax"/>.</summary>
    public SyntaxNode Key { get; }

    public string? Name => Key switch
    {
        IdentifierSyntax identifier when !identifier.IsMissing => identifier.Name,
        StringSyntax text => text.LiteralValue,
        _ => null,
    };

    public Token? Colon { get; }

    public TypeSyntax Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitObjectTypeProperty(this);
}
