namespace AccelLint.Bicep.Syntax;

/// <summary>
/// <c>{ key: value ... }</c>. <see cref="Members"/> keeps source order and holds
/// <see cref="ObjectPropertySyntax"/>, <see cref="SpreadSyntax"/>, nested
/// <see cref="ResourceDeclarationSyntax"/> (in resource bodies) and, in broken code,
/// <see cref="ErrorExpressionSyntax"/>.
/// </summary>
public sealed class ObjectSyntax : ExpressionSyntax
{
    internal ObjectSyntax(Token openBrace, IReadOnlyList<SyntaxNode> members, Token? closeBrace)
        : base(SpanOf(openBrace, (object?)closeBrace ?? (members.Count > 0 ? members[members.Count - 1] : null)))
    {
        OpenBrace = openBrace;
        Members = AdoptAll(members);
        CloseBrace = closeBrace;
    }

    public Token OpenBrace { get; }

    public IReadOnlyList<SyntaxNode> Members { get; }

    /// <summary>Null when the source lacks the closing brace (a diagnostic is reported).</summary>
    public Token? CloseBrace { get; }

    public IEnumerable<ObjectPropertySyntax> Properties => Members.OfType<ObjectPropertySyntax>();

    public IEnumerable<ResourceDeclarationSyntax> NestedResources => Members.OfType<ResourceDeclarationSyntax>();

    public IEnumerable<SpreadSyntax> Spreads => Members.OfType<SpreadSyntax>();

    /// <summary>The last property whose literal key equals <paramref name="name"/> (case-insensitively by default, as ARM compares).</summary>
    public ObjectPropertySyntax? GetProperty(string name, StringComparison comparison = StringComparison.OrdinalIgnoreCase)
    {
        for (int i = Members.Count - 1; i >= 0; i--)
        {
            if (Members[i] is ObjectPropertySyntax property && property.Name is { } key && string.Equals(key, name, comparison))
            {
                return property;
            }
        }

        return null;
    }

    public ExpressionSyntax? GetPropertyValue(string name, StringComparison comparison = StringComparison.OrdinalIgnoreCase) =>
        GetProperty(name, comparison)?.Value;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitObject(this);
}
