using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Lsp;

/// <summary>Quick fixes for AccelLint diagnostics in ARM and Bicep buffers.</summary>
internal static class CodeActions
{
    public static JArray For(JObject? parameters, Func<string, string?> textOf)
    {
        var actions = new JArray();
        string uri = (string?)parameters?["textDocument"]?["uri"] ?? string.Empty;
        string path = LanguageServer.PathOf(uri);
        string? text = textOf(path);
        if (text is null || parameters?["context"]?["diagnostics"] is not JArray diagnostics)
        {
            return actions;
        }

        bool bicep = path.EndsWith(".bicep", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".bicepparam", StringComparison.OrdinalIgnoreCase);
        var lines = text.Split('\n');
        foreach (var diagnostic in diagnostics.OfType<JObject>())
        {
            string? code = (string?)diagnostic["code"];
            int line = (int?)diagnostic["range"]?["start"]?["line"] ?? -1;
            if (code is null || !code.StartsWith("ACCEL", StringComparison.Ordinal) || line < 0 || line >= lines.Length)
            {
                continue;
            }

            string indent = new(lines[line].TakeWhile(c => c == ' ' || c == '\t').ToArray());
            string directive = bicep ? $"{indent}#disable-next-line {code}\n" : $"{indent}// accellint-disable-next-line {code}\n";
            actions.Add(Action($"Disable {code} for this line", diagnostic, uri, Edit(line, 0, line, 0, directive)));

            if (code == "ACCEL004" && bicep && AddTagEdit(text, line, (int?)diagnostic["range"]?["start"]?["character"] ?? 0) is { } tagEdit)
            {
                actions.Add(Action("Add the tag fastpathenabled = 'true'", diagnostic, uri, tagEdit));
            }

            if (code == "ACCEL001")
            {
                int property = lines[line].IndexOf("enableAcceleratedNetworking", StringComparison.OrdinalIgnoreCase);
                int value = property < 0 ? -1 : lines[line].IndexOf("true", property, StringComparison.Ordinal);
                if (value >= 0)
                {
                    actions.Add(Action("Set enableAcceleratedNetworking to false", diagnostic, uri, Edit(line, value, line, value + 4, "false")));
                }
            }
        }

        return actions;
    }

    /// <summary>
    /// The Bicep edit that adds <c>fastpathenabled: 'true'</c> to the NIC resource around a position:
    /// into its <c>tags</c> object literal, or as a new <c>tags</c> property after <c>name</c>. Null when
    /// the tags are an expression (a parameter, <c>union(...)</c>) that a text edit cannot safely extend.
    /// </summary>
    private static JObject? AddTagEdit(string text, int line, int character)
    {
        int offset = OffsetOf(text, line, character);
        var tree = AccelLint.Bicep.Syntax.BicepParser.Parse(text);
        var resource = tree.Root.Resources
            .Where(r => r.Span.Start <= offset && offset <= r.Span.End)
            .FirstOrDefault(r => string.Equals(r.ResourceType, "Microsoft.Network/networkInterfaces", StringComparison.OrdinalIgnoreCase));
        if (resource?.Body is not { } body)
        {
            return null;
        }

        if (body.GetProperty("tags") is { } tags)
        {
            if (tags.Value is not AccelLint.Bicep.Syntax.ObjectSyntax literal || literal.CloseBrace is not { } close)
            {
                return null;
            }

            var (closeLine, closeCharacter) = PositionOf(text, close.Span.Start);
            var (openLine, _) = PositionOf(text, literal.OpenBrace.Span.Start);
            if (closeLine == openLine)
            {
                // One line: after the last property, with a comma; or into the empty braces.
                if (literal.Properties.LastOrDefault() is { } last)
                {
                    var (lastLine, lastCharacter) = PositionOf(text, last.Span.End);
                    return Edit(lastLine, lastCharacter, lastLine, lastCharacter, ", fastpathenabled: 'true'");
                }

                return Edit(closeLine, closeCharacter, closeLine, closeCharacter, "fastpathenabled: 'true' ");
            }

            string indent = IndentOf(text, closeLine) + "  ";
            return Edit(closeLine, 0, closeLine, 0, $"{indent}fastpathenabled: 'true'\n");
        }

        var anchor = body.GetProperty("name") ?? body.Properties.FirstOrDefault();
        if (anchor is null)
        {
            return null;
        }

        var (anchorLine, _) = PositionOf(text, anchor.Span.Start);
        string propertyIndent = IndentOf(text, anchorLine);
        return Edit(anchorLine + 1, 0, anchorLine + 1, 0, $"{propertyIndent}tags: {{\n{propertyIndent}  fastpathenabled: 'true'\n{propertyIndent}}}\n");
    }

    private static int OffsetOf(string text, int line, int character)
    {
        int offset = 0;
        for (int i = 0; i < line && offset < text.Length; i++)
        {
            int next = text.IndexOf('\n', offset);
            offset = next < 0 ? text.Length : next + 1;
        }

        return Math.Min(text.Length, offset + character);
    }

    private static (int Line, int Character) PositionOf(string text, int offset)
    {
        int line = 0, start = 0;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                start = i + 1;
            }
        }

        return (line, offset - start);
    }

    private static string IndentOf(string text, int line)
    {
        int start = OffsetOf(text, line, 0);
        int end = start;
        while (end < text.Length && (text[end] == ' ' || text[end] == '\t'))
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    private static JObject Action(string title, JObject diagnostic, string uri, JObject edit) => new()
    {
        ["title"] = title,
        ["kind"] = "quickfix",
        ["diagnostics"] = new JArray(diagnostic),
        ["edit"] = new JObject { ["changes"] = new JObject { [uri] = new JArray(edit) } },
    };

    private static JObject Edit(int line, int character, int endLine, int endCharacter, string text) => new()
    {
        ["range"] = new JObject
        {
            ["start"] = new JObject { ["line"] = line, ["character"] = character },
            ["end"] = new JObject { ["line"] = endLine, ["character"] = endCharacter },
        },
        ["newText"] = text,
    };
}
