namespace AccelLint.Bicep.Syntax;

/// <summary>Strings: single-line with escapes and holes, multi-line with optional <c>$</c>-holes.</summary>
public sealed partial class Lexer
{
    private TokenType ScanRightBrace()
    {
        if (frames.Count == 0)
        {
            position++;
            return TokenType.RightBrace;
        }

        var top = frames[frames.Count - 1];
        frames.RemoveAt(frames.Count - 1);
        position++;
        switch (top.Kind)
        {
            case FrameKind.SingleLineHole:
                singleLineHoles--;
                return ScanString(isContinuation: true);
            case FrameKind.MultilineHole:
                return ScanMultilineString(top.Dollars, isContinuation: true);
            default:
                return TokenType.RightBrace;
        }
    }

    private TokenType ScanDollar()
    {
        int dollars = 0;
        while (Peek(dollars) == '$')
        {
            dollars++;
        }

        if (Peek(dollars) == '\'' && Peek(dollars + 1) == '\'' && Peek(dollars + 2) == '\'')
        {
            position += dollars + 3;
            return ScanMultilineString(dollars, isContinuation: false);
        }

        int start = position;
        position += dollars;
        Report(start, position, "A '$' outside a string must introduce an interpolated multi-line string ($'''...''').");
        return TokenType.Unrecognized;
    }

    /// <summary>Scans a single-line string body, after the opening quote or the '}' that closes a hole.</summary>
    private TokenType ScanString(bool isContinuation)
    {
        int start = position - 1;
        while (true)
        {
            int stop = text.IndexOfAny(StringStops, position);
            position = stop < 0 ? text.Length : stop;
            if (IsAtEnd() || IsNewLine(text[position]))
            {
                Report(start, position, IsAtEnd()
                    ? "The string is not terminated: expected a closing quote (')."
                    : "The string is not terminated before the end of the line: expected a closing quote (').");
                return isContinuation ? TokenType.StringRightPiece : TokenType.StringComplete;
            }

            char c = text[position];
            if (c == '\'')
            {
                position++;
                return isContinuation ? TokenType.StringRightPiece : TokenType.StringComplete;
            }

            if (c == '\\')
            {
                ScanEscape();
                continue;
            }

            if (c == '$' && Peek(1) == '{')
            {
                position += 2;
                frames.Add(new Frame(FrameKind.SingleLineHole, 1));
                singleLineHoles++;
                return isContinuation ? TokenType.StringMiddlePiece : TokenType.StringLeftPiece;
            }

            position++;
        }
    }

    private void ScanEscape()
    {
        int start = position;
        position++;
        if (IsAtEnd() || IsNewLine(text[position]))
        {
            Report(start, position, "The escape sequence is incomplete.");
            return;
        }

        char c = text[position];
        switch (c)
        {
            case 'n':
            case 'r':
            case 't':
            case '\\':
            case '\'':
            case '$':
                position++;
                return;
            case 'u':
                position++;
                if (Peek() != '{')
                {
                    Report(start, position, "A unicode escape must look like \\u{1F600}.");
                    return;
                }

                position++;
                int digitsStart = position;
                while (!IsAtEnd() && IsHexDigit(text[position]))
                {
                    position++;
                }

                int digits = position - digitsStart;
                bool closed = Peek() == '}';
                if (closed)
                {
                    position++;
                }

                if (!closed || digits == 0 || digits > 6 || Convert.ToInt32(text.Substring(digitsStart, digits), 16) > 0x10FFFF)
                {
                    Report(start, position, "A unicode escape must be \\u{...} with 1 to 6 hexadecimal digits, at most 10FFFF.");
                }

                return;
            default:
                position++;
                Report(start, position, $"The escape sequence '\\{c}' is not recognized; valid escapes are \\', \\\\, \\n, \\r, \\t, \\$ and \\u{{...}}.");
                return;
        }
    }

    /// <summary>
    /// Scans a multi-line string body after <c>'''</c> (or the '}' of a hole). With <paramref name="dollars"/>
    /// N &gt; 0 (the string was opened with N '$'), N '$' followed by '{' open a hole; fewer are literal.
    /// A run of three or more quotes ends the string; quotes before the last three belong to the content.
    /// </summary>
    private TokenType ScanMultilineString(int dollars, bool isContinuation)
    {
        int start = position - 1;
        while (true)
        {
            int stop = dollars > 0 ? text.IndexOfAny(MultilineStops, position) : text.IndexOf('\'', position);
            position = stop < 0 ? text.Length : stop;
            if (IsAtEnd())
            {
                Report(start, position, "The multi-line string is not terminated: expected '''.");
                return isContinuation ? TokenType.MultilineStringRightPiece : TokenType.MultilineString;
            }

            char c = text[position];
            if (c == '\'' && Peek(1) == '\'' && Peek(2) == '\'')
            {
                position += 3;
                while (!IsAtEnd() && text[position] == '\'')
                {
                    position++;
                }

                return isContinuation ? TokenType.MultilineStringRightPiece : TokenType.MultilineString;
            }

            if (c == '$' && dollars > 0)
            {
                int run = 0;
                while (Peek(run) == '$')
                {
                    run++;
                }

                if (run >= dollars && Peek(run) == '{')
                {
                    position += run + 1;
                    frames.Add(new Frame(FrameKind.MultilineHole, dollars));
                    return isContinuation ? TokenType.MultilineStringMiddlePiece : TokenType.MultilineStringLeftPiece;
                }

                position += run;
                continue;
            }

            position++;
        }
    }
}
