using System.Globalization;
using System.Text;

namespace AccelLint.Arm.Expressions;

/// <summary>
/// Parses the ARM expression language: function calls (with dotted user-function names), single-quoted
/// strings with <c>''</c> escapes, integers, member and index access. Returns null (never throws) on
/// a syntax error or nesting beyond <see cref="MaxDepth"/>.
/// </summary>
public sealed class ArmExpressionParser
{
    public const int MaxDepth = 128;

    private readonly string text;
    private int position;
    private int depth;
    private bool tooDeep;

    private ArmExpressionParser(string text) => this.text = text;

    /// <summary>True when a JSON string is an expression: starts with '[' (not '[['), ends with ']'.</summary>
    public static bool IsExpression(string value) =>
        value.Length >= 2 && value[0] == '[' && value[value.Length - 1] == ']' && value[1] != '[';

    /// <summary>The literal a JSON string stands for: <c>[[x]</c> is the text <c>[x]</c>.</summary>
    public static string Unescape(string value) =>
        value.Length >= 2 && value[0] == '[' && value[1] == '[' ? value.Substring(1) : value;

    /// <summary>Parses the inside of <c>[...]</c> from a JSON string that <see cref="IsExpression"/> accepts.</summary>
    public static ArmExpression? Parse(string value) => Parse(value, out _);

    /// <summary>Parses; on failure <paramref name="error"/> says why (a syntax error, or nesting too deep).</summary>
    public static ArmExpression? Parse(string value, out string? error)
    {
        var parser = new ArmExpressionParser(value.Substring(1, value.Length - 2));
        var result = parser.ParseExpression();
        parser.SkipWhitespace();
        if (result is not null && parser.position == parser.text.Length)
        {
            error = null;
            return result;
        }

        error = parser.tooDeep
            ? $"the expression nests deeper than {MaxDepth} levels"
            : $"the expression is not valid at character {Math.Min(parser.position, parser.text.Length) + 2}";
        return null;
    }

    private ArmExpression? ParseExpression()
    {
        if (++depth > MaxDepth)
        {
            tooDeep = true;
            depth--;
            return null;
        }

        try
        {
            SkipWhitespace();
            var primary = ParsePrimary();
            return primary is null ? null : ParsePostfix(primary);
        }
        finally
        {
            depth--;
        }
    }

    private ArmExpression? ParsePrimary()
    {
        if (position >= text.Length)
        {
            return null;
        }

        char c = text[position];
        if (c == '\'')
        {
            return ParseString();
        }

        if (char.IsDigit(c) || (c == '-' && position + 1 < text.Length && char.IsDigit(text[position + 1])))
        {
            int start = position++;
            while (position < text.Length && char.IsDigit(text[position]))
            {
                position++;
            }

            return long.TryParse(text.Substring(start, position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) ? new NumberLiteral(n) : null;
        }

        if (IsIdentifierStart(c))
        {
            string name = ReadIdentifier();

            // User-defined functions are namespace.name(...).
            while (position + 1 < text.Length && text[position] == '.' && IsIdentifierStart(text[position + 1]) && LooksLikeDottedCall())
            {
                position++;
                name += "." + ReadIdentifier();
            }

            SkipWhitespace();
            if (position < text.Length && text[position] == '(')
            {
                position++;
                var args = new List<ArmExpression>();
                SkipWhitespace();
                if (position < text.Length && text[position] == ')')
                {
                    position++;
                    return new FunctionCall(name, args);
                }

                while (true)
                {
                    var arg = ParseExpression();
                    if (arg is null)
                    {
                        return null;
                    }

                    args.Add(arg);
                    SkipWhitespace();
                    if (position >= text.Length)
                    {
                        return null;
                    }

                    if (text[position] == ',')
                    {
                        position++;
                        continue;
                    }

                    if (text[position] == ')')
                    {
                        position++;
                        return new FunctionCall(name, args);
                    }

                    return null;
                }
            }

            // ARM has no bare identifiers except the literals true, false and null (languageVersion 2.0).
            return name.ToLowerInvariant() switch
            {
                "true" => new FunctionCall("true", Array.Empty<ArmExpression>()),
                "false" => new FunctionCall("false", Array.Empty<ArmExpression>()),
                "null" => new FunctionCall("null", Array.Empty<ArmExpression>()),
                _ => null,
            };
        }

        return null;
    }

    /// <summary>After <c>a.b</c>, a call follows only when this is a dotted function name.</summary>
    private bool LooksLikeDottedCall()
    {
        int i = position + 1;
        while (i < text.Length && IsIdentifierPart(text[i]))
        {
            i++;
        }

        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] == '(';
    }

    private ArmExpression? ParsePostfix(ArmExpression target)
    {
        while (true)
        {
            SkipWhitespace();
            if (position >= text.Length)
            {
                return target;
            }

            char c = text[position];
            bool safe = false;
            if (c == '.' || (c == '?' && position + 1 < text.Length && (text[position + 1] == '.' || text[position + 1] == '[')))
            {
                if (c == '?')
                {
                    safe = true;
                    position++;
                    c = text[position];
                    if (c == '[')
                    {
                        goto index;
                    }
                }

                position++;
                if (position < text.Length && text[position] == '?')
                {
                    safe = true;
                    position++;
                }

                SkipWhitespace();
                if (position >= text.Length || !IsIdentifierStart(text[position]))
                {
                    return null;
                }

                target = new MemberAccess(target, ReadIdentifier(), safe);
                continue;
            }

            if (c != '[')
            {
                return target;
            }

        index:
            position++;
            var indexExpression = ParseExpression();
            SkipWhitespace();
            if (indexExpression is null || position >= text.Length || text[position] != ']')
            {
                return null;
            }

            position++;
            target = new IndexAccess(target, indexExpression, safe);
        }
    }

    private StringLiteral? ParseString()
    {
        position++;

        // Most literals have no '' escape: take them as one substring.
        int close = text.IndexOf('\'', position);
        if (close >= 0 && (close + 1 >= text.Length || text[close + 1] != '\''))
        {
            var literal = new StringLiteral(text.Substring(position, close - position));
            position = close + 1;
            return literal;
        }

        var builder = new StringBuilder();
        while (position < text.Length)
        {
            char c = text[position++];
            if (c == '\'')
            {
                if (position < text.Length && text[position] == '\'')
                {
                    builder.Append('\'');
                    position++;
                    continue;
                }

                return new StringLiteral(builder.ToString());
            }

            builder.Append(c);
        }

        return null;
    }

    private string ReadIdentifier()
    {
        int start = position;
        while (position < text.Length && IsIdentifierPart(text[position]))
        {
            position++;
        }

        return text.Substring(start, position - start);
    }

    private void SkipWhitespace()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_' || c == '$';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';
}
