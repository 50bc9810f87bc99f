namespace AccelLint.Bicep.Syntax;

/// <summary>The tokens of a text (ending with <see cref="TokenType.EndOfFile"/>) and the lexer's diagnostics.</summary>
public sealed class LexResult
{
    internal LexResult(List<Token> tokens, List<SyntaxDiagnostic> diagnostics, List<SyntaxTrivia> pragmas)
    {
        TokenArray = tokens;
        Diagnostics = diagnostics;
        Pragmas = pragmas;
    }

    public IReadOnlyList<Token> Tokens => TokenArray;

    /// <summary>The pragma trivia met while lexing, in order.</summary>
    public IReadOnlyList<SyntaxTrivia> Pragmas { get; }

    internal List<Token> TokenArray { get; }

    public IReadOnlyList<SyntaxDiagnostic> Diagnostics { get; }
}
