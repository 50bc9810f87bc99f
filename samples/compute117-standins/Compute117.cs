// Stand-ins with the names of Azure.ResourceManager.Compute 1.17+ (azure-sdk-for-net sdk/compute):
// VirtualMachineScaleSetData.Properties (VirtualMachineScaleSetProperties) holds VirtualMachineProfile
// and SkuProfile; NIC configurations have Tags. Only what the sample sets.
namespace Azure.ResourceManager.Compute.Models
{
    using System.Collections.Generic;

    public readonly partial struct ComputeNetworkInterfaceAuxiliaryMode
    {
        private readonly string _value;
        public ComputeNetworkInterfaceAuxiliaryMode(string value) { _value = value; }
        public static ComputeNetworkInterfaceAuxiliaryMode AcceleratedConnections { get; } = new ComputeNetworkInterfaceAuxiliaryMode("AcceleratedConnections");
        public override string ToString() => _value;
    }

    public readonly partial struct ComputeNetworkInterfaceAuxiliarySku
    {
        private readonly string _value;
        public ComputeNetworkInterfaceAuxiliarySku(string value) { _value = value; }
        public static ComputeNetworkInterfaceAuxiliarySku A1 { get; } = new ComputeNetworkInterfaceAuxiliarySku("A1");
        public static ComputeNetworkInterfaceAuxiliarySku A2 { get; } = new ComputeNetworkInterfaceAuxiliarySku("A2");
        public override string ToString() => _value;
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
        public IList<ComputeSkuProfileVmSize> VmSizes { get; } = new List<ComputeSkuProfileVmSize>();
    }

    public class VirtualMachineScaleSetNetworkConfiguration
    {
        public VirtualMachineScaleSetNetworkConfiguration(string name) { Name = name; }
        public string Name { get; set; }
        public bool? Primary { get; set; }
        public bool? EnableAcceleratedNetworking { get; set; }
        public ComputeNetworkInterfaceAuxiliaryMode? AuxiliaryMode { get; set; }
        public ComputeNetworkInterfaceAuxiliarySku? AuxiliarySku { get; set; }
        public IDictionary<string, string> Tags { get; } = new Dictionary<string, string>();
    }

    public class VirtualMachineScaleSetNetworkProfile
    {
        public IList<VirtualMachineScaleSetNetworkConfiguration> NetworkInterfaceConfigurations { get; } = new List<VirtualMachineScaleSetNetworkConfiguration>();
    }

    public class VirtualMachineScaleSetVmProfile
    {
        public VirtualMachineScaleSetNetworkProfile NetworkProfile { get; set; }
    }

    public class VirtualMachineScaleSetProperties
    {
        public VirtualMachineScaleSetVmProfile VirtualMachineProfile { get; set; }
        public ComputeSkuProfile SkuProfile { get; set; }
    }
}

namespace Azure.ResourceManager.Compute
{
    using System.Collections.Generic;
    using Azure.ResourceManager.Compute.Models;

    public class VirtualMachineScaleSetData
    {
        public VirtualMachineScaleSetData(string location) { Location = location; }
        public string Location { get; set; }
        public IDictionary<string, string> Tags { get; } = new Dictionary<string, string>();
        public ComputeSku Sku { get; set; }
        public VirtualMachineScaleSetProperties Properties { get; set; }
    }
}
