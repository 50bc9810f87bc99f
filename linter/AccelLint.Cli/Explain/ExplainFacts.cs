using AccelLint.Model;
using AccelLint.Text;

namespace AccelLint.Cli.Explain;

/// <summary>
/// What <c>accellint explain</c> shows of a model, shared by the text and JSON forms: the values
/// that matter for each resource (in a fixed order), the links, and paths relative to the working folder.
/// </summary>
internal sealed class ExplainFacts
{
    public ExplainFacts(string baseDirectory) => BaseDirectory = baseDirectory;

    public string BaseDirectory { get; }

    public string RelativePath(string path) => Path.GetRelativePath(BaseDirectory, path).Replace('\\', '/');

    /// <summary><c>main.bicep(12,5)</c>, 1-based.</summary>
    public string Format(SourceRef source)
    {
        var location = source.ToLocation();
        return $"{RelativePath(location.Path)}({location.Line},{location.Column})";
    }

    /// <summary>The values of a VM or scale set the rules read (the image apart: it has three).</summary>
    public static IReadOnlyList<(string Name, ModelProperty Property)> Properties(VirtualMachine machine)
    {
        var list = new List<(string, ModelProperty)> { ("size", machine.Size) };

        // Instance mix, fleets, scale-set VMs on their scale set's sizes: every size deployed.
        if (machine.Sizes.Count != 1 || !ReferenceEquals(machine.Sizes[0], machine.Size))
        {
            for (int i = 0; i < machine.Sizes.Count; i++)
            {
                list.Add(($"sizes[{i}]", machine.Sizes[i]));
            }
        }

        list.Add(("vCPUsAvailable", machine.VCpusAvailable));
        list.Add(("location", machine.Location));
        list.Add(("tags", machine.Tags));
        list.Add(("apiVersion", machine.ApiVersion));
        return list;
    }

    public static IReadOnlyList<(string Name, ModelProperty Property)> Properties(ImageReference image) => new[]
    {
        ("publisher", image.Publisher),
        ("offer", image.Offer),
        ("sku", image.Sku),
    };

    /// <summary>The values of a NIC the rules read; an embedded configuration has no location of its own.</summary>
    public static IReadOnlyList<(string Name, ModelProperty Property)> Properties(NetworkInterface nic)
    {
        var list = new List<(string, ModelProperty)>();
        if (!nic.IsEmbedded)
        {
            list.Add(("location", nic.Location));
        }

        list.Add(("tags", nic.Tags));
        list.Add(("enableAcceleratedNetworking", nic.EnableAcceleratedNetworking));
        list.Add(("auxiliaryMode", nic.AuxiliaryMode));
        list.Add(("auxiliarySku", nic.AuxiliarySku));
        list.Add(("apiVersion", nic.ApiVersion));
        return list;
    }

    public static string KindOf(VirtualMachine machine) => machine.Kind switch
    {
        MachineKind.VirtualMachine => "virtualMachine",
        MachineKind.ScaleSet => "scaleSet",
        MachineKind.ScaleSetVm => "scaleSetVm",
        MachineKind.BatchPool => "batchPool",
        MachineKind.ServiceFabricNodeType => "serviceFabricNodeType",
        _ => "fleet",
    };

    /// <summary>How the text form heads a machine: "Virtual machine", "Scale set", "Batch pool", ...</summary>
    public static string Heading(VirtualMachine machine) => machine.Kind switch
    {
        MachineKind.VirtualMachine => "Virtual machine",
        _ => char.ToUpperInvariant(MachineKinds.Noun(machine.Kind)[0]) + MachineKinds.Noun(machine.Kind).Substring(1),
    };

    public static string KindOf(NetworkInterface nic) => nic.Kind switch
    {
        NicKind.VmConfiguration => "vmConfiguration",
        NicKind.VmssConfiguration => "vmssConfiguration",
        NicKind.Configuration => "configuration",
        NicKind.MachineSetting => "machineSetting",
        _ => "networkInterface",
    };

    /// <summary>The NIC resources a machine references (its embedded configurations are listed apart).</summary>
    public static IEnumerable<NetworkInterface> Referenced(VirtualMachine machine) => machine.NetworkInterfaces.Where(n => !n.IsEmbedded);

    public static IEnumerable<NetworkInterface> Embedded(VirtualMachine machine) => machine.NetworkInterfaces.Where(n => n.IsEmbedded);

    /// <summary>NIC resources on no VM or scale set.</summary>
    public static IEnumerable<NetworkInterface> Unlinked(ResourceModel model) => model.NetworkInterfaces.Where(n => !n.IsEmbedded && n.AttachedTo.Count == 0);

    /// <summary>
    /// The ids in a machine's <c>networkInterfaces[].id</c> that match no NIC resource of the deployment:
    /// unknown ids, and ids with a candidate that names no NIC here.
    /// </summary>
    public static IEnumerable<Value> UnmatchedIds(VirtualMachine machine)
    {
        var keys = new HashSet<string>(Referenced(machine).SelectMany(KeysOf), StringComparer.OrdinalIgnoreCase);
        foreach (var id in machine.NetworkInterfaceIds)
        {
            if (id.IsUnknown || id.Candidates.Any(c => c.AsString() is not { } text || ResourceIds.LinkKey(text) is not { } key || !keys.Contains(key)))
            {
                yield return id;
            }
        }
    }

    private static IEnumerable<string> KeysOf(NetworkInterface nic)
    {
        if (nic.ResourceId is { } id)
        {
            return new[] { id };
        }

        return nic.Name.Candidates.Select(c => c.AsString()).Where(n => n is not null).Select(n => ResourceIds.LinkKey(ResourceModelBuilder.NetworkInterfaceType, n!));
    }
}
