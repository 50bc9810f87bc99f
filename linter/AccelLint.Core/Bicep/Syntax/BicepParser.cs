using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>
/// Entry point of the Bicep front end's syntax layer: lexes and parses a <c>.bicep</c> or
/// <c>.bicepparam</c> file into a <see cref="BicepSyntaxTree"/>. Never throws for any input; syntax
/// errors are in <see cref="BicepSyntaxTree.Diagnostics"/>.
/// </summary>
public static class BicepParser
{
    /// <summary>Expressions and types nested deeper than this are reported and skipped, not parsed.</summary>
    public const int MaxNestingDepth = 500;

    /// <summary>Parses a file; <c>.bicepparam</c> files (by extension) are parsed as parameters files.</summary>
    public static BicepSyntaxTree Parse(SourceFile file) => Parse(file, IsParamsFile(file.Path));

    public static BicepSyntaxTree Parse(SourceFile file, bool isParamsFile)
    {
        string text = file.Text;
        List<Token> tokens;
        IReadOnlyList<SyntaxTrivia> pragmas = Array.Empty<SyntaxTrivia>();
        ProgramSyntax root;
        IReadOnlyList<SyntaxDiagnostic> diagnostics;
        try
        {
            var lexed = Lexer.Lex(text);
            tokens = lexed.TokenArray;
            pragmas = lexed.Pragmas;
            var parser = new Parser(file, tokens, lexed.Diagnostics, isParamsFile);
            root = parser.ParseProgram();
            diagnostics = Sorted(parser.Diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The lexer and parser are written not to throw; this keeps the promise even if they have a bug:
            // the whole text becomes one unrecognized token, so the tree still reproduces the file.
            tokens = new List<Token>();
            if (text.Length > 0)
            {
                tokens.Add(new Token(TokenType.Unrecognized, new TextSpan(0, text.Length), text, text, 0, text.Length));
            }

            tokens.Add(new Token(TokenType.EndOfFile, new TextSpan(text.Length, 0), string.Empty, text, text.Length, text.Length));
            root = new ProgramSyntax(Array.Empty<StatementSyntax>(), tokens[tokens.Count - 1], isParamsFile);
            diagnostics = new[] { new SyntaxDiagnostic(new TextSpan(0, 0), $"Internal parser error ({e.GetType().Name}): {e.Message}") };
        }

        return new BicepSyntaxTree(file, root, tokens, diagnostics, pragmas, isParamsFile);
    }

    /// <summary>Parses text directly (tests, tools); the path is only used in locations.</summary>
    public static BicepSyntaxTree Parse(string text, bool isParamsFile = false, string? path = null) =>
        Parse(new SourceFile(path ?? (isParamsFile ? "main.bicepparam" : "main.bicep"), text), isParamsFile);

    public static bool IsParamsFile(string path) => path.EndsWith(".bicepparam", StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<SyntaxDiagnostic> Sorted(IReadOnlyList<SyntaxDiagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            return Array.Empty<SyntaxDiagnostic>();
        }

        var list = new List<SyntaxDiagnostic>(diagnostics);

        // Stable by position (List.Sort is not stable, so break ties on the original order).
        var indexed = new List<(SyntaxDiagnostic Diagnostic, int Index)>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            indexed.Add((list[i], i));
        }

        indexed.Sort((a, b) => a.Diagnostic.Span.Start != b.Diagnostic.Span.Start ? a.Diagnostic.Span.Start.CompareTo(b.Diagnostic.Span.Start) : a.Index.CompareTo(b.Index));
        var result = new SyntaxDiagnostic[indexed.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = indexed[i].Diagnostic;
        }

        return result;
    }
}
