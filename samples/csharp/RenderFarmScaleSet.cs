extern alias compute117;

using Azure.Core;
using compute117::Azure.ResourceManager.Compute;
using compute117::Azure.ResourceManager.Compute.Models;

namespace AccelLint.Samples.CSharp;

/// <summary>
/// A scale set written the Azure.ResourceManager.Compute 1.17+ way (<c>Properties</c>, instance mix
/// in <c>SkuProfile</c>): every size of the mix is deployed, and Standard_D1_v2 (1 vCPU) cannot have
/// accelerated networking (ACCEL001). The 1.17+ types come from samples/compute117-standins (extern
/// alias compute117), since the package registry here cannot restore Compute 1.17+.
/// </summary>
public static class RenderFarmScaleSet
{
    public static object Create()
    {
        var renderFarm = new VirtualMachineScaleSetData(AzureLocation.WestEurope)
        {
            Sku = new ComputeSku { Name = "Mix", Capacity = 10 },
            Properties = new VirtualMachineScaleSetProperties
            {
                SkuProfile = new ComputeSkuProfile
                {
                    VmSizes =
                    {
                        new ComputeSkuProfileVmSize { Name = "Standard_D4s_v5" },
                        new ComputeSkuProfileVmSize { Name = "Standard_D1_v2" },
                    },
                },
                VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                {
                    NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                    {
                        NetworkInterfaceConfigurations =
                        {
                            new VirtualMachineScaleSetNetworkConfiguration("render-nic")
                            {
                                Primary = true,
                                EnableAcceleratedNetworking = true,
                            },
                        },
                    },
                },
            },
        };

        return renderFarm;
    }
}
