namespace AccelLint.Bicep.Syntax;

/// <summary>The tokens of a text (ending with <see cref="TokenType.EndOfFile"/>) and the lexer's diagnostics.</summary>
public sealed class LexResult
{
    internal LexResult(List<Token> tokens, List<SyntaxDiagnostic> diagnostics, List<PragmaDirective> pragmas)
    {
        TokenArray = tokens;
        Diagnostics = diagnostics;
        Pragmas = pragmas;
    }

    public IReadOnlyList<Token> Tokens => TokenArray;

    /// <summary>The pragmas met while lexing (line numbers are 0 unless a <c>SourceFile</c> was given).</summary>
    public IReadOnlyList<PragmaDirective> Pragmas { get; }

    internal List<Token> TokenArray { get; }

    public IReadOnlyList<SyntaxDiagnostic> Diagnostics { get; }
}
