using AccelLint.Text;

namespace AccelLint.Model;

public enum NicKind
{
    /// <summary>A <c>Microsoft.Network/networkInterfaces</c> resource.</summary>
    NetworkInterface,

    /// <summary>An entry of a VM's <c>networkProfile.networkInterfaceConfigurations</c>.</summary>
    VmConfiguration,

    /// <summary>An entry of a scale set's <c>virtualMachineProfile.networkProfile.networkInterfaceConfigurations</c>.</summary>
    VmssConfiguration,

    /// <summary>
    /// An embedded NIC configuration of another kind of machine (its <see cref="NetworkInterface.Owner"/>
    /// says which): a scale-set VM's, a compute fleet's base profile's, a Service Fabric node type's additional NIC.
    /// </summary>
    Configuration,

    /// <summary>
    /// The accelerated networking setting of a machine that has no NIC configurations of its own: a Batch
    /// pool's <c>networkConfiguration</c>, a Service Fabric node type's properties.
    /// </summary>
    MachineSetting,
}

/// <summary>What kind of resource deploys the VMs: each puts its NICs on the sizes it lists.</summary>
public enum MachineKind
{
    /// <summary><c>Microsoft.Compute/virtualMachines</c>: <c>hardwareProfile.vmSize</c>.</summary>
    VirtualMachine,

    /// <summary><c>Microsoft.Compute/virtualMachineScaleSets</c>: <c>sku.name</c>, or every size of its instance mix.</summary>
    ScaleSet,

    /// <summary><c>Microsoft.Compute/virtualMachineScaleSets/virtualMachines</c>: its scale set's sizes, else its own <c>hardwareProfile.vmSize</c>.</summary>
    ScaleSetVm,

    /// <summary><c>Microsoft.Batch/batchAccounts/pools</c>: <c>properties.vmSize</c>.</summary>
    BatchPool,

    /// <summary><c>Microsoft.ServiceFabric/managedClusters/nodeTypes</c>: <c>properties.vmSize</c>.</summary>
    ServiceFabricNodeType,

    /// <summary><c>Microsoft.AzureFleet/fleets</c>: every size of <c>vmSizesProfile</c>.</summary>
    Fleet,
}

/// <summary>What each <see cref="MachineKind"/> is called: its resource type and its name in messages.</summary>
public static class MachineKinds
{
    public static string ResourceType(MachineKind kind) => kind switch
    {
        MachineKind.VirtualMachine => "Microsoft.Compute/virtualMachines",
        MachineKind.ScaleSet => "Microsoft.Compute/virtualMachineScaleSets",
        MachineKind.ScaleSetVm => "Microsoft.Compute/virtualMachineScaleSets/virtualMachines",
        MachineKind.BatchPool => "Microsoft.Batch/batchAccounts/pools",
        MachineKind.ServiceFabricNodeType => "Microsoft.ServiceFabric/managedClusters/nodeTypes",
        _ => "Microsoft.AzureFleet/fleets",
    };

    /// <summary>"VM", "scale set", ...: how a message names the machine before its name.</summary>
    public static string Noun(MachineKind kind) => kind switch
    {
        MachineKind.VirtualMachine => "VM",
        MachineKind.ScaleSet => "scale set",
        MachineKind.ScaleSetVm => "scale set VM",
        MachineKind.BatchPool => "Batch pool",
        MachineKind.ServiceFabricNodeType => "Service Fabric node type",
        _ => "compute fleet",
    };
}

/// <summary>A network interface: a NIC resource or a VM/VMSS embedded NIC configuration.</summary>
public sealed class NetworkInterface
{
    public NetworkInterface(NicKind kind, Value name, SourceRef declaration)
    {
        Kind = kind;
        Name = name;
        Declaration = declaration;
    }

    public NicKind Kind { get; }

    public Value Name { get; }

    /// <summary>Where the resource or configuration starts (its object or declaration).</summary>
    public SourceRef Declaration { get; }

    /// <summary>The NIC resource's own location (absent for embedded configurations).</summary>
    public ModelProperty Location { get; init; } = ModelProperty.Absent;

    public ModelProperty Tags { get; init; } = ModelProperty.Absent;

    public ModelProperty EnableAcceleratedNetworking { get; init; } = ModelProperty.Absent;

    public ModelProperty AuxiliaryMode { get; init; } = ModelProperty.Absent;

    public ModelProperty AuxiliarySku { get; init; } = ModelProperty.Absent;

    /// <summary>The resource's apiVersion (for embedded configurations, the VM's or scale set's).</summary>
    public ModelProperty ApiVersion { get; init; } = ModelProperty.Absent;

    /// <summary>The VM or scale set that embeds this configuration.</summary>
    public VirtualMachine? Owner { get; set; }

    /// <summary>The VMs whose <c>networkInterfaces</c> reference this NIC resource.</summary>
    public List<VirtualMachine> AttachedTo { get; } = new();

    /// <summary>The machines this NIC is on: its owner, or every VM that references it.</summary>
    public IEnumerable<VirtualMachine> Machines => Owner is not null ? new[] { Owner } : AttachedTo;

    /// <summary>The resource id the NIC is known by, when it could be evaluated.</summary>
    public string? ResourceId { get; init; }

    public bool IsEmbedded => Kind != NicKind.NetworkInterface;

    /// <summary>The name as written in logical locations: the name, else where it comes from.</summary>
    public string DisplayName => ResourceNames.Display(Name);

    /// <summary>For messages: <c>'app-nic'</c>, or <c>named by parameter 'name' of module 'nic'</c> when the name is not known.</summary>
    public string Named => ResourceNames.Named(Name);
}

/// <summary>How a resource whose name is not known is described: by where its name comes from, never "(unnamed)".</summary>
public static class ResourceNames
{
    public static string Display(Value name) => name.AsString() ?? (name.Origin is { } origin ? "{" + origin.Description + "}" : "{name unknown}");

    public static string Named(Value name) =>
        name.AsString() is { } known ? "'" + known + "'"
        : name.Origin is { } origin ? "named by " + origin.Description
        : name is UnknownValue unknown && unknown.Reason != UnknownValue.Instance.Reason ? $"whose name is not known ({unknown.Reason})"
        : "whose name is not known before deployment";
}

/// <summary>A VM's image (<c>storageProfile.imageReference</c>).</summary>
public sealed record ImageReference(ModelProperty Publisher, ModelProperty Offer, ModelProperty Sku);

/// <summary>
/// A resource that puts NICs on VM sizes: a virtual machine, a scale set, a scale-set VM, a Batch pool,
/// a Service Fabric node type or a compute fleet (<see cref="Kind"/>). The rules read every machine alike:
/// its <see cref="Sizes"/>, and its NICs (resources or embedded configurations) with their AN and AC settings.
/// </summary>
public sealed class VirtualMachine
{
    private ModelProperty size = ModelProperty.Absent;
    private IReadOnlyList<ModelProperty>? sizes;

    public VirtualMachine(bool isScaleSet, Value name, SourceRef declaration)
        : this(isScaleSet ? MachineKind.ScaleSet : MachineKind.VirtualMachine, name, declaration)
    {
    }

    public VirtualMachine(MachineKind kind, Value name, SourceRef declaration)
    {
        Kind = kind;
        Name = name;
        Declaration = declaration;
    }

    public MachineKind Kind { get; }

    public bool IsScaleSet => Kind == MachineKind.ScaleSet;

    public string ResourceType => MachineKinds.ResourceType(Kind);

    public Value Name { get; }

    public SourceRef Declaration { get; }

    /// <summary>Its own location; a scale-set VM without one takes its scale set's.</summary>
    public ModelProperty Location { get; set; } = ModelProperty.Absent;

    public ModelProperty Tags { get; set; } = ModelProperty.Absent;

    /// <summary>
    /// The size as written: <c>hardwareProfile.vmSize</c> for a VM, <c>sku.name</c> for a scale set
    /// (<c>Mix</c> with instance mix), <c>vmSize</c> for a Batch pool or node type; absent for a fleet.
    /// Rules read <see cref="Sizes"/>.
    /// </summary>
    public ModelProperty Size
    {
        get => size;
        set
        {
            size = value;
            sizes = null;
        }
    }

    /// <summary>
    /// Every size this machine deploys, each checked on its own (all of them are deployed, they are not
    /// alternatives): the one <see cref="Size"/>, or each <c>skuProfile.vmSizes[].name</c> of a scale set
    /// with instance mix, or each <c>vmSizesProfile[].name</c> of a fleet.
    /// </summary>
    public IReadOnlyList<ModelProperty> Sizes
    {
        get => sizes ??= size.IsPresent ? new[] { size } : Array.Empty<ModelProperty>();
        set => sizes = value;
    }

    /// <summary><c>hardwareProfile.vmSizeProperties.vCPUsAvailable</c> when set.</summary>
    public ModelProperty VCpusAvailable { get; set; } = ModelProperty.Absent;

    public ImageReference? Image { get; set; }

    /// <summary>For a scale-set VM: its scale set, when the same deployment declares it.</summary>
    public VirtualMachine? ScaleSet { get; set; }

    public ModelProperty ApiVersion { get; init; } = ModelProperty.Absent;

    /// <summary>Ids written in <c>networkProfile.networkInterfaces[].id</c>, resolved by the front end.</summary>
    public List<Value> NetworkInterfaceIds { get; } = new();

    /// <summary>NIC resources referenced plus embedded configurations.</summary>
    public List<NetworkInterface> NetworkInterfaces { get; } = new();

    /// <summary>The name as written in logical locations: the name, else where it comes from.</summary>
    public string DisplayName => ResourceNames.Display(Name);

    /// <summary>For messages: <c>'vm1'</c>, or <c>named by parameter 'vmName'</c> when the name is not known.</summary>
    public string Named => ResourceNames.Named(Name);
}

/// <summary>
/// One <c>VmNicInputDetails</c> of a Site Recovery replication update (C# only): the recovery VM
/// size, the AN flags for recovery and test failover, and the source NIC when it is known.
/// </summary>
public sealed class SiteRecoveryNic
{
    public SiteRecoveryNic(SourceRef declaration) => Declaration = declaration;

    public SourceRef Declaration { get; }

    public ModelProperty RecoveryVmSize { get; init; } = ModelProperty.Absent;

    public ModelProperty EnableOnRecovery { get; init; } = ModelProperty.Absent;

    public ModelProperty EnableOnTfo { get; init; } = ModelProperty.Absent;

    public Value NicId { get; init; } = UnknownValue.Instance;

    /// <summary>The source NIC built in the same method, when it could be found.</summary>
    public NetworkInterface? SourceNic { get; set; }
}

/// <summary>Everything the rules see: the front ends' output, with links resolved.</summary>
public sealed class ResourceModel
{
    public List<NetworkInterface> NetworkInterfaces { get; } = new();

    public List<VirtualMachine> VirtualMachines { get; } = new();

    public List<SiteRecoveryNic> SiteRecoveryNics { get; } = new();

    /// <summary>Registry and template-spec modules that are not available locally (ACCEL014).</summary>
    public List<UnresolvedModule> UnresolvedModules { get; } = new();

    /// <summary>
    /// The files of restored registry and template-spec modules, one per deployment of them, with the
    /// call that deploys it: a finding in such a file is reported at the caller.
    /// </summary>
    public Dictionary<SourceFile, ExternalModuleCall> ExternalModuleCalls { get; } = new();
}
