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

            if (diagnostic["data"]?["suggestion"] is JObject suggestion && ReplaceEdit(suggestion, textOf) is { } replace)
            {
                actions.Add(Action(replace.Title, diagnostic, replace.Uri, replace.Edit));
            }

            int character = (int?)diagnostic["range"]?["start"]?["character"] ?? 0;
            if (code == "ACCEL004" && bicep && AddTagEdit(text, line, character) is { } tagEdit)
            {
                actions.Add(Action("Add the tag fastpathenabled = 'true'", diagnostic, uri, tagEdit));
            }

            if (code == "ACCEL004" && !bicep && ArmTagEdit(path, text, line, character) is { } armEdit)
            {
                actions.Add(Action(armEdit.Title, diagnostic, uri, armEdit.Edit));
            }

            if (code == "ACCEL001")
            {
                int property = lines[line].IndexOf("enableAcceleratedNetworking", StringComparison.OrdinalIgnoreCase);
                int value = property < 0 ? -1 : lines[line].IndexOf("true", property, StringComparison.Ordinal);
                if (value >= 0)
                {
                    actions.Add(Action("Set enableAcceleratedNetworking to false", diagnostic, uri, Edit(line, value, line, value + 4, "false")));
                }

                if (RemoveRequestEdit(lines, line, bicep) is { } removal)
                {
                    actions.Add(Action("Remove the accelerated networking request", diagnostic, uri, removal));
                }
            }
        }

        return actions;
    }

    /// <summary>
    /// "Change the size to 'Standard_B2s_v2'": replaces the quoted literal of the current value on the
    /// line where the finding says it is written (the template, a parameters file, a <c>.bicepparam</c>,
    /// a module's argument), from that column on. Null when the line holds no such literal (the value
    /// is computed, or the file changed since).
    /// </summary>
    private static (string Title, string Uri, JObject Edit)? ReplaceEdit(JObject suggestion, Func<string, string?> textOf)
    {
        string? current = (string?)suggestion["current"];
        string? replacement = (string?)suggestion["replacement"];
        string? uri = (string?)suggestion["uri"];
        int line = (int?)suggestion["line"] ?? -1;
        int character = (int?)suggestion["character"] ?? -1;
        if (string.IsNullOrEmpty(current) || string.IsNullOrEmpty(replacement) || uri is null || line < 0 || character < 0
            || replacement!.IndexOfAny(new[] { '\'', '"', '\\', '\n', '\r' }) >= 0
            || textOf(LanguageServer.PathOf(uri)) is not { } text)
        {
            return null;
        }

        var lines = text.Split('\n');
        if (line >= lines.Length || character > lines[line].Length)
        {
            return null;
        }

        string content = lines[line];
        for (int start = content.IndexOf(current!, character, StringComparison.OrdinalIgnoreCase); start > 0; start = content.IndexOf(current!, start + 1, StringComparison.OrdinalIgnoreCase))
        {
            int end = start + current!.Length;
            char quote = content[start - 1];
            if ((quote == '\'' || quote == '"') && end < content.Length && content[end] == quote)
            {
                string what = (string?)suggestion["property"] == Diagnostics.Suggestion.Location ? "location" : "size";
                return ($"Change the {what} to '{replacement}'", uri, Edit(line, start, line, end, replacement));
            }
        }

        return null;
    }

    /// <summary>
    /// Deletes a line that holds only <c>enableAcceleratedNetworking: true</c> (Bicep) or
    /// <c>"enableAcceleratedNetworking": true</c> (JSON; the comma before it goes too when it was the
    /// last property). Null when the line holds anything else.
    /// </summary>
    private static JObject? RemoveRequestEdit(string[] lines, int line, bool bicep)
    {
        string content = lines[line].Trim();
        var pattern = bicep
            ? new System.Text.RegularExpressions.Regex("^enableAcceleratedNetworking\\s*:\\s*true$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            : new System.Text.RegularExpressions.Regex("^\"enableAcceleratedNetworking\"\\s*:\\s*true\\s*(,)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var match = pattern.Match(content);
        if (!match.Success)
        {
            return null;
        }

        if (bicep || match.Groups[1].Success)
        {
            return Edit(line, 0, line + 1, 0, string.Empty);
        }

        // The last property: the comma that ends the one before it goes too.
        int previous = line - 1;
        while (previous >= 0 && lines[previous].Trim().Length == 0)
        {
            previous--;
        }

        string before = previous < 0 ? string.Empty : lines[previous].TrimEnd('\r', ' ', '\t');
        return before.EndsWith(",", StringComparison.Ordinal)
            ? Edit(previous, before.Length - 1, line + 1, 0, lines[line].EndsWith("\r", StringComparison.Ordinal) ? "\r\n" : "\n")
            : Edit(line, 0, line + 1, 0, string.Empty);
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

    /// <summary>
    /// The ARM edit that gives the NIC resource around a position <c>"fastpathenabled": "true"</c>: set
    /// where the tag is there with another value, added to a <c>tags</c> object, or a new <c>tags</c>
    /// property before <c>properties</c>. Null when the tags are an expression (<c>[parameters('tags')]</c>).
    /// </summary>
    private static (string Title, JObject Edit)? ArmTagEdit(string path, string text, int line, int character)
    {
        int offset = OffsetOf(text, line, character);
        var document = AccelLint.Json.JsonReader.Parse(new AccelLint.Text.SourceFile(path, text));
        if (document.Root is null || InnermostNic(document.Root, offset) is not { } nic)
        {
            return null;
        }

        const string Tag = "\"fastpathenabled\": \"true\"";
        if (nic.TryGetProperty("tags", out var tagsProperty))
        {
            if (tagsProperty.Value is not AccelLint.Json.JsonObject tags)
            {
                return null;
            }

            if (tags.TryGetProperty("fastpathenabled", out var existing))
            {
                var (valueLine, valueCharacter) = PositionOf(text, existing.Value.Span.Start);
                var (endLine, endCharacter) = PositionOf(text, existing.Value.Span.End);
                return ("Set the tag fastpathenabled to 'true'", Edit(valueLine, valueCharacter, endLine, endCharacter, "\"true\""));
            }

            var (openLine, openCharacter) = PositionOf(text, tags.Span.Start);
            if (tags.Properties.Count == 0)
            {
                return ("Add the tag fastpathenabled = 'true'", Edit(openLine, openCharacter + 1, openLine, openCharacter + 1, " " + Tag + " "));
            }

            // Before the first tag: on its own line when the tags are one per line, else in place.
            var (firstLine, firstCharacter) = PositionOf(text, tags.Properties[0].NameSpan.Start);
            return firstLine != openLine && IndentOf(text, firstLine).Length == firstCharacter
                ? ("Add the tag fastpathenabled = 'true'", Edit(firstLine, 0, firstLine, 0, $"{IndentOf(text, firstLine)}{Tag},\n"))
                : ("Add the tag fastpathenabled = 'true'", Edit(firstLine, firstCharacter, firstLine, firstCharacter, Tag + ", "));
        }

        // A new tags property before properties (or before the first property after the type).
        var anchor = nic.Properties.FirstOrDefault(p => p.Name.Equals("properties", StringComparison.OrdinalIgnoreCase)) ?? nic.Properties.LastOrDefault();
        if (anchor is null)
        {
            return null;
        }

        var (anchorLine, anchorCharacter) = PositionOf(text, anchor.NameSpan.Start);
        string indent = IndentOf(text, anchorLine);
        return indent.Length == anchorCharacter
            ? ("Add the tag fastpathenabled = 'true'", Edit(anchorLine, 0, anchorLine, 0, $"{indent}\"tags\": {{\n{indent}  {Tag}\n{indent}}},\n"))
            : ("Add the tag fastpathenabled = 'true'", Edit(anchorLine, anchorCharacter, anchorLine, anchorCharacter, $"\"tags\": {{ {Tag} }}, "));
    }

    /// <summary>The smallest network interface resource object that holds the offset, at any depth (nested templates too).</summary>
    private static AccelLint.Json.JsonObject? InnermostNic(AccelLint.Json.JsonNode node, int offset)
    {
        AccelLint.Json.JsonObject? found = null;
        var pending = new Stack<AccelLint.Json.JsonNode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case AccelLint.Json.JsonObject obj when obj.Extent.Start <= offset && offset < obj.Extent.End:
                    if (obj.GetString("type") is { } type && type.Equals("Microsoft.Network/networkInterfaces", StringComparison.OrdinalIgnoreCase)
                        && (found is null || obj.Extent.Length < found.Extent.Length))
                    {
                        found = obj;
                    }

                    foreach (var property in obj.Properties)
                    {
                        pending.Push(property.Value);
                    }

                    break;
                case AccelLint.Json.JsonArray array:
                    foreach (var item in array.Items)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        return found;
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
