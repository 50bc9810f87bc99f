namespace AccelLint.Bicep.Syntax;

/// <summary>
/// <c>resource 'Microsoft.X/y@2023-01-01'</c> as the type of a parameter or output. The generic form
/// <c>resource&lt;'...'&gt;</c> is a <see cref="ParameterizedTypeSyntax"/>.
/// </summary>
public sealed class ResourceTypeSyntax : TypeSyntax
{
    internal ResourceTypeSyntax(Token keyword, ExpressionSyntax typeString)
        : base(SpanOf(keyword, typeString))
    {
        Keyword = keyword;
        TypeString = Adopt(typeString);
        (ResourceType, ApiVersion) = ResourceTypeReference.Split((typeString as StringSyntax)?.LiteralValue);
    }

    public Token Keyword { get; }

    public ExpressionSyntax TypeString { get; }

    /// <summary>The part before '@', or null when the string is not a literal.</summary>
    public string? ResourceType { get; }

    /// <summary>The part after '@', or null.</summary>
    public string? ApiVersion { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitResourceType(this);
}
