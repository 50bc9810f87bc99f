using AccelLint.Text;

namespace AccelLint.Model;

/// <summary>
/// The machines, one method per resource shape. Every property path below is taken from Azure's type
/// definitions (Azure.Bicep.Types.Az 0.2.972), and <c>ResourceShapesTypeDefinitionsTests</c> checks
/// them there again.
/// </summary>
public sealed partial class ResourceModelBuilder
{
    /// <summary>The <c>sku.name</c> of a scale set with instance mix: not a size, its sizes are in <c>skuProfile.vmSizes</c>.</summary>
    public const string InstanceMixSku = "Mix";

    /// <summary>The first apiVersion whose Batch pool <c>networkConfiguration</c> has <c>enableAcceleratedNetworking</c>.</summary>
    internal const string BatchPoolAcceleratedNetworkingSince = "2023-05-01";

    /// <summary>The first apiVersion whose Service Fabric managed cluster node type has <c>enableAcceleratedNetworking</c>.</summary>
    internal const string NodeTypeAcceleratedNetworkingSince = "2021-11-01";

    private readonly List<(VirtualMachine Vm, string ScaleSetKey)> scaleSetVms = new();
    private readonly Dictionary<string, VirtualMachine> scaleSetsByKey = new(StringComparer.OrdinalIgnoreCase);

    private static MachineKind? MachineKindOf(string type) =>
        type.Equals(VirtualMachineType, StringComparison.OrdinalIgnoreCase) ? MachineKind.VirtualMachine
        : type.Equals(ScaleSetType, StringComparison.OrdinalIgnoreCase) ? MachineKind.ScaleSet
        : type.Equals(ScaleSetVmType, StringComparison.OrdinalIgnoreCase) ? MachineKind.ScaleSetVm
        : type.Equals(BatchPoolType, StringComparison.OrdinalIgnoreCase) ? MachineKind.BatchPool
        : type.Equals(NodeTypeType, StringComparison.OrdinalIgnoreCase) ? MachineKind.ServiceFabricNodeType
        : type.Equals(FleetType, StringComparison.OrdinalIgnoreCase) ? MachineKind.Fleet
        : null;

    private void AddMachine(ResourceInstance resource, MachineKind kind)
    {
        var body = resource.Body;
        var properties = Get(body, "properties");
        var vm = new VirtualMachine(kind, resource.Name, resource.Declaration)
        {
            Location = Property(body, "location"),
            Tags = Property(body, "tags"),
            ApiVersion = resource.ApiVersion ?? Property(body, "apiVersion"),
        };
        model.VirtualMachines.Add(vm);
        switch (kind)
        {
            case MachineKind.VirtualMachine:
                AddComputeProfile(vm, properties, NicKind.VmConfiguration);
                vm.Size = Property(Get(properties, "hardwareProfile"), "vmSize");
                break;
            case MachineKind.ScaleSet:
                AddComputeProfile(vm, Get(properties, "virtualMachineProfile"), NicKind.VmssConfiguration);
                AddScaleSetSizes(vm, body, properties);
                if ((resource.Name.AsString() ?? resource.LinkName) is { } name)
                {
                    scaleSetsByKey[ResourceIds.LinkKey(ScaleSetType, name)] = vm;
                }

                break;
            case MachineKind.ScaleSetVm:
                AddScaleSetVm(vm, resource, properties);
                break;
            case MachineKind.BatchPool:
                AddBatchPool(vm, properties);
                break;
            case MachineKind.ServiceFabricNodeType:
                AddNodeType(vm, properties);
                break;
            case MachineKind.Fleet:
                AddFleet(vm, properties);
                break;
        }
    }

    /// <summary>
    /// What a VM's <c>properties</c>, a scale set's <c>virtualMachineProfile</c> and a fleet's
    /// <c>baseVirtualMachineProfile</c> share: <c>hardwareProfile.vmSizeProperties.vCPUsAvailable</c>,
    /// <c>storageProfile.imageReference</c>, and <c>networkProfile</c> with NIC references and configurations.
    /// </summary>
    private void AddComputeProfile(VirtualMachine vm, Value profile, NicKind kind)
    {
        vm.VCpusAvailable = Property(Get(Get(profile, "hardwareProfile"), "vmSizeProperties"), "vCPUsAvailable");
        vm.Image = Image(Get(Get(profile, "storageProfile"), "imageReference"));
        var network = Get(profile, "networkProfile");
        foreach (var reference in Items(Get(network, "networkInterfaces")))
        {
            vm.NetworkInterfaceIds.Add(Get(reference, "id"));
        }

        AddConfigurations(vm, Get(network, "networkInterfaceConfigurations"), kind);
    }

    private static ImageReference? Image(Value image) =>
        image.Kind == ValueKind.Null ? null : new ImageReference(Property(image, "publisher"), Property(image, "offer"), Property(image, "sku"));

    /// <summary>
    /// <c>sku.name</c>; with instance mix (<c>sku.name</c> <c>Mix</c>, apiVersion 2024-07-01+) every
    /// <c>properties.skuProfile.vmSizes[].name</c> instead, since each of them is deployed. <c>Mix</c> is never a size.
    /// </summary>
    private static void AddScaleSetSizes(VirtualMachine vm, Value body, Value properties)
    {
        var sku = Property(Get(body, "sku"), "name");
        vm.Size = sku;
        if (InstanceMixSizes(sku, Items(Get(Get(properties, "skuProfile"), "vmSizes")).Select(entry => Property(entry, "name"))) is { } sizes)
        {
            vm.Sizes = sizes;
        }
    }

    /// <summary>
    /// The sizes a scale set deploys when its sku is <c>Mix</c> (in one of its candidates): the listed
    /// sizes that are present, and the sku's other candidates; null when the sku is not instance mix.
    /// The ARM/Bicep model and the C# front end both read instance mix through it.
    /// </summary>
    public static List<ModelProperty>? InstanceMixSizes(ModelProperty sku, IEnumerable<ModelProperty> listed)
    {
        if (!sku.IsPresent || !sku.Value.Candidates.Any(IsInstanceMix))
        {
            return null;
        }

        var sizes = new List<ModelProperty>();
        var others = sku.Value.Candidates.Where(c => !IsInstanceMix(c)).ToList();
        if (others.Count > 0)
        {
            sizes.Add(new ModelProperty(OneOfValue.Create(others, sku.Value.Origin), sku.Location));
        }

        sizes.AddRange(listed.Where(name => name.IsPresent));
        return sizes;
    }

    private static bool IsInstanceMix(Value value) => string.Equals(value.AsString(), InstanceMixSku, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A scale-set VM: NIC configurations under <c>networkProfileConfiguration</c> (the scale set's form)
    /// and <c>networkProfile</c> (the VM's form); its own <c>hardwareProfile.vmSize</c> until
    /// <see cref="LinkScaleSetVms"/> finds its scale set (its <c>sku</c> is read-only, so it is not read).
    /// </summary>
    private void AddScaleSetVm(VirtualMachine vm, ResourceInstance resource, Value properties)
    {
        AddComputeProfile(vm, properties, NicKind.Configuration);
        AddConfigurations(vm, Get(Get(properties, "networkProfileConfiguration"), "networkInterfaceConfigurations"), NicKind.Configuration);
        vm.Size = Property(Get(properties, "hardwareProfile"), "vmSize");
        string? name = resource.Name.AsString() ?? resource.LinkName;
        int slash = name?.LastIndexOf('/') ?? -1;
        if (slash > 0)
        {
            scaleSetVms.Add((vm, ResourceIds.LinkKey(ScaleSetType, name!.Substring(0, slash))));
        }
    }

    /// <summary>A scale-set VM whose scale set is in the deployment runs on the scale set's sizes, in its location, with its tags when it has none.</summary>
    private void LinkScaleSetVms()
    {
        foreach (var (vm, key) in scaleSetVms)
        {
            if (!scaleSetsByKey.TryGetValue(key, out var scaleSet))
            {
                continue;
            }

            vm.ScaleSet = scaleSet;
            vm.Size = scaleSet.Size;
            vm.Sizes = scaleSet.Sizes;
            if (!vm.VCpusAvailable.IsPresent)
            {
                vm.VCpusAvailable = scaleSet.VCpusAvailable;
            }

            vm.Image ??= scaleSet.Image;
            if (!vm.Location.IsPresent)
            {
                vm.Location = scaleSet.Location;
            }

            if (!vm.Tags.IsPresent)
            {
                vm.Tags = scaleSet.Tags;
            }
        }
    }

    /// <summary>A Batch pool: <c>vmSize</c>, <c>networkConfiguration.enableAcceleratedNetworking</c> (2023-05-01+), the image of <c>virtualMachineConfiguration</c>.</summary>
    private void AddBatchPool(VirtualMachine vm, Value properties)
    {
        vm.Size = Property(properties, "vmSize");
        vm.Image = Image(Get(Get(Get(properties, "deploymentConfiguration"), "virtualMachineConfiguration"), "imageReference"));
        var networkConfiguration = Property(properties, "networkConfiguration");
        var flag = Property(Get(properties, "networkConfiguration"), "enableAcceleratedNetworking");
        if (flag.IsPresent || Defines(vm.ApiVersion, BatchPoolAcceleratedNetworkingSince))
        {
            AddSetting(vm, flag, networkConfiguration.Location ?? vm.Declaration);
        }
    }

    /// <summary>
    /// A Service Fabric managed cluster node type: <c>vmSize</c>, <c>enableAcceleratedNetworking</c>
    /// (2021-11-01-preview+), the image (<c>vmImagePublisher</c>, <c>vmImageOffer</c>, <c>vmImageSku</c>),
    /// and <c>additionalNetworkInterfaceConfigurations[]</c>, whose members sit on each entry itself.
    /// </summary>
    private void AddNodeType(VirtualMachine vm, Value properties)
    {
        vm.Size = Property(properties, "vmSize");
        var publisher = Property(properties, "vmImagePublisher");
        if (publisher.IsPresent)
        {
            vm.Image = new ImageReference(publisher, Property(properties, "vmImageOffer"), Property(properties, "vmImageSku"));
        }

        var flag = Property(properties, "enableAcceleratedNetworking");
        if (flag.IsPresent || Defines(vm.ApiVersion, NodeTypeAcceleratedNetworkingSince))
        {
            AddSetting(vm, flag, vm.Declaration);
        }

        foreach (var entry in Items(Get(properties, "additionalNetworkInterfaceConfigurations")))
        {
            if (entry is ObjectValue)
            {
                AddConfiguration(vm, entry, entry, NicKind.Configuration);
            }
        }
    }

    /// <summary>
    /// An Azure Compute Fleet: every <c>vmSizesProfile[].name</c> (each may be deployed), and the NIC
    /// configurations of <c>computeProfile.baseVirtualMachineProfile</c>, AC properties included.
    /// </summary>
    private void AddFleet(VirtualMachine vm, Value properties)
    {
        AddComputeProfile(vm, Get(Get(properties, "computeProfile"), "baseVirtualMachineProfile"), NicKind.Configuration);
        var sizes = new List<ModelProperty>();
        foreach (var entry in Items(Get(properties, "vmSizesProfile")))
        {
            var name = Property(entry, "name");
            if (name.IsPresent)
            {
                sizes.Add(name);
            }
        }

        vm.Sizes = sizes;
    }

    /// <summary>The AN setting of a machine without NIC configurations, as the one NIC the rules check.</summary>
    private void AddSetting(VirtualMachine vm, ModelProperty flag, SourceRef declaration)
    {
        var nic = new NetworkInterface(NicKind.MachineSetting, vm.Name, declaration)
        {
            EnableAcceleratedNetworking = flag,
            ApiVersion = vm.ApiVersion,
            Owner = vm,
        };
        vm.NetworkInterfaces.Add(nic);
        model.NetworkInterfaces.Add(nic);
    }

    private void AddConfigurations(VirtualMachine vm, Value configurations, NicKind kind)
    {
        foreach (var config in Items(configurations))
        {
            if (config is ObjectValue)
            {
                AddConfiguration(vm, config, Get(config, "properties"), kind);
            }
        }
    }

    /// <summary>One embedded NIC configuration; its tags are its own <c>tags</c> (or <c>properties.tags</c>) when it has them.</summary>
    private void AddConfiguration(VirtualMachine vm, Value config, Value configProperties, NicKind kind)
    {
        var tags = Property(config, "tags");
        if (!tags.IsPresent && !ReferenceEquals(config, configProperties))
        {
            tags = Property(configProperties, "tags");
        }

        var nic = new NetworkInterface(kind, Get(config, "name"), config.Source ?? vm.Declaration)
        {
            Tags = tags,
            EnableAcceleratedNetworking = Property(configProperties, "enableAcceleratedNetworking"),
            AuxiliaryMode = Property(configProperties, "auxiliaryMode"),
            AuxiliarySku = Property(configProperties, "auxiliarySku"),
            ApiVersion = vm.ApiVersion,
            Owner = vm,
        };
        vm.NetworkInterfaces.Add(nic);
        model.NetworkInterfaces.Add(nic);
    }

    /// <summary>The apiVersion defines a property that appeared in <paramref name="since"/>: true unless it is known and older.</summary>
    private static bool Defines(ModelProperty apiVersion, string since)
    {
        if (!apiVersion.IsPresent || apiVersion.Value.IsUnknown)
        {
            return true;
        }

        foreach (var candidate in apiVersion.Value.Candidates)
        {
            string? text = candidate.AsString()?.Trim();
            if (text is null || text.Length < 10 || string.CompareOrdinal(text.Substring(0, 10), since) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
