using System.Diagnostics.CodeAnalysis;
using AccelLint.Model;

namespace AccelLint.Arm;

/// <summary>
/// What <c>reference()</c> returns for a resource of the same template: the members the template
/// declares for it. A member it does not declare is runtime state (provisioningState, a server-side
/// default), so unknown, never absent.
/// </summary>
internal sealed class DeclaredState : ObjectValue
{
    private readonly ObjectValue declared;
    private readonly Value? id;

    /// <param name="id">The resource's id, for <c>id</c> and <c>resourceId</c> when the template does not declare them.</param>
    public DeclaredState(ObjectValue declared, Value? id = null)
    {
        this.declared = declared;
        this.id = id;
        InitSource(declared.Source);
    }

    public override IEnumerable<PropertyValue> Properties => declared.Properties;

    public override bool TryGetProperty(string name, [NotNullWhen(true)] out PropertyValue? property)
    {
        if (declared.TryGetProperty(name, out property))
        {
            return true;
        }

        bool isId = name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.Equals("resourceId", StringComparison.OrdinalIgnoreCase);
        property = new PropertyValue(name, null, isId && id is not null ? id : UnknownValue.Instance);
        return true;
    }
}
