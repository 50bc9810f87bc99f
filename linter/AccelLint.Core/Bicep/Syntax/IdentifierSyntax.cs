using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>A name. When the source lacks it, <see cref="IsMissing"/> is true, the name is empty and the span has zero width.</summary>
public sealed class IdentifierSyntax : SyntaxNode
{
    internal IdentifierSyntax(Token token)
        : base(token.Span)
    {
        Token = token;
    }

    private IdentifierSyntax(TextSpan span)
        : base(span)
    {
    }

    public Token? Token { get; }

    public string Name => Token?.Text ?? string.Empty;

    public bool IsMissing => Token is null;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitIdentifier(this);

    public override string ToString() => IsMissing ? "<missing>" : Name;

    internal static IdentifierSyntax Missing(int position) => new(new TextSpan(position, 0));
}
