namespace AccelLint.Bicep.Syntax;

/// <summary><c>key: value</c> in an object. The key is an <see cref="IdentifierSyntax"/> or a <see cref="StringSyntax"/>.</summary>
public sealed class ObjectPropertySyntax : SyntaxNode
{
    internal ObjectPropertySyntax(SyntaxNode key, Token? colon, ExpressionSyntax value)
        : base(SpanOf(key, value))
    {
        Key = Adopt(key);
        Colon = colon;
        Value = Adopt(value);
    }

    /// <summary><see cref="IdentifierSyntax"/>, <see cref="StringSyntax"/> (possibly interpolated) or <see cref="ErrorExpressionSyntax"/>.</summary>
    public SyntaxNode Key { get; }

    /// <summary>The key's text when it is an identifier or a string without holes, else null.</summary>
    public string? Name => Key switch
    {
        IdentifierSyntax identifier when !identifier.IsMissing => identifier.Name,
        StringSyntax text => text.LiteralValue,
        _ => null,
    };

    public Token? Colon { get; }

    public ExpressionSyntax Value { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitObjectProperty(this);
}
