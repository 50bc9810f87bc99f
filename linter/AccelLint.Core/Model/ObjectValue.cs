using System.Diagnostics.CodeAnalysis;
using AccelLint.Text;

namespace AccelLint.Model;

/// <summary>A property of an object value: its name, where the name is written, and its value.</summary>
public sealed record PropertyValue(string Name, SourceRef? NameSource, Value Value);

/// <summary>An object; property names compare case-insensitively, as ARM does.</summary>
public abstract class ObjectValue : Value
{
    public override ValueKind Kind => ValueKind.Object;

    public abstract IEnumerable<PropertyValue> Properties { get; }

    public abstract bool TryGetProperty(string name, [NotNullWhen(true)] out PropertyValue? property);

    public Value Get(string name) => TryGetProperty(name, out var p) ? p.Value : NullValue.Instance;

    public override string Display() => Display(0);

    internal override string Display(int depth) =>
        depth > 4 ? "{...}" : "{" + string.Join(", ", Properties.Take(6).Select(p => p.Name + ": " + p.Value.Display(depth + 1))) + "}";
}

public sealed class MapValue : ObjectValue
{
    public static readonly MapValue Empty = new(Array.Empty<PropertyValue>());

    private readonly List<PropertyValue> properties;
    private readonly Dictionary<string, int> index;

    public MapValue(IEnumerable<PropertyValue> properties)
    {
        this.properties = new List<PropertyValue>();
        index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in properties)
        {
            if (index.TryGetValue(p.Name, out int i))
            {
                this.properties[i] = p;
            }
            else
            {
                index[p.Name] = this.properties.Count;
                this.properties.Add(p);
            }
        }
    }

    public override IEnumerable<PropertyValue> Properties => properties;

    public override bool TryGetProperty(string name, [NotNullWhen(true)] out PropertyValue? property)
    {
        if (index.TryGetValue(name, out int i))
        {
            property = properties[i];
            return true;
        }

        property = null;
        return false;
    }
}
