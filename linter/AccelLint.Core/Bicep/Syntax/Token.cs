using System.Text;
using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>
/// One token: its kind, exact span and text, plus the trivia before it (whitespace, comments and
/// pragmas on its line) and after it (whitespace and comments up to the line break). Concatenating
/// every token's leading trivia, text and trailing trivia reproduces the source exactly.
/// Lexing only records where the trivia is; the pieces are scanned again on each access to
/// <see cref="LeadingTrivia"/> / <see cref="TrailingTrivia"/> (cheap, and rare outside tooling).
/// </summary>
public sealed class Token
{
    internal static readonly SyntaxTrivia[] NoTrivia = Array.Empty<SyntaxTrivia>();

    private readonly string source;
    private readonly int fullStart;
    private readonly int fullEnd;
    private string? text;

    internal Token(TokenType type, TextSpan span, string? text, string source, int fullStart, int fullEnd)
    {
        Type = type;
        Span = span;
        this.text = text;
        this.source = source;
        this.fullStart = fullStart;
        this.fullEnd = fullEnd;
    }

    public TokenType Type { get; }

    public TextSpan Span { get; }

    /// <summary>The token's characters (cut from the source on first use for strings and numbers).</summary>
    public string Text => text ??= source.Substring(Span.Start, Span.Length);

    /// <summary>The text the token was cut from (for decoders that work on spans).</summary>
    internal string Source => source;

    /// <summary>Whitespace, comments and pragmas between the previous token (or line break) and this one.</summary>
    public IReadOnlyList<SyntaxTrivia> LeadingTrivia => TriviaScanner.Split(source, fullStart, Span.Start, leading: true);

    /// <summary>Whitespace and comments after this token on its line.</summary>
    public IReadOnlyList<SyntaxTrivia> TrailingTrivia => TriviaScanner.Split(source, Span.End, fullEnd, leading: false);

    /// <summary>The span including leading and trailing trivia.</summary>
    public TextSpan FullSpan => new(fullStart, fullEnd - fullStart);

    public bool HasLeadingTrivia => fullStart < Span.Start;

    public bool HasTrailingTrivia => fullEnd > Span.End;

    /// <summary>True for an identifier token spelled exactly <paramref name="keyword"/> (Bicep keywords are case-sensitive).</summary>
    public bool IsKeyword(string keyword) => Type == TokenType.Identifier && string.Equals(text, keyword, StringComparison.Ordinal);

    /// <summary>The token with its trivia, as written in the source.</summary>
    public string ToFullString() => source.Substring(fullStart, fullEnd - fullStart);

    /// <summary>Appends the leading trivia, the text and the trailing trivia piece by piece.</summary>
    public void AppendFullString(StringBuilder builder)
    {
        foreach (var piece in LeadingTrivia)
        {
            builder.Append(piece.Text);
        }

        builder.Append(Text);
        foreach (var piece in TrailingTrivia)
        {
            builder.Append(piece.Text);
        }
    }

    public override string ToString() => $"{Type} '{Text}' {Span}";
}
