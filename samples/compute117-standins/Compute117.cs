// Stand-ins for the Azure.ResourceManager.Compute 1.17+ types that AccelLint reads, with their real
// namespaces and member names (azure-sdk-for-net sdk/compute: VirtualMachineScaleSetData.Properties of
// VirtualMachineScaleSetProperties, ComputeSkuProfile.VmSizes of ComputeSkuProfileVmSize, Tags on NIC
// configurations). Compute 1.17+ needs Azure.ResourceManager 1.14, which the package registry here does
// not serve, and a stand-in cannot add members to a type of a referenced assembly; the analyzer matches
// types by metadata name, so it reads these as it reads the package. The old members
// (VirtualMachineProfile, SkuProfile on the data) forward to Properties, as in the SDK.
// One copy: samples/csharp compiles it (extern alias compute117), and the analyzer tests embed it as
// the source of their 1.17+ compilation (tests/AccelLint.Analyzers.Tests/Infrastructure/Compute117StandIns.cs).
namespace Azure.ResourceManager.Compute.Models
{
    public readonly partial struct VirtualMachineSizeType
    {
        private readonly string _value;
        public VirtualMachineSizeType(string value) { _value = value; }
        public static VirtualMachineSizeType StandardD1V2 { get; } = new VirtualMachineSizeType("Standard_D1_v2");
        public static VirtualMachineSizeType StandardD2SV3 { get; } = new VirtualMachineSizeType("Standard_D2s_v3");
        public static implicit operator VirtualMachineSizeType(string value) => new VirtualMachineSizeType(value);
        public override string ToString() => _value;
    }

    public readonly partial struct ComputeNetworkInterfaceAuxiliaryMode
    {
        private readonly string _value;
        public ComputeNetworkInterfaceAuxiliaryMode(string value) { _value = value; }
        public static ComputeNetworkInterfaceAuxiliaryMode None { get; } = new ComputeNetworkInterfaceAuxiliaryMode("None");
        public static ComputeNetworkInterfaceAuxiliaryMode AcceleratedConnections { get; } = new ComputeNetworkInterfaceAuxiliaryMode("AcceleratedConnections");
        public static ComputeNetworkInterfaceAuxiliaryMode Floating { get; } = new ComputeNetworkInterfaceAuxiliaryMode("Floating");
        public override string ToString() => _value;
    }

    public readonly partial struct ComputeNetworkInterfaceAuxiliarySku
    {
        private readonly string _value;
        public ComputeNetworkInterfaceAuxiliarySku(string value) { _value = value; }
        public static ComputeNetworkInterfaceAuxiliarySku None { get; } = new ComputeNetworkInterfaceAuxiliarySku("None");
        public static ComputeNetworkInterfaceAuxiliarySku A1 { get; } = new ComputeNetworkInterfaceAuxiliarySku("A1");
        public static ComputeNetworkInterfaceAuxiliarySku A2 { get; } = new ComputeNetworkInterfaceAuxiliarySku("A2");
        public static ComputeNetworkInterfaceAuxiliarySku A4 { get; } = new ComputeNetworkInterfaceAuxiliarySku("A4");
        public static ComputeNetworkInterfaceAuxiliarySku A8 { get; } = new ComputeNetworkInterfaceAuxiliarySku("A8");
        public override string ToString() => _value;
    }

    public enum VirtualMachineScaleSetUpgradeMode { Automatic, Manual, Rolling }
    public enum CachingType { None, ReadOnly, ReadWrite }
    public enum IPVersion { IPv4, IPv6 }
    public readonly partial struct DiskCreateOptionType
    {
        private readonly string _value;
        public DiskCreateOptionType(string value) { _value = value; }
        public static DiskCreateOptionType FromImage { get; } = new DiskCreateOptionType("FromImage");
    }

    public readonly partial struct StorageAccountType
    {
        private readonly string _value;
        public StorageAccountType(string value) { _value = value; }
        public static StorageAccountType StandardLrs { get; } = new StorageAccountType("Standard_LRS");
    }

    public class ComputeSku
    {
        public string Name { get; set; }
        public string Tier { get; set; }
        public long? Capacity { get; set; }
    }

    public class ComputeSkuProfileVmSize
    {
        public string Name { get; set; }
        public int? Rank { get; set; }
    }

    public class ComputeSkuProfile
    {
        public System.Collections.Generic.IList<ComputeSkuProfileVmSize> VmSizes { get; } = new System.Collections.Generic.List<ComputeSkuProfileVmSize>();
        public string AllocationStrategy { get; set; }
    }

    public class VirtualMachineScaleSetUpgradePolicy { public VirtualMachineScaleSetUpgradeMode? Mode { get; set; } }
    public class VirtualMachineScaleSetOSProfile
    {
        public string ComputerNamePrefix { get; set; }
        public string AdminUsername { get; set; }
        public string AdminPassword { get; set; }
    }

    public class ImageReference
    {
        public Azure.Core.ResourceIdentifier Id { get; set; }
        public string Publisher { get; set; }
        public string Offer { get; set; }
        public string Sku { get; set; }
        public string Version { get; set; }
    }

    public class VirtualMachineScaleSetManagedDisk { public StorageAccountType? StorageAccountType { get; set; } }
    public class VirtualMachineScaleSetOSDisk
    {
        public VirtualMachineScaleSetOSDisk(DiskCreateOptionType createOption) { }
        public CachingType? Caching { get; set; }
        public VirtualMachineScaleSetManagedDisk ManagedDisk { get; set; }
    }

    public class VirtualMachineScaleSetStorageProfile
    {
        public ImageReference ImageReference { get; set; }
        public VirtualMachineScaleSetOSDisk OSDisk { get; set; }
    }

    public class VirtualMachineScaleSetIPConfiguration
    {
        public VirtualMachineScaleSetIPConfiguration(string name) { Name = name; }
        public string Name { get; set; }
        public Azure.Core.ResourceIdentifier SubnetId { get; set; }
        public bool? Primary { get; set; }
        public IPVersion? PrivateIPAddressVersion { get; set; }
    }

    public class VirtualMachineScaleSetNetworkConfiguration
    {
        public VirtualMachineScaleSetNetworkConfiguration(string name) { Name = name; }
        public string Name { get; set; }
        public bool? Primary { get; set; }
        public bool? EnableAcceleratedNetworking { get; set; }
        public bool? IsTcpStateTrackingDisabled { get; set; }
        public bool? EnableIPForwarding { get; set; }
        public ComputeNetworkInterfaceAuxiliaryMode? AuxiliaryMode { get; set; }
        public ComputeNetworkInterfaceAuxiliarySku? AuxiliarySku { get; set; }
        public System.Collections.Generic.IList<VirtualMachineScaleSetIPConfiguration> IPConfigurations { get; } = new System.Collections.Generic.List<VirtualMachineScaleSetIPConfiguration>();
        public System.Collections.Generic.IDictionary<string, string> Tags { get; } = new System.Collections.Generic.Dictionary<string, string>();
    }

    public class VirtualMachineNetworkInterfaceConfiguration
    {
        public VirtualMachineNetworkInterfaceConfiguration(string name) { Name = name; }
        public string Name { get; set; }
        public bool? Primary { get; set; }
        public bool? EnableAcceleratedNetworking { get; set; }
        public ComputeNetworkInterfaceAuxiliaryMode? AuxiliaryMode { get; set; }
        public ComputeNetworkInterfaceAuxiliarySku? AuxiliarySku { get; set; }
        public System.Collections.Generic.IDictionary<string, string> Tags { get; } = new System.Collections.Generic.Dictionary<string, string>();
    }

    public class VirtualMachineScaleSetNetworkProfile
    {
        public System.Collections.Generic.IList<VirtualMachineScaleSetNetworkConfiguration> NetworkInterfaceConfigurations { get; } = new System.Collections.Generic.List<VirtualMachineScaleSetNetworkConfiguration>();
    }

    public class VirtualMachineSizeProperties
    {
        public int? VCpusAvailable { get; set; }
        public int? VCpusPerCore { get; set; }
    }

    public class VirtualMachineScaleSetHardwareProfile { public VirtualMachineSizeProperties VmSizeProperties { get; set; } }

    public class VirtualMachineScaleSetVmProfile
    {
        public VirtualMachineScaleSetOSProfile OSProfile { get; set; }
        public VirtualMachineScaleSetStorageProfile StorageProfile { get; set; }
        public VirtualMachineScaleSetNetworkProfile NetworkProfile { get; set; }
        public VirtualMachineScaleSetHardwareProfile HardwareProfile { get; set; }
    }

    public class VirtualMachineScaleSetProperties
    {
        public VirtualMachineScaleSetUpgradePolicy UpgradePolicy { get; set; }
        public VirtualMachineScaleSetVmProfile VirtualMachineProfile { get; set; }
        public ComputeSkuProfile SkuProfile { get; set; }
        public bool? Overprovision { get; set; }
    }

    public class VirtualMachineHardwareProfile { public VirtualMachineSizeType? VmSize { get; set; } }
    public class VirtualMachineNetworkProfile
    {
        public System.Collections.Generic.IList<VirtualMachineNetworkInterfaceConfiguration> NetworkInterfaceConfigurations { get; } = new System.Collections.Generic.List<VirtualMachineNetworkInterfaceConfiguration>();
    }
}

namespace Azure.ResourceManager.Compute
{
    using Azure.ResourceManager.Compute.Models;

    public class VirtualMachineScaleSetData
    {
        public VirtualMachineScaleSetData(Azure.Core.AzureLocation location) { Location = location; }
        public Azure.Core.AzureLocation Location { get; set; }
        public System.Collections.Generic.IDictionary<string, string> Tags { get; } = new System.Collections.Generic.Dictionary<string, string>();
        public ComputeSku Sku { get; set; }
        public VirtualMachineScaleSetProperties Properties { get; set; }

        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        public VirtualMachineScaleSetVmProfile VirtualMachineProfile
        {
            get => Properties?.VirtualMachineProfile;
            set { Properties ??= new VirtualMachineScaleSetProperties(); Properties.VirtualMachineProfile = value; }
        }

        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        public ComputeSkuProfile SkuProfile
        {
            get => Properties?.SkuProfile;
            set { Properties ??= new VirtualMachineScaleSetProperties(); Properties.SkuProfile = value; }
        }
    }

    public class VirtualMachineData
    {
        public VirtualMachineData(Azure.Core.AzureLocation location) { Location = location; }
        public Azure.Core.AzureLocation Location { get; set; }
        public System.Collections.Generic.IDictionary<string, string> Tags { get; } = new System.Collections.Generic.Dictionary<string, string>();
        public VirtualMachineHardwareProfile HardwareProfile { get; set; }
        public VirtualMachineNetworkProfile NetworkProfile { get; set; }
    }
}

