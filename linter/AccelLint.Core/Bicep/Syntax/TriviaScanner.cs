using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>
/// Splits the text between tokens into trivia pieces. The lexer uses it to find where a token's
/// trivia ends (without allocating); <see cref="Token"/> uses it again, on demand, to materialise
/// the pieces, so both always agree.
/// </summary>
internal static class TriviaScanner
{
    public const string DisableNextLine = "disable-next-line";
    public const string DisableDiagnostics = "disable-diagnostics";
    public const string RestoreDiagnostics = "restore-diagnostics";

    private static readonly char[] LineBreaks = { '\n', '\r' };

    public static bool IsWhitespace(char c) => c == ' ' || c == '\t' || c == '\uFEFF';

    public static bool IsNewLine(char c) => c == '\n' || c == '\r';

    /// <summary>
    /// The end of the trivia piece starting at <paramref name="position"/>, or -1 when none starts there.
    /// Leading trivia may hold pragmas; trailing trivia stops after a single-line comment.
    /// </summary>
    public static int ScanPiece(string text, int position, bool leading, out SyntaxTriviaType type)
    {
        type = SyntaxTriviaType.Whitespace;
        if (position >= text.Length)
        {
            return -1;
        }

        char c = text[position];
        if (IsWhitespace(c))
        {
            int end = position + 1;
            while (end < text.Length && IsWhitespace(text[end]))
            {
                end++;
            }

            return end;
        }

        if (c == '/' && position + 1 < text.Length)
        {
            char next = text[position + 1];
            if (next == '/')
            {
                type = SyntaxTriviaType.SingleLineComment;
                int end = text.IndexOfAny(LineBreaks, position + 2);
                return end < 0 ? text.Length : end;
            }

            if (next == '*')
            {
                type = SyntaxTriviaType.MultiLineComment;
                int close = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                return close < 0 ? text.Length : close + 2;
            }
        }

        if (c == '#' && leading)
        {
            return ScanPragma(text, position, out type);
        }

        return -1;
    }

    /// <summary>The rule IDs of a pragma piece (the words after the directive, split on spaces, tabs and commas).</summary>
    public static List<string> PragmaRuleIds(string text, TextSpan span)
    {
        var ids = new List<string>();
        int i = span.Start + 1;
        while (i < span.End && !IsWhitespace(text[i]) && text[i] != ',' && text[i] != '/')
        {
            i++;
        }

        while (i < span.End)
        {
            while (i < span.End && (IsWhitespace(text[i]) || text[i] == ','))
            {
                i++;
            }

            int start = i;
            while (i < span.End && !IsWhitespace(text[i]) && text[i] != ',')
            {
                i++;
            }

            if (i > start)
            {
                ids.Add(text.Substring(start, i - start));
            }
        }

        return ids;
    }

    /// <summary>Materialises the trivia pieces in [start, end).</summary>
    public static SyntaxTrivia[] Split(string text, int start, int end, bool leading)
    {
        if (start >= end)
        {
            return Token.NoTrivia;
        }

        var pieces = new List<SyntaxTrivia>(2);
        int position = start;
        while (position < end)
        {
            int pieceEnd = ScanPiece(text, position, leading, out var type);
            if (pieceEnd < 0 || pieceEnd > end)
            {
                // Cannot happen for ranges the lexer produced; keep the rest as one piece rather than fail.
                pieceEnd = end;
            }

            var span = new TextSpan(position, pieceEnd - position);
            var ids = type is SyntaxTriviaType.DisableNextLinePragma or SyntaxTriviaType.DisableDiagnosticsPragma or SyntaxTriviaType.RestoreDiagnosticsPragma
                ? PragmaRuleIds(text, span)
                : null;
            pieces.Add(new SyntaxTrivia(type, span, text, ids));
            position = pieceEnd;
        }

        return pieces.ToArray();
    }

    /// <summary>
    /// <c>#disable-next-line</c>, <c>#disable-diagnostics</c>, <c>#restore-diagnostics</c>, recognised only
    /// when nothing but whitespace precedes the '#' on its line (as Bicep requires). The codes run to the
    /// end of the line or a comment; the piece ends after the last code.
    /// </summary>
    private static int ScanPragma(string text, int position, out SyntaxTriviaType type)
    {
        type = SyntaxTriviaType.Whitespace;
        if (!OnlyWhitespaceBeforeOnLine(text, position))
        {
            return -1;
        }

        string keyword;
        if (MatchesAfterHash(text, position, DisableNextLine))
        {
            type = SyntaxTriviaType.DisableNextLinePragma;
            keyword = DisableNextLine;
        }
        else if (MatchesAfterHash(text, position, DisableDiagnostics))
        {
            type = SyntaxTriviaType.DisableDiagnosticsPragma;
            keyword = DisableDiagnostics;
        }
        else if (MatchesAfterHash(text, position, RestoreDiagnostics))
        {
            type = SyntaxTriviaType.RestoreDiagnosticsPragma;
            keyword = RestoreDiagnostics;
        }
        else
        {
            return -1;
        }

        int i = position + keyword.Length + 1;
        int end = i;
        while (true)
        {
            while (i < text.Length && (IsWhitespace(text[i]) || text[i] == ','))
            {
                i++;
            }

            if (i >= text.Length || IsNewLine(text[i]) || IsCommentStart(text, i))
            {
                return end;
            }

            while (i < text.Length && !IsWhitespace(text[i]) && text[i] != ',' && !IsNewLine(text[i]) && !IsCommentStart(text, i))
            {
                i++;
            }

            end = i;
        }
    }

    private static bool IsCommentStart(string text, int i) =>
        text[i] == '/' && i + 1 < text.Length && (text[i + 1] == '/' || text[i + 1] == '*');

    private static bool MatchesAfterHash(string text, int position, string keyword)
    {
        int after = position + 1 + keyword.Length;
        if (after > text.Length || string.CompareOrdinal(text, position + 1, keyword, 0, keyword.Length) != 0)
        {
            return false;
        }

        if (after == text.Length)
        {
            return true;
        }

        char c = text[after];
        return IsWhitespace(c) || IsNewLine(c) || c == '/' || c == ',';
    }

    private static bool OnlyWhitespaceBeforeOnLine(string text, int index)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            char c = text[i];
            if (IsNewLine(c))
            {
                return true;
            }

            if (!IsWhitespace(c))
            {
                return false;
            }
        }

        return true;
    }
}
