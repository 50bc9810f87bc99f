using Microsoft.CodeAnalysis;

namespace AccelLint.Analyzers.CSharp;

/// <summary>A property set on an object: the value written and the assignment that wrote it.</summary>
internal sealed record Assignment(IOperation? Value, SyntaxNode? Syntax, ObjectNode? Child);

/// <summary>A dictionary entry (<c>Tags</c>): key, value and where it was written.</summary>
internal sealed record Entry(IOperation Key, IOperation Value, SyntaxNode Syntax);

/// <summary>
/// What a method does to one object: the properties it sets (by initializer, constructor argument
/// or later assignment), the items it adds to its collections and the entries to its dictionaries.
/// Nested objects (<c>HardwareProfile</c>, <c>NetworkProfile</c>) are child nodes.
/// </summary>
internal sealed class ObjectNode
{
    public ObjectNode(ITypeSymbol? type, SyntaxNode? syntax, IOperation? creation = null)
    {
        Type = type;
        Syntax = syntax;
        Creation = creation;
    }

    public ITypeSymbol? Type { get; }

    /// <summary>The creation expression; null for an object the SDK creates (a get-only collection).</summary>
    public SyntaxNode? Syntax { get; }

    /// <summary>The creation operation; null for an object the SDK creates.</summary>
    public IOperation? Creation { get; }

    /// <summary>The object is handed to code this method does not show (a dictionary passed to a helper): its contents are unknown.</summary>
    public bool Escaped { get; set; }

    /// <summary>The local that holds the object, when there is one.</summary>
    public ILocalSymbol? Local { get; set; }

    public Dictionary<string, Assignment> Properties { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<(IOperation Value, ObjectNode? Node)> Items { get; } = new();

    public List<Entry> Entries { get; } = new();

    public ObjectNode Child(string name)
    {
        if (Properties.TryGetValue(name, out var assignment) && assignment.Child is { } child)
        {
            return child;
        }

        child = new ObjectNode(null, null);
        Properties[name] = new Assignment(assignment?.Value, assignment?.Syntax, child);
        return child;
    }

    public ObjectNode? ExistingChild(string name) => Properties.TryGetValue(name, out var assignment) ? assignment.Child : null;

    /// <summary>The items of a collection property (<c>NetworkInterfaceConfigurations</c>).</summary>
    public IEnumerable<(IOperation Value, ObjectNode? Node)> ItemsOf(string name) => ExistingChild(name)?.Items ?? Enumerable.Empty<(IOperation, ObjectNode?)>();
}
