using System.Diagnostics.CodeAnalysis;
using AccelLint.Text;

namespace AccelLint.Json;

public enum JsonNodeKind
{
    Object,
    Array,
    String,
    Integer,
    Float,
    Boolean,
    Null,
}

/// <summary>A JSON value with the span where it starts (the bracket for containers, the first character for scalars).</summary>
public abstract class JsonNode
{
    protected JsonNode(TextSpan span) => Span = span;

    public abstract JsonNodeKind Kind { get; }

    public TextSpan Span { get; }
}

public sealed class JsonProperty
{
    public JsonProperty(string name, TextSpan nameSpan, JsonNode value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    /// <summary>The key, from its opening quote.</summary>
    public TextSpan NameSpan { get; }

    public JsonNode Value { get; }
}

public sealed class JsonObject : JsonNode
{
    private readonly List<JsonProperty> properties;
    private Dictionary<string, JsonProperty>? index;

    public JsonObject(TextSpan span, List<JsonProperty> properties, int end = -1)
        : base(span)
    {
        this.properties = properties;
        Extent = new TextSpan(span.Start, Math.Max(span.Length, end - span.Start));
    }

    /// <summary>From the opening brace to just after the closing one.</summary>
    public TextSpan Extent { get; }

    public override JsonNodeKind Kind => JsonNodeKind.Object;

    public IReadOnlyList<JsonProperty> Properties => properties;

    /// <summary>Case-insensitive lookup (ARM compares property names that way); the last duplicate wins.</summary>
    public bool TryGetProperty(string name, [NotNullWhen(true)] out JsonProperty? property)
    {
        if (properties.Count <= 8)
        {
            property = null;
            foreach (var p in properties)
            {
                if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    property = p;
                }
            }

            return property is not null;
        }

        if (index is null)
        {
            var map = new Dictionary<string, JsonProperty>(properties.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var p in properties)
            {
                map[p.Name] = p;
            }

            index = map;
        }

        return index.TryGetValue(name, out property);
    }

    public JsonNode? this[string name] => TryGetProperty(name, out var p) ? p.Value : null;

    public string? GetString(string name) => this[name] is JsonScalar { Value: string s } ? s : null;
}

public sealed class JsonArray : JsonNode
{
    public JsonArray(TextSpan span, List<JsonNode> items)
        : base(span) => Items = items;

    public override JsonNodeKind Kind => JsonNodeKind.Array;

    public IReadOnlyList<JsonNode> Items { get; }
}

public sealed class JsonScalar : JsonNode
{
    public JsonScalar(TextSpan span, JsonNodeKind kind, object? value)
        : base(span)
    {
        Kind = kind;
        Value = value;
    }

    public override JsonNodeKind Kind { get; }

    /// <summary>string, long, double, bool or null.</summary>
    public object? Value { get; }
}

/// <summary>A comment in a JSON file: its text (without the markers) and the line it ends on.</summary>
public sealed record JsonComment(string Text, TextSpan Span, int Line);
