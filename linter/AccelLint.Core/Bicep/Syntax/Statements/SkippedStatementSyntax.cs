namespace AccelLint.Bicep.Syntax;

/// <summary>Tokens skipped at statement level while recovering from an error (a diagnostic was reported).</summary>
public sealed class SkippedStatementSyntax : StatementSyntax
{
    internal SkippedStatementSyntax(IReadOnlyList<Token> skippedTokens)
        : base(null, null, SpanOf(skippedTokens[0], skippedTokens[skippedTokens.Count - 1]))
    {
        SkippedTokens = skippedTokens;
    }

    public IReadOnlyList<Token> SkippedTokens { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSkippedStatement(this);
}
