using System.Globalization;
using System.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>
/// Turns string tokens into their values: escapes decoded, delimiters and hole markers removed.
/// Tolerates the unterminated tokens the lexer produces while recovering.
/// </summary>
public static class StringDecoder
{
    private static readonly char[] Specials = { '\\', '\'', '$' };

    /// <summary>The value of one single-line string piece (<c>'a\n'</c>, <c>'a${</c>, <c>}a${</c>, <c>}a'</c>).</summary>
    public static string DecodeSingleLine(string tokenText) => DecodeSingleLine(tokenText, 0, tokenText.Length);

    /// <summary>As <see cref="DecodeSingleLine(string)"/>, for the piece at [offset, offset + length) of <paramref name="text"/>.</summary>
    public static string DecodeSingleLine(string text, int offset, int length)
    {
        string tokenText = text;
        int start = offset + 1;
        int end = offset + length;
        int i = start;
        while (true)
        {
            int stop = end > i ? tokenText.IndexOfAny(Specials, i, end - i) : -1;
            if (stop < 0)
            {
                i = end;
                break;
            }

            i = stop;
            if (tokenText[i] != '$' || (i + 1 < end && tokenText[i + 1] == '{'))
            {
                break;
            }

            i++;
        }

        if (i >= end || tokenText[i] != '\\')
        {
            // No escapes: the value is a plain slice.
            return tokenText.Substring(start, i - start);
        }

        var builder = new StringBuilder(end - start);
        builder.Append(tokenText, start, i - start);
        while (i < end)
        {
            char c = tokenText[i];
            if (c == '\'' || (c == '$' && i + 1 < end && tokenText[i + 1] == '{'))
            {
                break;
            }

            if (c != '\\' || i + 1 >= end)
            {
                builder.Append(c);
                i++;
                continue;
            }

            char escape = tokenText[i + 1];
            i += 2;
            switch (escape)
            {
                case 'n':
                    builder.Append('\n');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'u':
                    i = AppendUnicodeEscape(tokenText, i, builder);
                    break;
                default:
                    // \\, \', \$ and (after a lexer diagnostic) anything else stand for the character itself.
                    builder.Append(escape);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The value of one multi-line string piece. <paramref name="dollars"/> is the number of '$' that opened
    /// the string (0 when it cannot be interpolated); the first piece drops one leading line break.
    /// </summary>
    public static string DecodeMultiline(string tokenText, int dollars, bool isFirstPiece) => DecodeMultiline(tokenText, 0, tokenText.Length, dollars, isFirstPiece);

    /// <summary>As <see cref="DecodeMultiline(string, int, bool)"/>, for the piece at [offset, offset + length) of <paramref name="tokenText"/>.</summary>
    public static string DecodeMultiline(string tokenText, int offset, int length, int dollars, bool isFirstPiece)
    {
        int start;
        int end = offset + length;
        if (isFirstPiece)
        {
            start = offset + dollars + 3;
            if (start < tokenText.Length && tokenText[start] == '\r')
            {
                start++;
            }

            if (start < tokenText.Length && tokenText[start] == '\n')
            {
                start++;
            }
        }
        else
        {
            start = offset + 1;
        }

        if (dollars > 0 && end - start >= dollars + 1 && tokenText[end - 1] == '{' && EndsWithHoleOpen(tokenText, end, dollars))
        {
            end -= dollars + 1;
        }
        else if (end - start >= 3 && tokenText[end - 1] == '\'' && tokenText[end - 2] == '\'' && tokenText[end - 3] == '\'')
        {
            end -= 3;
        }

        return end > start ? tokenText.Substring(start, end - start) : string.Empty;
    }

    /// <summary>The number of '$' before the <c>'''</c> that opens a multi-line string.</summary>
    public static int CountLeadingDollars(string tokenText) => CountLeadingDollars(tokenText, 0, tokenText.Length);

    public static int CountLeadingDollars(string text, int offset, int length)
    {
        int count = 0;
        while (count < length && text[offset + count] == '$')
        {
            count++;
        }

        return count;
    }

    private static bool EndsWithHoleOpen(string tokenText, int pieceEnd, int dollars)
    {
        int end = pieceEnd - 1;
        for (int k = 1; k <= dollars; k++)
        {
            if (end - k < 0 || tokenText[end - k] != '$')
            {
                return false;
            }
        }

        return true;
    }

    private static int AppendUnicodeEscape(string text, int i, StringBuilder builder)
    {
        // i points after "\u"; expect {hex}
        if (i >= text.Length || text[i] != '{')
        {
            builder.Append('u');
            return i;
        }

        int digitsStart = i + 1;
        int j = digitsStart;
        while (j < text.Length && Uri.IsHexDigit(text[j]))
        {
            j++;
        }

        if (j == digitsStart || j - digitsStart > 6 || j >= text.Length || text[j] != '}'
            || !int.TryParse(text.Substring(digitsStart, j - digitsStart), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int codePoint)
            || codePoint > 0x10FFFF)
        {
            builder.Append('u');
            return i;
        }

        if (codePoint < 0x10000)
        {
            builder.Append((char)codePoint);
        }
        else
        {
            codePoint -= 0x10000;
            builder.Append((char)(0xD800 + (codePoint >> 10)));
            builder.Append((char)(0xDC00 + (codePoint & 0x3FF)));
        }

        return j + 1;
    }
}
