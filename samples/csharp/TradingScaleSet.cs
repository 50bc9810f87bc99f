using Azure.Core;
using Azure.ResourceManager.Compute;
using Azure.ResourceManager.Compute.Models;

namespace AccelLint.Samples.CSharp;

/// <summary>
/// Connection-heavy trading gateways with Accelerated Connections, on a size that cannot have it:
/// Standard_D2s_v5 is in the Dv5 family (ACCEL002) and has 2 vCPUs (ACCEL006).
/// </summary>
public static class TradingScaleSet
{
    private const string Size = "Standard_D2s_v5";

    public static VirtualMachineScaleSetData Create()
    {
        var gateways = new VirtualMachineScaleSetData(AzureLocation.EastUS)
        {
            Sku = new ComputeSku { Name = Size, Tier = "Standard", Capacity = 3 },
            Tags = { { "fastpathenabled", "true" } },
            UpgradePolicy = new VirtualMachineScaleSetUpgradePolicy { Mode = VirtualMachineScaleSetUpgradeMode.Rolling },
            VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
            {
                NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                {
                    NetworkApiVersion = NetworkApiVersion.TwoThousandTwenty1101,
                    NetworkInterfaceConfigurations =
                    {
                        new VirtualMachineScaleSetNetworkConfiguration("gateway-nic")
                        {
                            Primary = true,
                            EnableAcceleratedNetworking = true,
                            AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                            AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A2,
                            IPConfigurations = { new VirtualMachineScaleSetIPConfiguration("ipconfig1") { Primary = true } },
                        },
                    },
                },
            },
        };

        return gateways;
    }
}
