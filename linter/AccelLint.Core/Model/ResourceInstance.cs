using AccelLint.Text;

namespace AccelLint.Model;

/// <summary>
/// One evaluated resource, as any front end produces it: full type, name and body in the ARM shape
/// (<c>location</c>, <c>tags</c>, <c>sku</c>, <c>properties</c>, <c>apiVersion</c>). One per loop iteration.
/// </summary>
public sealed class ResourceInstance
{
    public ResourceInstance(string type, Value name, ObjectValue body, SourceRef declaration)
    {
        Type = type;
        Name = name;
        Body = body;
        Declaration = declaration;
    }

    public string Type { get; }

    public Value Name { get; }

    public ObjectValue Body { get; }

    /// <summary>Where the resource is declared (JSON: its object or symbolic key; Bicep: the declaration).</summary>
    public SourceRef Declaration { get; }

    /// <summary>The apiVersion when it is not part of <see cref="Body"/> (Bicep writes it in the type string).</summary>
    public ModelProperty? ApiVersion { get; init; }

    /// <summary>
    /// When the name is unknown (a parameter without a value, usual in modules): a stand-in that the
    /// same front end also writes into the ids that refer to this resource (<c>nic.id</c>,
    /// <c>resourceId(type, sameName)</c>), so that a VM links to it whatever the name turns out to be.
    /// </summary>
    public string? LinkName { get; init; }

    public bool IsType(string type) => Type.Equals(type, StringComparison.OrdinalIgnoreCase);
}
