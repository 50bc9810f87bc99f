using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>
/// Turns Bicep text into tokens with trivia, in one pass over the string. Never throws: a character
/// it does not understand becomes an <see cref="TokenType.Unrecognized"/> token plus a diagnostic,
/// and an unterminated string or comment ends at the line or file end with a diagnostic.
/// String interpolation is lexed modally: a stack remembers, for each open <c>${</c>, which kind of
/// string it belongs to, so that the matching <c>}</c> resumes that string.
/// </summary>
public sealed partial class Lexer
{
    private static readonly string[] FixedText = BuildFixedText();

    // Characters that end a run of plain string content (searched with the runtime's vectorised IndexOfAny).
    private static readonly char[] StringStops = { '\'', '\\', '$', '\n', '\r' };
    private static readonly char[] MultilineStops = { '\'', '$' };

    private readonly string text;
    private readonly List<Token> tokens;
    private readonly List<SyntaxDiagnostic> diagnostics = new();
    private readonly List<SyntaxTrivia> pragmas = new();

    // Identifier texts repeat a lot (name, location, properties, ...): share one string per spelling.
    private string?[] names;
    private int nameCount;

    // Interpolation state: each frame is an open hole (of a single- or multi-line string) or a '{'
    // opened inside a hole. Empty outside strings, so ordinary braces cost nothing.
    private readonly List<Frame> frames = new();
    private int singleLineHoles;
    private int position;

    private Lexer(string text)
    {
        this.text = text;

        // Usually one token per 5 to 6 characters, so one per 5 rarely regrows the list. The cap
        // keeps the array under the large object heap threshold (85 KB), whose allocations cost full collections.
        tokens = new List<Token>(16 + Math.Min(text.Length / 5, 10_000));
        int tableSize = 64;
        while (tableSize < text.Length / 32 && tableSize < 2048)
        {
            tableSize <<= 1;
        }

        names = new string?[tableSize];
    }

    private enum FrameKind
    {
        Brace,
        SingleLineHole,
        MultilineHole,
    }

    /// <summary>Lexes <paramref name="text"/>; the last token is always <see cref="TokenType.EndOfFile"/>.</summary>
    public static LexResult Lex(string text)
    {
        var lexer = new Lexer(text ?? string.Empty);
        lexer.Run();
        return new LexResult(lexer.tokens, lexer.diagnostics, lexer.pragmas);
    }

    /// <summary>Bicep's limit on the length of a name.</summary>
    private const int MaxIdentifierLength = 255;

    internal static bool IsIdentifierStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

    internal static bool IsIdentifierContinuation(char c) => IsIdentifierStart(c) || (c >= '0' && c <= '9');

    private static bool IsNewLine(char c) => c == '\n' || c == '\r';

    private static bool IsHexDigit(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static string[] BuildFixedText()
    {
        var texts = new string[64];
        void Set(TokenType type, string value) => texts[(int)type] = value;
        Set(TokenType.TrueKeyword, "true");
        Set(TokenType.FalseKeyword, "false");
        Set(TokenType.NullKeyword, "null");
        Set(TokenType.At, "@");
        Set(TokenType.Hash, "#");
        Set(TokenType.LeftBrace, "{");
        Set(TokenType.RightBrace, "}");
        Set(TokenType.LeftParen, "(");
        Set(TokenType.RightParen, ")");
        Set(TokenType.LeftSquare, "[");
        Set(TokenType.RightSquare, "]");
        Set(TokenType.Comma, ",");
        Set(TokenType.Dot, ".");
        Set(TokenType.DotQuestion, ".?");
        Set(TokenType.QuestionDot, "?.");
        Set(TokenType.Ellipsis, "...");
        Set(TokenType.Question, "?");
        Set(TokenType.DoubleQuestion, "??");
        Set(TokenType.Colon, ":");
        Set(TokenType.DoubleColon, "::");
        Set(TokenType.Semicolon, ";");
        Set(TokenType.Assignment, "=");
        Set(TokenType.Arrow, "=>");
        Set(TokenType.Pipe, "|");
        Set(TokenType.Hat, "^");
        Set(TokenType.Plus, "+");
        Set(TokenType.Minus, "-");
        Set(TokenType.Asterisk, "*");
        Set(TokenType.Slash, "/");
        Set(TokenType.Modulo, "%");
        Set(TokenType.Exclamation, "!");
        Set(TokenType.LessThan, "<");
        Set(TokenType.GreaterThan, ">");
        Set(TokenType.LessThanOrEqual, "<=");
        Set(TokenType.GreaterThanOrEqual, ">=");
        Set(TokenType.Equals, "==");
        Set(TokenType.NotEquals, "!=");
        Set(TokenType.EqualsInsensitive, "=~");
        Set(TokenType.NotEqualsInsensitive, "!~");
        Set(TokenType.LogicalAnd, "&&");
        Set(TokenType.LogicalOr, "||");
        return texts;
    }

    private char Peek(int offset = 0)
    {
        int index = position + offset;
        return index < text.Length ? text[index] : '\0';
    }

    private bool IsAtEnd(int offset = 0) => position + offset >= text.Length;

    private void Report(int start, int end, string message) =>
        diagnostics.Add(new SyntaxDiagnostic(new TextSpan(start, Math.Max(0, end - start)), message));

    private void Run()
    {
        while (true)
        {
            int fullStart = position;
            ScanTrivia(leading: true);
            int start = position;
            if (IsAtEnd())
            {
                tokens.Add(new Token(TokenType.EndOfFile, new TextSpan(start, 0), string.Empty, text, fullStart, start));
                return;
            }

            var type = ScanToken();
            int length = position - start;
            // Strings and numbers are cut from the source only when someone asks for their text.
            string? tokenText = FixedText[(int)type]
                ?? (type == TokenType.Identifier ? Name(start, length) : null)
                ?? NewLineText(type, start, length);
            if (type != TokenType.NewLine)
            {
                ScanTrivia(leading: false);
            }

            tokens.Add(new Token(type, new TextSpan(start, length), tokenText, text, fullStart, position));
        }
    }

    /// <summary>The shared string for an identifier spelling (open addressing on a hash of the characters).</summary>
    private string Name(int start, int length)
    {
        uint hash = 2166136261;
        for (int i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619;
        }

        int mask = names.Length - 1;
        int index = (int)hash & mask;
        while (true)
        {
            var candidate = names[index];
            if (candidate is null)
            {
                candidate = text.Substring(start, length);
                names[index] = candidate;
                if (++nameCount * 2 > names.Length)
                {
                    Grow();
                }

                return candidate;
            }

            if (candidate.Length == length && string.CompareOrdinal(candidate, 0, text, start, length) == 0)
            {
                return candidate;
            }

            index = (index + 1) & mask;
        }
    }

    private void Grow()
    {
        var old = names;
        names = new string?[old.Length * 2];
        int mask = names.Length - 1;
        foreach (var name in old)
        {
            if (name is null)
            {
                continue;
            }

            uint hash = 2166136261;
            foreach (char c in name)
            {
                hash = (hash ^ c) * 16777619;
            }

            int index = (int)hash & mask;
            while (names[index] is not null)
            {
                index = (index + 1) & mask;
            }

            names[index] = name;
        }
    }

    private string? NewLineText(TokenType type, int start, int length)
    {
        if (type != TokenType.NewLine || length > 2)
        {
            return null;
        }

        if (length == 1)
        {
            return text[start] == '\n' ? "\n" : "\r";
        }

        return text[start] == '\r' && text[start + 1] == '\n' ? "\r\n" : null;
    }

    // ---- trivia ----

    /// <summary>Advances over trivia, reporting unterminated comments and empty pragmas and recording pragmas.</summary>
    private void ScanTrivia(bool leading)
    {
        while (true)
        {
            if (position >= text.Length)
            {
                return;
            }

            // Fast exit for the usual case: the next character starts a token.
            char c = text[position];
            if (c != ' ' && c != '\t' && c != '/' && c != '#' && c != '\uFEFF')
            {
                return;
            }

            int end = TriviaScanner.ScanPiece(text, position, leading, out var type);
            if (end < 0)
            {
                return;
            }

            switch (type)
            {
                case SyntaxTriviaType.SingleLineComment:
                    position = end;
                    if (!leading)
                    {
                        return;
                    }

                    continue;
                case SyntaxTriviaType.MultiLineComment:
                    if (end == text.Length && !(end - position >= 4 && text[end - 1] == '/' && text[end - 2] == '*'))
                    {
                        Report(position, end, "The multi-line comment is not terminated: expected '*/'.");
                    }

                    break;
                case SyntaxTriviaType.DisableNextLinePragma:
                case SyntaxTriviaType.DisableDiagnosticsPragma:
                case SyntaxTriviaType.RestoreDiagnosticsPragma:
                    var span = new TextSpan(position, end - position);
                    var ids = TriviaScanner.PragmaRuleIds(text, span);
                    if (ids.Count == 0 && type == SyntaxTriviaType.DisableNextLinePragma)
                    {
                        Report(position, end, "#disable-next-line needs at least one diagnostic code.");
                    }

                    pragmas.Add(new SyntaxTrivia(type, span, text, ids));
                    break;
            }

            position = end;
        }
    }

    // ---- tokens ----

    private TokenType ScanToken()
    {
        char c = text[position];
        switch (c)
        {
            case '\n':
            case '\r':
                return ScanNewLine();
            case '{':
                position++;
                if (frames.Count > 0)
                {
                    frames.Add(new Frame(FrameKind.Brace, 0));
                }

                return TokenType.LeftBrace;
            case '}':
                return ScanRightBrace();
            case '(':
                position++;
                return TokenType.LeftParen;
            case ')':
                position++;
                return TokenType.RightParen;
            case '[':
                position++;
                return TokenType.LeftSquare;
            case ']':
                position++;
                return TokenType.RightSquare;
            case ',':
                position++;
                return TokenType.Comma;
            case ';':
                position++;
                return TokenType.Semicolon;
            case '@':
                position++;
                return TokenType.At;
            case '#':
                position++;
                return TokenType.Hash;
            case '+':
                position++;
                return TokenType.Plus;
            case '-':
                position++;
                return TokenType.Minus;
            case '*':
                position++;
                return TokenType.Asterisk;
            case '/':
                position++;
                return TokenType.Slash;
            case '%':
                position++;
                return TokenType.Modulo;
            case '^':
                position++;
                return TokenType.Hat;
            case '.':
                if (Peek(1) == '.' && Peek(2) == '.')
                {
                    position += 3;
                    return TokenType.Ellipsis;
                }

                return Two('?', TokenType.DotQuestion, TokenType.Dot);
            case ':':
                return Two(':', TokenType.DoubleColon, TokenType.Colon);
            case '?':
                if (Peek(1) == '?')
                {
                    position += 2;
                    return TokenType.DoubleQuestion;
                }

                return Two('.', TokenType.QuestionDot, TokenType.Question);
            case '!':
                if (Peek(1) == '~')
                {
                    position += 2;
                    return TokenType.NotEqualsInsensitive;
                }

                return Two('=', TokenType.NotEquals, TokenType.Exclamation);
            case '=':
                switch (Peek(1))
                {
                    case '=':
                        position += 2;
                        return TokenType.Equals;
                    case '~':
                        position += 2;
                        return TokenType.EqualsInsensitive;
                    case '>':
                        position += 2;
                        return TokenType.Arrow;
                    default:
                        position++;
                        return TokenType.Assignment;
                }

            case '<':
                return Two('=', TokenType.LessThanOrEqual, TokenType.LessThan);
            case '>':
                return Two('=', TokenType.GreaterThanOrEqual, TokenType.GreaterThan);
            case '&':
                if (Peek(1) == '&')
                {
                    position += 2;
                    return TokenType.LogicalAnd;
                }

                return Unrecognized("The '&' character is not an operator; did you mean '&&'?");
            case '|':
                return Two('|', TokenType.LogicalOr, TokenType.Pipe);
            case '\'':
                if (Peek(1) == '\'' && Peek(2) == '\'')
                {
                    position += 3;
                    return ScanMultilineString(0, isContinuation: false);
                }

                position++;
                return ScanString(isContinuation: false);
            case '$':
                return ScanDollar();
            case '"':
                return Unrecognized("Bicep strings are delimited by single quotes ('), not double quotes.");
        }

        if (c >= '0' && c <= '9')
        {
            while (!IsAtEnd() && text[position] >= '0' && text[position] <= '9')
            {
                position++;
            }

            return TokenType.Integer;
        }

        if (IsIdentifierStart(c))
        {
            int start = position;
            while (!IsAtEnd() && IsIdentifierContinuation(text[position]))
            {
                position++;
            }

            if (position - start > MaxIdentifierLength)
            {
                Report(start, position, $"The identifier is longer than {MaxIdentifierLength} characters.");
            }

            return KeywordOrIdentifier(start, position - start);
        }

        if (char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)))
        {
            position++;
        }

        return Unrecognized(null);
    }

    private TokenType Two(char second, TokenType twoCharType, TokenType oneCharType)
    {
        if (Peek(1) == second)
        {
            position += 2;
            return twoCharType;
        }

        position++;
        return oneCharType;
    }

    private TokenType Unrecognized(string? message)
    {
        int start = position;
        position++;
        if (char.IsHighSurrogate(text[start]) && !IsAtEnd() && char.IsLowSurrogate(text[position]))
        {
            position++;
        }

        Report(start, position, message ?? $"Unrecognized character '{text.Substring(start, position - start)}'.");
        return TokenType.Unrecognized;
    }

    private TokenType KeywordOrIdentifier(int start, int length)
    {
        switch (length)
        {
            case 4 when string.CompareOrdinal(text, start, "true", 0, 4) == 0:
                return TokenType.TrueKeyword;
            case 4 when string.CompareOrdinal(text, start, "null", 0, 4) == 0:
                return TokenType.NullKeyword;
            case 5 when string.CompareOrdinal(text, start, "false", 0, 5) == 0:
                return TokenType.FalseKeyword;
            default:
                return TokenType.Identifier;
        }
    }

    private TokenType ScanNewLine()
    {
        while (!IsAtEnd() && IsNewLine(text[position]))
        {
            position++;
        }

        if (singleLineHoles > 0)
        {
            // A hole of a single-line string cannot span lines: drop the interpolation state so the rest
            // of the file lexes normally instead of resuming a string at some later '}'.
            Report(position - 1, position - 1, "The string interpolation is not closed before the end of the line: expected '}'.");
            frames.Clear();
            singleLineHoles = 0;
        }

        return TokenType.NewLine;
    }

    // A class, not a struct: a list of reference types runs the framework's precompiled code (cold start).
    private sealed record Frame(FrameKind Kind, int Dollars);
}
