using System.Diagnostics.CodeAnalysis;
using AccelLint.Model;
using AccelLint.Text;

namespace AccelLint.Bicep.Semantics;

/// <summary>
/// What a resource symbol (<c>nic</c>, <c>nics[i]</c>) evaluates to: its declared body, plus
/// <c>id</c>, <c>type</c> and <c>apiVersion</c>. For an <c>existing</c> resource only the identity is known.
/// </summary>
internal sealed class ResourceSymbolValue : ObjectValue
{
    private readonly ObjectValue? body;
    private readonly Value declaredName;

    /// <param name="name">The full name (<c>parent/child</c> for a child resource): what the id is built from.</param>
    /// <param name="declaredName">The <c>name</c> as written in the body, which is what <c>symbol.name</c> gives in Bicep; the full name when null.</param>
    public ResourceSymbolValue(string type, string? apiVersion, Value name, ObjectValue? body, SourceRef source, Value? declaredName = null)
    {
        Type = type;
        ApiVersion = apiVersion;
        Name = name;
        this.body = body;
        this.declaredName = declaredName ?? name;
        InitSource(source);
    }

    public string Type { get; }

    public string? ApiVersion { get; }

    public Value Name { get; }

    /// <summary>The stand-in name ids are built from when the name is unknown (<see cref="ResourceInstance.LinkName"/>).</summary>
    public string? LinkName { get; init; }

    public Value Id => Name.IsUnknown && LinkName is { } stand
        ? new StringValue(ResourceIds.Build(Type, stand.Split('/')))
        : Evaluation.BuiltinFunctions.Map(Name, n => n.AsString() is { } name ? new StringValue(ResourceIds.Build(Type, name.Split('/'))) : UnknownValue.Instance);

    public override IEnumerable<PropertyValue> Properties =>
        new[] { Property("id", Id), Property("type", new StringValue(Type)), Property("name", declaredName) }
            .Concat(body?.Properties.Where(p => !p.Name.Equals("name", StringComparison.OrdinalIgnoreCase)) ?? Enumerable.Empty<PropertyValue>());

    public override bool TryGetProperty(string name, [NotNullWhen(true)] out PropertyValue? property)
    {
        switch (name.ToLowerInvariant())
        {
            case "id":
                property = Property("id", Id);
                return true;
            case "type":
                property = Property("type", new StringValue(Type));
                return true;
            case "apiversion":
                property = Property("apiVersion", ApiVersion is null ? UnknownValue.Instance : new StringValue(ApiVersion));
                return true;
            case "name":
                property = Property("name", declaredName);
                return true;
        }

        if (body is not null && body.TryGetProperty(name, out property))
        {
            return true;
        }

        // Runtime state (properties of an existing resource, provisioningState, ...) is unknown, not absent.
        property = Property(name, UnknownValue.Instance);
        return true;
    }

    private static PropertyValue Property(string name, Value value) => new(name, null, value);
}

/// <summary>What a module symbol evaluates to: <c>name</c> and <c>outputs</c> (evaluated in the module's instance).</summary>
internal sealed class ModuleSymbolValue : ObjectValue
{
    private readonly Value name;
    private readonly Func<ObjectValue?> outputs;

    public ModuleSymbolValue(Value name, Func<ObjectValue?> outputs, SourceRef source)
    {
        this.name = name;
        this.outputs = outputs;
        InitSource(source);
    }

    public override IEnumerable<PropertyValue> Properties => new[] { new PropertyValue("name", null, name) };

    public override bool TryGetProperty(string propertyName, [NotNullWhen(true)] out PropertyValue? property)
    {
        if (propertyName.Equals("outputs", StringComparison.OrdinalIgnoreCase))
        {
            property = new PropertyValue("outputs", null, (Value?)outputs() ?? UnknownValue.Instance);
            return true;
        }

        property = new PropertyValue(propertyName, null, propertyName.Equals("name", StringComparison.OrdinalIgnoreCase) ? name : UnknownValue.Instance);
        return true;
    }
}

/// <summary>A module's outputs, each evaluated on first access in the module's instance.</summary>
internal sealed class OutputsValue : ObjectValue
{
    private readonly BicepInstance instance;

    public OutputsValue(BicepInstance instance) => this.instance = instance;

    public override IEnumerable<PropertyValue> Properties =>
        instance.Tree.Root.Outputs.Select(o => new PropertyValue(o.Name.Name, null, instance.Output(o.Name.Name)));

    public override bool TryGetProperty(string name, [NotNullWhen(true)] out PropertyValue? property)
    {
        property = new PropertyValue(name, null, instance.Output(name));
        return true;
    }
}
