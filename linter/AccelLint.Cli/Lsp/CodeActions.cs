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
