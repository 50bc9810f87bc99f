using System.Globalization;
using Newtonsoft.Json.Linq;

namespace AccelLint.Evaluation;

/// <summary>
/// The YAML that templates load (<c>loadYamlContent()</c>): block maps, block lists and plain or
/// quoted scalars, with comments. Anything else (anchors, tags, block scalars, several documents,
/// flow collections that are not JSON) gives null: the value is unknown.
/// </summary>
internal static class YamlSubset
{
    public static JToken? Parse(string text)
    {
        var lines = new List<(int Indent, string Text)>();
        foreach (string raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            string line = StripComment(raw).TrimEnd();
            if (line.Trim().Length == 0 || line == "---")
            {
                continue;
            }

            if (line.StartsWith("...", StringComparison.Ordinal) || line.StartsWith("%", StringComparison.Ordinal) || line.IndexOf('\t') >= 0)
            {
                return null;
            }

            lines.Add((line.Length - line.TrimStart(' ').Length, line.Trim()));
        }

        if (lines.Count == 0)
        {
            return JValue.CreateNull();
        }

        int index = 0;
        var result = Block(lines, ref index, lines[0].Indent);
        return index == lines.Count ? result : null;
    }

    private static JToken? Block(List<(int Indent, string Text)> lines, ref int index, int indent)
    {
        if (lines[index].Text.StartsWith("- ", StringComparison.Ordinal) || lines[index].Text == "-")
        {
            var list = new JArray();
            while (index < lines.Count && lines[index].Indent == indent && (lines[index].Text.StartsWith("- ", StringComparison.Ordinal) || lines[index].Text == "-"))
            {
                string rest = lines[index].Text.Substring(1).TrimStart(' ');
                if (rest.Length == 0)
                {
                    index++;
                    if (index >= lines.Count || lines[index].Indent <= indent || Block(lines, ref index, lines[index].Indent) is not { } nested)
                    {
                        return null;
                    }

                    list.Add(nested);
                    continue;
                }

                // "- key: value" opens a map whose keys line up after the dash.
                int inner = indent + (lines[index].Text.Length - rest.Length);
                lines[index] = (inner, rest);
                if (Key(rest) is not null)
                {
                    if (Block(lines, ref index, inner) is not { } map)
                    {
                        return null;
                    }

                    list.Add(map);
                    continue;
                }

                if (Scalar(rest) is not { } item)
                {
                    return null;
                }

                list.Add(item);
                index++;
            }

            return list;
        }

        var obj = new JObject();
        while (index < lines.Count && lines[index].Indent == indent)
        {
            if (Key(lines[index].Text) is not (string key, string value))
            {
                return null;
            }

            index++;
            if (value.Length > 0)
            {
                if (Scalar(value) is not { } scalar)
                {
                    return null;
                }

                obj[key] = scalar;
            }
            else if (index < lines.Count && (lines[index].Indent > indent || (lines[index].Indent == indent && lines[index].Text.StartsWith("-", StringComparison.Ordinal))))
            {
                if (Block(lines, ref index, lines[index].Indent) is not { } nested)
                {
                    return null;
                }

                obj[key] = nested;
            }
            else
            {
                obj[key] = JValue.CreateNull();
            }
        }

        return index < lines.Count && lines[index].Indent > indent ? null : obj;
    }

    /// <summary>A <c>key: value</c> line (value may be empty); null when the line is not one.</summary>
    private static (string Key, string Value)? Key(string line)
    {
        string key;
        int colon;
        if (line.StartsWith("\"", StringComparison.Ordinal) || line.StartsWith("'", StringComparison.Ordinal))
        {
            int close = line.IndexOf(line[0], 1);
            if (close < 0 || close + 1 >= line.Length || line[close + 1] != ':')
            {
                return null;
            }

            key = line.Substring(1, close - 1);
            colon = close + 1;
        }
        else
        {
            colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0 && line.EndsWith(":", StringComparison.Ordinal))
            {
                colon = line.Length - 1;
            }

            if (colon <= 0 || line.IndexOfAny(new[] { '[', '{', '&', '*', '!', '|', '>' }) is int special && special >= 0 && special < colon)
            {
                return null;
            }

            key = line.Substring(0, colon).Trim();
        }

        return (key, line.Substring(colon + 1).Trim());
    }

    private static JToken? Scalar(string text)
    {
        if (text.StartsWith("'", StringComparison.Ordinal))
        {
            return text.Length >= 2 && text.EndsWith("'", StringComparison.Ordinal) ? new JValue(text.Substring(1, text.Length - 2).Replace("''", "'")) : null;
        }

        if (text.StartsWith("\"", StringComparison.Ordinal) || text.StartsWith("[", StringComparison.Ordinal) || text.StartsWith("{", StringComparison.Ordinal))
        {
            // Double-quoted scalars and flow collections that are JSON.
            try
            {
                return JToken.Parse(text);
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return null;
            }
        }

        if (text[0] is '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`')
        {
            return null;
        }

        switch (text)
        {
            case "true" or "True" or "TRUE":
                return new JValue(true);
            case "false" or "False" or "FALSE":
                return new JValue(false);
            case "null" or "Null" or "NULL" or "~":
                return JValue.CreateNull();
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) ? new JValue(n) : new JValue(text);
    }

    /// <summary>The line without a comment: <c>#</c> at its start or after a space, outside quotes.</summary>
    private static string StripComment(string line)
    {
        char quote = '\0';
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || line[i - 1] == ' '))
            {
                return line.Substring(0, i);
            }
        }

        return line;
    }
}
