namespace AccelLint.Bicep.Syntax;

/// <summary><c>name</c>, <c>name as alias</c> or <c>'quoted-name' as alias</c> inside <c>import {...}</c>.</summary>
public sealed class ImportedSymbolSyntax : SyntaxNode
{
    internal ImportedSymbolSyntax(SyntaxNode originalName, Token? asKeyword, IdentifierSyntax? alias)
        : base(SpanOf(originalName, alias is null || alias.IsMissing ? asKeyword : (object)alias))
    {
        OriginalName = Adopt(originalName);
        AsKeyword = asKeyword;
        Alias = AdoptOptional(alias);
    }

    /// <summary><see cref="IdentifierSyntax"/> or <see cref="StringSyntax"/>.</summary>
    public SyntaxNode OriginalName { get; }

    /// <summary>The exported name in the source file.</summary>
    public string? Name => OriginalName switch
    {
        IdentifierSyntax identifier => identifier.Name,
        StringSyntax text => text.LiteralValue,
        _ => null,
    };

    public Token? AsKeyword { get; }

    public IdentifierSyntax? Alias { get; }

    /// <summary>The name this file uses: the alias when given, else the original name.</summary>
    public string? LocalName => Alias is { IsMissing: false } alias ? alias.Name : Name;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitImportedSymbol(this);
}
