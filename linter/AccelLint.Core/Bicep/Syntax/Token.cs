using System.Text;
using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>
/// One token: its kind, exact span and text, plus the trivia before it (whitespace, comments and
/// pragmas on its line) and after it (whitespace and comments up to the line break). Concatenating
/// every token's leading trivia, text and trailing trivia reproduces the source exactly.
/// The trivia pieces are materialised on first access (lexing only records where they are).
/// </summary>
public sealed class Token
{
    internal static readonly SyntaxTrivia[] NoTrivia = Array.Empty<SyntaxTrivia>();

    private readonly string source;
    private readonly int fullStart;
    private readonly int fullEnd;
    private TriviaCache? trivia;

    internal Token(TokenType type, TextSpan span, string text, string source, int fullStart, int fullEnd)
    {
        Type = type;
        Span = span;
        Text = text;
        this.source = source;
        this.fullStart = fullStart;
        this.fullEnd = fullEnd;
    }

    public TokenType Type { get; }

    public TextSpan Span { get; }

    public string Text { get; }

    /// <summary>Whitespace, comments and pragmas between the previous token (or line break) and this one.</summary>
    public IReadOnlyList<SyntaxTrivia> LeadingTrivia => (trivia ??= new TriviaCache()).Leading ??= TriviaScanner.Split(source, fullStart, Span.Start, leading: true);

    /// <summary>Whitespace and comments after this token on its line.</summary>
    public IReadOnlyList<SyntaxTrivia> TrailingTrivia => (trivia ??= new TriviaCache()).Trailing ??= TriviaScanner.Split(source, Span.End, fullEnd, leading: false);

    /// <summary>The span including leading and trailing trivia.</summary>
    public TextSpan FullSpan => new(fullStart, fullEnd - fullStart);

    public bool HasLeadingTrivia => fullStart < Span.Start;

    public bool HasTrailingTrivia => fullEnd > Span.End;

    /// <summary>True for an identifier token spelled exactly <paramref name="keyword"/> (Bicep keywords are case-sensitive).</summary>
    public bool IsKeyword(string keyword) => Type == TokenType.Identifier && string.Equals(Text, keyword, StringComparison.Ordinal);

    /// <summary>The token with its trivia, as written in the source.</summary>
    public string ToFullString() => source.Substring(fullStart, fullEnd - fullStart);

    public void AppendFullString(StringBuilder builder)
    {
        foreach (var trivia in LeadingTrivia)
        {
            builder.Append(trivia.Text);
        }

        builder.Append(Text);
        foreach (var trivia in TrailingTrivia)
        {
            builder.Append(trivia.Text);
        }
    }

    public override string ToString() => $"{Type} '{Text}' {Span}";

    private sealed class TriviaCache
    {
        public SyntaxTrivia[]? Leading { get; set; }

        public SyntaxTrivia[]? Trailing { get; set; }
    }
}
