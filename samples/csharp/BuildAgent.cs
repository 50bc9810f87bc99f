using Azure.Core;
using Azure.ResourceManager.Compute;
using Azure.ResourceManager.Compute.Models;

namespace AccelLint.Samples.CSharp;

/// <summary>
/// A build agent whose size comes from <see cref="Sizes"/> (another file) and whose NIC configuration
/// comes from a helper: A2_v2 cannot do accelerated networking (ACCEL001, reported where the helper
/// sets it, with the size's field as related location).
/// </summary>
public static class BuildAgent
{
    public static VirtualMachineData Create()
    {
        var agent = new VirtualMachineData(AzureLocation.WestEurope)
        {
            HardwareProfile = new VirtualMachineHardwareProfile { VmSize = Sizes.BuildAgent },
            NetworkProfile = new VirtualMachineNetworkProfile
            {
                NetworkApiVersion = NetworkApiVersion.TwoThousandTwenty1101,
                NetworkInterfaceConfigurations = { AcceleratedNic("agent-nic") },
            },
        };
        return agent;
    }

    private static VirtualMachineNetworkInterfaceConfiguration AcceleratedNic(string name) =>
        new VirtualMachineNetworkInterfaceConfiguration(name)
        {
            Primary = true,
            EnableAcceleratedNetworking = true,
            IPConfigurations = { new VirtualMachineNetworkInterfaceIPConfiguration("ipconfig1") },
        };
}
