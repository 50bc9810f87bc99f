namespace AccelLint.Bicep.Syntax;

/// <summary>
/// <c>{ name: type, *: type }</c>. <see cref="Members"/> holds <see cref="ObjectTypePropertySyntax"/> and
/// <see cref="ObjectTypeAdditionalPropertiesSyntax"/> in source order.
/// </summary>
public sealed class ObjectTypeSyntax : TypeSyntax
{
    internal ObjectTypeSyntax(Token openBrace, IReadOnlyList<SyntaxNode> members, Token? closeBrace)
        : base(SpanOf(openBrace, (object?)closeBrace ?? (members.Count > 0 ? members[members.Count - 1] : null)))
    {
        OpenBrace = openBrace;
        Members = AdoptAll(members);
        CloseBrace = closeBrace;
    }

    public Token OpenBrace { get; }

    public IReadOnlyList<SyntaxNode> Members { get; }

    public Token? CloseBrace { get; }

    public IEnumerable<ObjectTypePropertySyntax> Properties => Members.OfType<ObjectTypePropertySyntax>();

    public ObjectTypeAdditionalPropertiesSyntax? AdditionalProperties => Members.OfType<ObjectTypeAdditionalPropertiesSyntax>().FirstOrDefault();

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitObjectType(this);
}
