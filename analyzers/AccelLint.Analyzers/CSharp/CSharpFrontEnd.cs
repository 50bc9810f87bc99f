using AccelLint.Model;
using AccelLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AccelLint.Analyzers.CSharp;

/// <summary>
/// Turns what one method does to SDK objects into the engine's resource model: NIC data, VMs and
/// scale sets with their embedded NIC configurations, and Site Recovery NIC inputs. Properties are
/// located at the assignment that sets them; a VM links to a NIC through its
/// <c>NetworkInterfaces</c> references within the method.
/// </summary>
internal sealed class CSharpFrontEnd
{
    private readonly MethodGraph graph;
    private readonly SdkTypes types;
    private readonly SourceFile file;
    private readonly ValueReader reader;
    private readonly ResourceModel model = new();
    private readonly Dictionary<ObjectNode, NetworkInterface> nics = new();
    private Dictionary<ILocalSymbol, List<NetworkInterface>>? nicsByHolder;

    public CSharpFrontEnd(MethodGraph graph, SdkTypes types, SourceFile file, AccelLint.Catalog.VmSizeCatalog catalog)
    {
        this.graph = graph;
        this.types = types;
        this.file = file;
        reader = new ValueReader(graph, types, graph.Scope, catalog);
    }

    public ResourceModel Build()
    {
        var all = graph.Nodes.Concat(graph.ReturnedNodes).ToList();
        foreach (var node in all.Where(n => SdkTypes.Is(n.Type, types.NetworkInterfaceData)))
        {
            var nic = new NetworkInterface(NicKind.NetworkInterface, Name(node), Declaration(node))
            {
                Location = Property(node, "Location"),
                Tags = Tags(node),
                EnableAcceleratedNetworking = Property(node, "EnableAcceleratedNetworking"),
                AuxiliaryMode = Property(node, "AuxiliaryMode"),
                AuxiliarySku = Property(node, "AuxiliarySku"),
            };
            nics[node] = nic;
            model.NetworkInterfaces.Add(nic);
        }

        foreach (var node in all)
        {
            bool isVm = SdkTypes.Is(node.Type, types.VirtualMachineData);
            if (isVm || SdkTypes.Is(node.Type, types.ScaleSetData))
            {
                AddMachine(node, isScaleSet: !isVm);
            }
        }

        foreach (var node in all.Where(n => SdkTypes.Is(n.Type, types.VmNicInputDetails)))
        {
            AddSiteRecovery(node, all);
        }

        return model;
    }

    private void AddMachine(ObjectNode node, bool isScaleSet)
    {
        // A scale set's profile is VirtualMachineProfile (Compute 1.2.0) or Properties.VirtualMachineProfile
        // (1.17+, where the old member forwards to it): code may write through either, so both are read.
        var profiles = isScaleSet ? ScaleSetParts(node, "VirtualMachineProfile") : new List<ObjectNode> { node };
        var image = profiles.Select(p => p.ExistingChild("StorageProfile")?.ExistingChild("ImageReference")).FirstOrDefault(i => i is not null);
        var vm = new VirtualMachine(isScaleSet, Name(node), Declaration(node))
        {
            Location = Property(node, "Location"),
            Tags = Tags(node),
            Size = isScaleSet ? Property(node.ExistingChild("Sku"), "Name") : Property(node.ExistingChild("HardwareProfile"), "VmSize"),
            VCpusAvailable = VCpusAvailable(profiles),
            Image = image is null ? null : new ImageReference(Property(image, "Publisher"), Property(image, "Offer"), Property(image, "Sku")),
        };
        if (isScaleSet)
        {
            AddInstanceMix(vm, node);
        }

        model.VirtualMachines.Add(vm);

        var networks = profiles.Select(p => p.ExistingChild("NetworkProfile")).Where(n => n is not null).Select(n => n!).ToList();
        if (networks.Count == 0)
        {
            return;
        }

        foreach (var config in networks.SelectMany(n => n.ItemsOf("NetworkInterfaceConfigurations")).Select(i => i.Node).Distinct())
        {
            if (config is null)
            {
                continue;
            }

            var nic = new NetworkInterface(isScaleSet ? NicKind.VmssConfiguration : NicKind.VmConfiguration, Property(config, "Name").Value, Declaration(config))
            {
                Tags = config.Properties.ContainsKey("Tags") ? Tags(config) : ModelProperty.Absent,
                EnableAcceleratedNetworking = Property(config, "EnableAcceleratedNetworking"),
                AuxiliaryMode = Property(config, "AuxiliaryMode"),
                AuxiliarySku = Property(config, "AuxiliarySku"),
                Owner = vm,
            };
            vm.NetworkInterfaces.Add(nic);
            model.NetworkInterfaces.Add(nic);
        }

        var network = networks[0];
        foreach (var (_, reference) in network.ItemsOf("NetworkInterfaces"))
        {
            var id = reference?.Properties.TryGetValue("Id", out var assignment) == true ? assignment.Value : null;
            foreach (var nic in LinkedNics(id))
            {
                if (!nic.AttachedTo.Contains(vm))
                {
                    nic.AttachedTo.Add(vm);
                    vm.NetworkInterfaces.Add(nic);
                }
            }
        }
    }

    /// <summary>The scale set's <paramref name="member"/> and its <c>Properties.</c><paramref name="member"/> (1.17+), those written.</summary>
    private static List<ObjectNode> ScaleSetParts(ObjectNode scaleSet, string member)
    {
        var parts = new List<ObjectNode>(2);
        if (scaleSet.ExistingChild("Properties")?.ExistingChild(member) is { } current)
        {
            parts.Add(current);
        }

        if (scaleSet.ExistingChild(member) is { } old && !parts.Contains(old))
        {
            parts.Add(old);
        }

        return parts;
    }

    /// <summary>
    /// <c>vCPUsAvailable</c>: <c>HardwareProfile.VmSizeProperties.VCpusAvailable</c> (a VM; a scale set in
    /// 1.17+) or the flattened <c>HardwareVmSizeProperties.VCpusAvailable</c> (a scale set in 1.2.0).
    /// </summary>
    private ModelProperty VCpusAvailable(List<ObjectNode> profiles)
    {
        foreach (var profile in profiles)
        {
            foreach (var properties in new[] { profile.ExistingChild("HardwareProfile")?.ExistingChild("VmSizeProperties"), profile.ExistingChild("HardwareVmSizeProperties") })
            {
                if (Property(properties, "VCpusAvailable") is { IsPresent: true } vcpus)
                {
                    return vcpus;
                }
            }
        }

        return ModelProperty.Absent;
    }

    /// <summary>
    /// Instance mix: with <c>Sku.Name</c> <c>"Mix"</c>, every <c>SkuProfile.VmSizes[].Name</c> (or
    /// <c>Properties.SkuProfile</c>) is deployed, so each is a size to check; <c>Mix</c> never is (as
    /// the ARM and Bicep front ends read <c>skuProfile</c>).
    /// </summary>
    private void AddInstanceMix(VirtualMachine vm, ObjectNode scaleSet)
    {
        var listed = ScaleSetParts(scaleSet, "SkuProfile").SelectMany(profile => profile.ItemsOf("VmSizes")).Select(item => Property(item.Node, "Name"));
        if (AccelLint.Model.ResourceModelBuilder.InstanceMixSizes(vm.Size, listed) is { } sizes)
        {
            vm.Sizes = sizes;
        }
    }

    private void AddSiteRecovery(ObjectNode node, List<ObjectNode> all)
    {
        // The update properties that list this NIC input in VmNics carry the recovery VM size.
        var update = all.FirstOrDefault(n => n.ItemsOf("VmNics").Any(i => ReferenceEquals(i.Node, node)) || n.ExistingChild("VmNics")?.Items.Any(i => ReferenceEquals(i.Node, node)) == true);
        var nicId = node.Properties.TryGetValue("NicId", out var idAssignment) ? idAssignment.Value : null;
        var recovery = new SiteRecoveryNic(Declaration(node))
        {
            RecoveryVmSize = Property(update, "RecoveryAzureVmSize"),
            EnableOnRecovery = Property(node, "EnableAcceleratedNetworkingOnRecovery"),
            EnableOnTfo = Property(node, "EnableAcceleratedNetworkingOnTfo"),
            NicId = reader.Read(nicId),
            SourceNic = LinkedNics(nicId).FirstOrDefault(),
        };
        model.SiteRecoveryNics.Add(recovery);
    }

    /// <summary>
    /// The NIC data an id expression refers to: one built in this method whose local the expression
    /// uses (directly or through locals derived from it, like the created resource); else, when the
    /// method builds exactly one NIC, that one.
    /// </summary>
    private IEnumerable<NetworkInterface> LinkedNics(IOperation? id)
    {
        if (id is null)
        {
            return Enumerable.Empty<NetworkInterface>();
        }

        // Each NIC's holders are found once and indexed by local, so a VM's lookup costs the locals its
        // id reads, not a pass over every NIC of the method (linear linking, SPEC §9).
        var index = NicsByHolder();
        var matched = new List<NetworkInterface>();
        foreach (var local in MethodGraph.LocalsIn(id))
        {
            if (index.TryGetValue(local, out var held))
            {
                foreach (var nic in held)
                {
                    if (!matched.Contains(nic))
                    {
                        matched.Add(nic);
                    }
                }
            }
        }

        if (matched.Count > 0)
        {
            return matched;
        }

        // An id that flows in from outside the method (a parameter, a field, a property of this object)
        // names a NIC the method did not build: never guess that it is the one built here.
        return nics.Count == 1 && !graph.ComesFromOutside(id) ? nics.Values : Enumerable.Empty<NetworkInterface>();
    }

    private Dictionary<ILocalSymbol, List<NetworkInterface>> NicsByHolder()
    {
        if (nicsByHolder is null)
        {
            var index = new Dictionary<ILocalSymbol, List<NetworkInterface>>(SymbolEqualityComparer.Default);
            foreach (var pair in nics)
            {
                foreach (var local in graph.Holders(pair.Key))
                {
                    index.AddTo(local, pair.Value);
                }
            }

            nicsByHolder = index;
        }

        return nicsByHolder;
    }

    private ModelProperty Property(ObjectNode? node, string name)
    {
        if (node is null || !node.Properties.TryGetValue(name, out var assignment) || assignment.Value is null || assignment.Syntax is null)
        {
            return ModelProperty.Absent;
        }

        return new ModelProperty(reader.Read(assignment.Value), graph.Scope.At(assignment.Syntax));
    }

    /// <summary>Tags from initializers, <c>Add</c> calls and indexer writes; absent when none is written.</summary>
    private ModelProperty Tags(ObjectNode node)
    {
        var tags = node.ExistingChild("Tags");
        if (tags is null)
        {
            return ModelProperty.Absent;
        }

        // Handed to a helper, aliased, cleared, or given entries by Add(KeyValuePair) from elsewhere: unknown.
        var entries = new List<Entry>(tags.Entries);
        foreach (var (item, _) in tags.Items)
        {
            if (MethodGraph.Unwrap(item) is IObjectCreationOperation { Arguments.Length: 2 } pair)
            {
                entries.Add(new Entry(pair.Arguments[0].Value, pair.Arguments[1].Value, item.Syntax));
            }
            else
            {
                return new ModelProperty(UnknownValue.Instance, graph.Scope.At(item.Syntax));
            }
        }

        if (tags.Escaped)
        {
            return new ModelProperty(UnknownValue.Instance, entries.Count > 0 ? graph.Scope.At(entries[0].Syntax) : null);
        }

        if (entries.Count == 0)
        {
            return ModelProperty.Absent;
        }

        entries.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
        var properties = new List<PropertyValue>();
        foreach (var entry in entries)
        {
            if (reader.Read(entry.Key).AsString() is not { } key)
            {
                // A tag whose key is not known: the whole set is unknown.
                return new ModelProperty(UnknownValue.Instance, graph.Scope.At(entry.Syntax));
            }

            properties.Add(new PropertyValue(key, graph.Scope.At(entry.Syntax), reader.Read(entry.Value)));
        }

        return new ModelProperty(new MapValue(properties), graph.Scope.At(entries[0].Syntax));
    }

    /// <summary>
    /// The local that holds the object, else its <c>Name</c>, else the name it is created under
    /// (<c>CreateOrUpdate(WaitUntil.Completed, "web-nic", new NetworkInterfaceData { ... })</c>).
    /// </summary>
    private Value Name(ObjectNode node)
    {
        if (node.Local is { } local)
        {
            return new StringValue(local.Name);
        }

        if (Property(node, "Name") is { IsPresent: true, Value: var name } && name.AsString() is not null)
        {
            return name;
        }

        if (node.Creation?.Parent is IArgumentOperation { Parent: IInvocationOperation call }
            && call.Arguments.Select(a => a.Value.ConstantValue).FirstOrDefault(c => c.HasValue && c.Value is string) is { HasValue: true, Value: string created })
        {
            return new StringValue(created);
        }

        // Created and returned (or handed on) without a name: say where, so that the message finds it.
        return Builder(node) is { } method ? UnknownValue.Because($"built in '{method}'") : UnknownValue.Instance;
    }

    /// <summary>The method that creates the object, as <c>Type.Method</c> (the method a lambda or local function is in).</summary>
    private static string? Builder(ObjectNode node)
    {
        if (node.Creation is not { SemanticModel: { } model } creation)
        {
            return null;
        }

        var symbol = model.GetEnclosingSymbol(creation.Syntax.SpanStart);
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol is { ContainingType: { } type } && symbol.Name.Length > 0
            ? type.Name + "." + (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } ? type.Name : symbol.Name)
            : null;
    }

    private SourceRef Declaration(ObjectNode node) =>
        node.Syntax is null ? new(file, default) : graph.Scope.At(node.Syntax);
}
