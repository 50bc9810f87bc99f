namespace AccelLint.Bicep.Syntax;

/// <summary><c>*: type</c> in an object type: the type of any further properties.</summary>
public sealed class ObjectTypeAdditionalPropertiesSyntax : SyntaxNode
{
    internal ObjectTypeAdditionalPropertiesSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token asterisk, Token? colon, TypeSyntax type)
        : base(decorators.Count > 0 ? SpanOf(decorators[0], type) : SpanOf(asterisk, type))
    {
        Decorators = AdoptAll(decorators);
        Asterisk = asterisk;
        Colon = colon;
        Type = Adopt(type);
    }

    public IReadOnlyList<DecoratorSyntax> Decorators { get; }

    public Token Asterisk { get; }

    public Token? Colon { get; }

    public TypeSyntax Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitObjectTypeAdditionalProperties(this);
}
