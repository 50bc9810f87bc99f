using Azure.Core;
using Azure.ResourceManager.Compute;
using Azure.ResourceManager.Compute.Models;

namespace AccelLint.Samples.CSharp;

/// <summary>A small jump box: the burstable B1s size cannot do accelerated networking (ACCEL001).</summary>
public static class JumpBox
{
    public static VirtualMachineData Create()
    {
        var jumpBox = new VirtualMachineData(AzureLocation.EastUS)
        {
            HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
            StorageProfile = new VirtualMachineStorageProfile
            {
                ImageReference = new ImageReference
                {
                    Publisher = "Canonical",
                    Offer = "0001-com-ubuntu-server-jammy",
                    Sku = "22_04-lts-gen2",
                    Version = "latest",
                },
            },
            OSProfile = new VirtualMachineOSProfile
            {
                ComputerName = "jumpbox",
                AdminUsername = "azureuser",
                LinuxConfiguration = new LinuxConfiguration { DisablePasswordAuthentication = true },
            },
            NetworkProfile = new VirtualMachineNetworkProfile
            {
                NetworkApiVersion = NetworkApiVersion.TwoThousandTwenty1101,
            },
        };

        var nic = new VirtualMachineNetworkInterfaceConfiguration("jumpbox-nic")
        {
            Primary = true,
            EnableAcceleratedNetworking = true,
        };
        nic.IPConfigurations.Add(new VirtualMachineNetworkInterfaceIPConfiguration("ipconfig1"));
        jumpBox.NetworkProfile.NetworkInterfaceConfigurations.Add(nic);
        return jumpBox;
    }
}
