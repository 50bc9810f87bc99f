using Azure.Core;
using Azure.ResourceManager.Compute;
using Azure.ResourceManager.Compute.Models;

namespace AccelLint.Samples.CSharp;

/// <summary>
/// A batch worker on Standard_D4s_v3, which supports accelerated networking, with a NIC that does
/// not ask for it (ACCEL011: an info by default, a warning here through accellint.json).
/// </summary>
public static class BatchWorker
{
    public static VirtualMachineData Create()
    {
        var worker = new VirtualMachineData(AzureLocation.WestEurope)
        {
            HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardD4SV3 },
            NetworkProfile = new VirtualMachineNetworkProfile { NetworkApiVersion = NetworkApiVersion.TwoThousandTwenty1101 },
        };
        worker.Tags["workload"] = "batch";
        worker.NetworkProfile.NetworkInterfaceConfigurations.Add(new VirtualMachineNetworkInterfaceConfiguration("batch-nic") { Primary = true });
        return worker;
    }
}
