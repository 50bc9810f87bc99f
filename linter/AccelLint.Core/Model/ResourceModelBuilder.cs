using AccelLint.Text;

namespace AccelLint.Model;

/// <summary>
/// Turns evaluated resources (from any front end) into the model the rules read: NICs, and the
/// machines that put them on VM sizes (VMs, scale sets, scale-set VMs, Batch pools, Service Fabric
/// node types, compute fleets: see <c>ResourceModelBuilder.Machines.cs</c>) with their embedded NIC
/// configurations; then links VMs to NIC resources by id, and scale-set VMs to their scale sets.
/// </summary>
public sealed partial class ResourceModelBuilder
{
    public const string NetworkInterfaceType = "Microsoft.Network/networkInterfaces";
    public const string VirtualMachineType = "Microsoft.Compute/virtualMachines";
    public const string ScaleSetType = "Microsoft.Compute/virtualMachineScaleSets";
    public const string ScaleSetVmType = "Microsoft.Compute/virtualMachineScaleSets/virtualMachines";
    public const string BatchPoolType = "Microsoft.Batch/batchAccounts/pools";
    public const string NodeTypeType = "Microsoft.ServiceFabric/managedClusters/nodeTypes";
    public const string FleetType = "Microsoft.AzureFleet/fleets";

    private readonly ResourceModel model = new();
    private readonly Dictionary<string, List<NetworkInterface>> nicsByKey = new(StringComparer.OrdinalIgnoreCase);

    public ResourceModel Model => model;

    public static bool IsInteresting(string type) =>
        type.Equals(NetworkInterfaceType, StringComparison.OrdinalIgnoreCase) || MachineKindOf(type) is not null;

    public void Add(ResourceInstance resource)
    {
        if (resource.IsType(NetworkInterfaceType))
        {
            AddNic(resource);
        }
        else if (MachineKindOf(resource.Type) is { } kind)
        {
            AddMachine(resource, kind);
        }
    }

    public void Add(SiteRecoveryNic nic) => model.SiteRecoveryNics.Add(nic);

    /// <summary>Links every VM's <c>networkInterfaces[].id</c> to the NIC resources with that id, and scale-set VMs to their scale sets.</summary>
    public ResourceModel Build()
    {
        LinkScaleSetVms();
        foreach (var vm in model.VirtualMachines)
        {
            foreach (var id in vm.NetworkInterfaceIds)
            {
                if (id.IsKnown)
                {
                    Attach(vm, id);
                    continue;
                }

                foreach (var candidate in id.Candidates)
                {
                    Attach(vm, candidate);
                }
            }
        }

        return model;
    }

    private void Attach(VirtualMachine vm, Value id)
    {
        if (id.AsString() is { } text && ResourceIds.LinkKey(text) is { } key && nicsByKey.TryGetValue(key, out var nics))
        {
            foreach (var nic in nics)
            {
                if (!nic.AttachedTo.Contains(vm))
                {
                    nic.AttachedTo.Add(vm);
                    vm.NetworkInterfaces.Add(nic);
                }
            }
        }
    }

    private void AddNic(ResourceInstance resource)
    {
        var body = resource.Body;
        var properties = Get(body, "properties");
        string? name = resource.Name.IsUnknown ? resource.LinkName : resource.Name.AsString();
        string? ownKey = name is null ? null : ResourceIds.LinkKey(resource.Type, name);
        var nic = new NetworkInterface(NicKind.NetworkInterface, resource.Name, resource.Declaration)
        {
            Location = Property(body, "location"),
            Tags = Property(body, "tags"),
            EnableAcceleratedNetworking = Property(properties, "enableAcceleratedNetworking"),
            AuxiliaryMode = Property(properties, "auxiliaryMode"),
            AuxiliarySku = Property(properties, "auxiliarySku"),
            ApiVersion = resource.ApiVersion ?? Property(body, "apiVersion"),
            ResourceId = ownKey,
        };
        model.NetworkInterfaces.Add(nic);
        if (ownKey is not null)
        {
            Link(ownKey, nic);
            return;
        }

        // A name drawn from a set links under each candidate.
        foreach (var candidate in resource.Name.Candidates)
        {
            if (candidate.AsString() is { } text)
            {
                Link(ResourceIds.LinkKey(resource.Type, text), nic);
            }
        }
    }

    private void Link(string key, NetworkInterface nic)
    {
        if (!nicsByKey.TryGetValue(key, out var list))
        {
            nicsByKey[key] = list = new List<NetworkInterface>(1);
        }

        list.Add(nic);
    }

    /// <summary>
    /// A member of a value: null when the object lacks it, unknown when the owner is unknown, and
    /// for a set of objects the set of their members.
    /// </summary>
    public static Value Get(Value owner, string name)
    {
        switch (owner)
        {
            case ObjectValue obj:
                return Within(obj, obj.TryGetProperty(name, out var p) ? p.Value : NullValue.Instance);
            case UnknownValue:
                return owner;
            case OneOfValue set:
                return GetFromSet(set, name);
            default:
                return NullValue.Instance;
        }
    }

    private static Value GetFromSet(OneOfValue set, string name)
    {
        // The members of a set of objects are written where the set is, when they have no place of their own.
        var members = OneOfValue.Create(set.Candidates.Select(c => Get(c, name)));
        return members.Source is null && set.Source is { } source ? members.With(source: source) : members;
    }

    /// <summary>A property with the place its name is written; unknown (not absent) when its owner is unknown.</summary>
    public static ModelProperty Property(Value owner, string name)
    {
        switch (owner)
        {
            case ObjectValue obj:
                return obj.TryGetProperty(name, out var property)
                    ? new ModelProperty(Within(obj, property.Value), property.NameSource ?? property.Value.Source ?? owner.Source)
                    : ModelProperty.Absent;
            case UnknownValue:
                return new ModelProperty(owner, owner.Source);
            case OneOfValue set:
                SourceRef? location = null;
                bool present = false;
                var values = new List<Value>();
                foreach (var candidate in set.Candidates)
                {
                    if (candidate is ObjectValue o && o.TryGetProperty(name, out var p))
                    {
                        present = true;
                        location ??= p.NameSource ?? p.Value.Source ?? candidate.Source;
                        values.Add(Within(candidate, p.Value));
                    }
                    else
                    {
                        values.Add(Within(candidate, NullValue.Instance));
                    }
                }

                // Present in some candidate is present, placed where the set is written when no candidate says where.
                return present ? new ModelProperty(OneOfValue.Create(values, set.Origin), location ?? set.Source) : ModelProperty.Absent;
            default:
                return ModelProperty.Absent;
        }
    }

    /// <summary>A member of <paramref name="owner"/> depends on the choices the owner took.</summary>
    private static Value Within(Value owner, Value member) =>
        owner.Choices.IsEmpty ? member : member.WithChoices(owner.Choices) ?? UnknownValue.Because("no candidate is consistent");

    /// <summary>The items of an array value; for a set of arrays, the items of each.</summary>
    private static IEnumerable<Value> Items(Value value)
    {
        foreach (var candidate in value.Candidates)
        {
            if (candidate is ArrayValue array)
            {
                foreach (var item in array.Items)
                {
                    yield return Within(candidate, item);
                }
            }
        }
    }

}
