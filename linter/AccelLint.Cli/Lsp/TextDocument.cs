using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Lsp;

/// <summary>An open document: its text, kept up to date with full and incremental changes.</summary>
internal sealed class TextDocument
{
    public TextDocument(string text, int version)
    {
        Text = text;
        Version = version;
    }

    public string Text { get; private set; }

    public int Version { get; private set; }

    /// <summary>Applies <c>contentChanges</c>: a change without a range replaces the text; with one, that range (UTF-16 positions).</summary>
    public void Apply(JArray changes, int version)
    {
        foreach (var change in changes.OfType<JObject>())
        {
            string text = (string?)change["text"] ?? string.Empty;
            if (change["range"] is not JObject range)
            {
                Text = text;
                continue;
            }

            int start = Offset(range["start"]!);
            int end = Offset(range["end"]!);
            if (end < start)
            {
                (start, end) = (end, start);
            }

            Text = Text.Substring(0, start) + text + Text.Substring(end);
        }

        Version = version;
    }

    /// <summary>The offset of an LSP position (0-based line and UTF-16 character), clamped to the text.</summary>
    public int Offset(JToken position)
    {
        int line = (int?)position["line"] ?? 0;
        int character = (int?)position["character"] ?? 0;
        int offset = 0;
        for (int current = 0; current < line && offset < Text.Length; current++)
        {
            int next = Text.IndexOf('\n', offset);
            if (next < 0)
            {
                return Text.Length;
            }

            offset = next + 1;
        }

        int lineEnd = Text.IndexOf('\n', offset);
        if (lineEnd < 0)
        {
            lineEnd = Text.Length;
        }

        return Math.Min(offset + character, lineEnd);
    }
}
