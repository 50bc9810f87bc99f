using AccelLint.Text;

namespace AccelLint.Json;

/// <summary>A parsed JSON file: the root (null when unreadable), its comments, and the first syntax error.</summary>
public sealed class JsonDocument
{
    public JsonDocument(SourceFile file, JsonNode? root, IReadOnlyList<JsonComment> comments, JsonSyntaxError? error)
    {
        File = file;
        Root = root;
        Comments = comments;
        Error = error;
    }

    public SourceFile File { get; }

    public JsonNode? Root { get; }

    public IReadOnlyList<JsonComment> Comments { get; }

    public JsonSyntaxError? Error { get; }
}

public sealed record JsonSyntaxError(string Message, TextSpan Span);
