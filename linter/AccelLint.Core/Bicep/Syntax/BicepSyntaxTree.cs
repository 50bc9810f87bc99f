using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>
/// The result of parsing one Bicep or .bicepparam file: the root node, every token in order (with
/// trivia, so the source can be reproduced exactly), and the lexer and parser diagnostics sorted by
/// position. Never null parts; a file with errors still has a full tree.
/// </summary>
public sealed class BicepSyntaxTree
{
    private readonly IReadOnlyList<SyntaxTrivia> pragmaTrivia;
    private IReadOnlyList<PragmaDirective>? pragmas;

    internal BicepSyntaxTree(SourceFile file, ProgramSyntax root, IReadOnlyList<Token> tokens, IReadOnlyList<SyntaxDiagnostic> diagnostics, IReadOnlyList<SyntaxTrivia> pragmaTrivia, bool isParamsFile)
    {
        this.pragmaTrivia = pragmaTrivia;
        File = file;
        Root = root;
        Tokens = tokens;
        Diagnostics = diagnostics;
        IsParamsFile = isParamsFile;
    }

    public SourceFile File { get; }

    public ProgramSyntax Root { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<SyntaxDiagnostic> Diagnostics { get; }

    public bool IsParamsFile { get; }

    public bool HasErrors => Diagnostics.Count > 0;

    /// <summary>The pragmas in the file, in order, with their 1-based lines.</summary>
    public IReadOnlyList<PragmaDirective> Pragmas => pragmas ??= pragmaTrivia
        .Select(p => new PragmaDirective(p.Type, p.RuleIds, p.Span, File.GetLinePosition(p.Span.Start).Line))
        .ToList();

    /// <summary>1-based line and column of a span (for reporting).</summary>
    public SourceLocation GetLocation(TextSpan span) => File.GetLocation(span);
}
