namespace AccelLint.Bicep.Syntax;

/// <summary>
/// A compile-time import: <c>import {a, b as c} from './x.bicep'</c> or <c>import * as ns from './x.bicep'</c>.
/// (The legacy provider form <c>import 'az@1.0.0'</c> is an <see cref="ExtensionDeclarationSyntax"/>.)
/// </summary>
public sealed class ImportDeclarationSyntax : StatementSyntax
{
    internal ImportDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, Token? openBrace, IReadOnlyList<ImportedSymbolSyntax> symbols, Token? closeBrace, Token? asterisk, IdentifierSyntax? wildcardAlias, Token? fromKeyword, ExpressionSyntax from)
        : base(decorators, keyword, SpanOf(keyword, from))
    {
        OpenBrace = openBrace;
        Symbols = AdoptAll(symbols);
        CloseBrace = closeBrace;
        Asterisk = asterisk;
        WildcardAlias = AdoptOptional(wildcardAlias);
        FromKeyword = fromKeyword;
        From = Adopt(from);
    }

    public Token? OpenBrace { get; }

    /// <summary>The symbols of the <c>{...}</c> form; empty for a wildcard import.</summary>
    public IReadOnlyList<ImportedSymbolSyntax> Symbols { get; }

    public Token? CloseBrace { get; }

    public Token? Asterisk { get; }

    public bool IsWildcard => Asterisk is not null;

    /// <summary>The <c>ns</c> of <c>import * as ns</c>.</summary>
    public IdentifierSyntax? WildcardAlias { get; }

    public Token? FromKeyword { get; }

    /// <summary>The source file or registry reference (a <see cref="StringSyntax"/> unless broken).</summary>
    public ExpressionSyntax From { get; }

    public string? FromPath => (From as StringSyntax)?.LiteralValue;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitImportDeclaration(this);
}
