using System.Text;
using System.Text.RegularExpressions;

namespace AccelLint.Core.Tests.Oracle;

/// <summary>
/// A textual rewrite of Bicep source that turns Accelerated Networking and Accelerated Connections on
/// in every NIC resource and every <c>networkInterfaceConfigurations</c> entry: in their
/// <c>properties</c> object, <c>enableAcceleratedNetworking: true</c>, <c>auxiliaryMode:
/// 'AcceleratedConnections'</c> and <c>auxiliarySku: 'A2'</c> replace what is there or are added.
/// Strings (with interpolation) and comments are skipped, so braces in them do not count; an object
/// written as a variable or an expression is left alone.
/// </summary>
public static class BicepMutator
{
    private static readonly (string Key, string Value)[] Settings =
    {
        ("enableAcceleratedNetworking", "true"),
        ("auxiliaryMode", "'AcceleratedConnections'"),
        ("auxiliarySku", "'A2'"),
    };

    private static readonly Regex NicResource = new(
        @"\bresource\s+\w+\s+'Microsoft\.Network/networkInterfaces@[^']*'\s*(?<existing>existing\s*)?=",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex Key = new(@"(?<![\w.?])(?<key>[A-Za-z_][A-Za-z0-9_]*|'[^'\\$]*')[ \t]*:(?!:)", RegexOptions.CultureInvariant);

    /// <summary>The rewritten text, and how many properties objects were changed (0: the text is returned as is).</summary>
    public static (string Text, int Changed) Mutate(string text)
    {
        var source = new Source(text);
        var objects = new List<int>();
        foreach (Match match in NicResource.Matches(text))
        {
            if (match.Groups["existing"].Success || !source.IsCode(match.Index))
            {
                continue;
            }

            int body = source.NextCode(match.Index + match.Length, '{');
            if (body >= 0 && source.PropertiesObject(body) is int properties)
            {
                objects.Add(properties);
            }
        }

        foreach (var (key, colon) in source.Keys(0, text.Length, anyDepth: true))
        {
            if (!key.Equals("networkInterfaceConfigurations", StringComparison.Ordinal))
            {
                continue;
            }

            int array = source.SkipSpace(colon + 1);
            if (array >= text.Length || text[array] != '[')
            {
                continue;
            }

            int end = source.Match(array);
            for (int i = array + 1; i < end; i++)
            {
                if (text[i] == '{' && source.IsCode(i) && source.Depth(i) == source.Depth(array) + 1 && source.PropertiesObject(i) is int properties)
                {
                    objects.Add(properties);
                }
            }
        }

        var edits = new List<(int Start, int Length, string Text)>();
        foreach (int properties in objects.Distinct())
        {
            edits.AddRange(source.Edits(properties));
        }

        if (edits.Count == 0)
        {
            return (text, 0);
        }

        var result = new StringBuilder(text);
        int last = int.MaxValue;
        foreach (var edit in edits.OrderByDescending(e => e.Start))
        {
            if (edit.Start + edit.Length > last)
            {
                // Overlapping edits (a configuration inside a NIC's properties, say): keep the later one only.
                continue;
            }

            result.Remove(edit.Start, edit.Length).Insert(edit.Start, edit.Text);
            last = edit.Start;
        }

        return (result.ToString(), objects.Distinct().Count());
    }

    /// <summary>The text with, for each character, whether it is code (outside strings and comments) and its bracket depth.</summary>
    private sealed class Source
    {
        private readonly string text;
        private readonly bool[] code;
        private readonly bool[] comment;
        private readonly int[] depth;

        public Source(string text)
        {
            this.text = text;
            code = new bool[text.Length];
            comment = new bool[text.Length];
            depth = new int[text.Length + 1];
            var interpolations = new Stack<int>();
            bool inString = false;
            int braces = 0;
            int level = 0;
            int i = 0;
            while (i < text.Length)
            {
                depth[i] = level;
                char c = text[i];
                if (inString)
                {
                    if (c == '\\')
                    {
                        Skip(ref i, 2, level);
                    }
                    else if (c == '\'')
                    {
                        inString = false;
                        i++;
                    }
                    else if (c == '$' && i + 1 < text.Length && text[i + 1] == '{')
                    {
                        interpolations.Push(braces);
                        braces = 0;
                        inString = false;
                        Skip(ref i, 2, level);
                    }
                    else
                    {
                        i++;
                    }

                    continue;
                }

                if (Starts(i, "'''"))
                {
                    int close = text.IndexOf("'''", i + 3, StringComparison.Ordinal);
                    Skip(ref i, (close < 0 ? text.Length : close + 3) - i, level);
                    continue;
                }

                if (Starts(i, "//"))
                {
                    int newline = text.IndexOf('\n', i);
                    Skip(ref i, (newline < 0 ? text.Length : newline) - i, level, isComment: true);
                    continue;
                }

                if (Starts(i, "/*"))
                {
                    int close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    Skip(ref i, (close < 0 ? text.Length : close + 2) - i, level, isComment: true);
                    continue;
                }

                if (c == '\'')
                {
                    inString = true;
                    i++;
                    continue;
                }

                if (c == '}' && braces == 0 && interpolations.Count > 0)
                {
                    braces = interpolations.Pop();
                    inString = true;
                    i++;
                    continue;
                }

                code[i] = true;
                if (c is '{' or '[' or '(')
                {
                    braces += c == '{' ? 1 : 0;
                    level++;
                }
                else if (c is '}' or ']' or ')')
                {
                    braces -= c == '}' ? 1 : 0;
                    level--;
                    depth[i] = level;
                }

                i++;
            }

            depth[text.Length] = level;
        }

        private void Skip(ref int i, int count, int level, bool isComment = false)
        {
            for (int k = 0; k < count && i < text.Length; k++, i++)
            {
                depth[i] = level;
                comment[i] = isComment;
            }
        }

        private bool Starts(int i, string s) => string.CompareOrdinal(text, i, s, 0, s.Length) == 0;

        public bool IsCode(int i) => i < code.Length && code[i];

        /// <summary>The bracket depth outside the character (an opening bracket has the depth of what holds it).</summary>
        public int Depth(int i) => depth[i];

        /// <summary>The first position at or after <paramref name="i"/> that is neither white space nor a comment.</summary>
        public int SkipSpace(int i)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || comment[i]))
            {
                i++;
            }

            return i;
        }

        /// <summary>The first code occurrence of <paramref name="c"/> at or after <paramref name="from"/>, or -1.</summary>
        public int NextCode(int from, char c)
        {
            for (int i = from; i < text.Length; i++)
            {
                if (text[i] == c && code[i])
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The closing bracket of the one at <paramref name="open"/> (the end of the text when unbalanced).</summary>
        public int Match(int open)
        {
            for (int i = open + 1; i < text.Length; i++)
            {
                if (code[i] && text[i] is '}' or ']' or ')' && depth[i] == depth[open])
                {
                    return i;
                }
            }

            return text.Length;
        }

        /// <summary>The keys written directly in the object that spans [start, end) (or at any depth), with the position of their colon.</summary>
        public IEnumerable<(string Key, int Colon)> Keys(int start, int end, bool anyDepth = false)
        {
            int inner = start < text.Length ? depth[start] + 1 : 0;
            foreach (Match match in Key.Matches(text.Substring(start, end - start)))
            {
                int at = start + match.Index;
                int colon = start + match.Index + match.Length - 1;
                if (!(code[at] || text[at] == '\'') || !code[colon] || (!anyDepth && depth[at] != inner) || !StartsItem(at))
                {
                    continue;
                }

                yield return (match.Groups["key"].Value.Trim('\''), colon);
            }
        }

        /// <summary>A key starts an item: only spaces since the line start, the opening brace or a comma.</summary>
        private bool StartsItem(int at)
        {
            for (int i = at - 1; i >= 0; i--)
            {
                char c = text[i];
                if (c is ' ' or '\t')
                {
                    continue;
                }

                return c is '\n' or '{' or ',' || comment[i];
            }

            return true;
        }

        /// <summary>The <c>properties</c> object literal of the object at <paramref name="open"/>, or null.</summary>
        public int? PropertiesObject(int open)
        {
            int close = Match(open);
            foreach (var (key, colon) in Keys(open, close))
            {
                if (key.Equals("properties", StringComparison.Ordinal))
                {
                    int value = SkipSpace(colon + 1);
                    return value < text.Length && text[value] == '{' && code[value] ? value : null;
                }
            }

            return null;
        }

        /// <summary>The edits that set the three settings in the object at <paramref name="open"/>.</summary>
        public IEnumerable<(int Start, int Length, string Text)> Edits(int open)
        {
            int close = Match(open);
            var present = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (key, colon) in Keys(open, close))
            {
                present[key] = colon;
            }

            bool multiline = text.IndexOf('\n', open, close - open) >= 0;
            var inserted = new List<string>();
            foreach (var (key, value) in Settings)
            {
                if (present.TryGetValue(key, out int colon))
                {
                    int end = ValueEnd(colon + 1, depth[open] + 1, close);
                    yield return (colon + 1, end - colon - 1, " " + value);
                }
                else
                {
                    inserted.Add($"{key}: {value}");
                }
            }

            if (inserted.Count == 0)
            {
                yield break;
            }

            bool empty = text.Substring(open + 1, close - open - 1).Trim().Length == 0;
            if (multiline || empty)
            {
                yield return (open + 1, 0, string.Concat(inserted.Select(i => "\n" + i)) + (empty && !multiline ? "\n" : string.Empty));
            }
            else
            {
                yield return (open + 1, 0, " " + string.Join(", ", inserted) + ",");
            }
        }

        /// <summary>Where the value that starts at <paramref name="from"/> ends: a newline or comma at the object's depth that does not continue the expression.</summary>
        private int ValueEnd(int from, int inner, int close)
        {
            for (int i = from; i < close; i++)
            {
                if (!code[i] || depth[i] != inner)
                {
                    continue;
                }

                if (text[i] == ',')
                {
                    return i;
                }

                if (text[i] == '\n')
                {
                    int next = i + 1;
                    while (next < close && char.IsWhiteSpace(text[next]))
                    {
                        next++;
                    }

                    // A ternary or operator broken over lines continues the value.
                    if (next < close && code[next] && (text[next] is '?' or ':' or '.' or '&' or '|' or '+' or '-' or '*' or '=' or '!' or '<' or '>'))
                    {
                        i = next - 1;
                        continue;
                    }

                    int back = i - 1;
                    while (back > from && char.IsWhiteSpace(text[back]))
                    {
                        back--;
                    }

                    if (back > from && code[back] && text[back] is '?' or ':' or '&' or '|' or '+' or '=')
                    {
                        continue;
                    }

                    return text[i - 1] == '\r' ? i - 1 : i;
                }
            }

            // The value runs to the closing brace (a single-line object's last item).
            int end = close;
            while (end > from && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return end;
        }
    }
}
