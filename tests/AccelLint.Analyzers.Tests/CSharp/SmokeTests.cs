using static AccelLint.Analyzers.Tests.Infrastructure.AnalyzerVerifier;

namespace AccelLint.Analyzers.Tests.CSharp;

public class SmokeTests
{
    [Fact]
    public Task Nic_with_accelerated_networking_on_an_unsupported_vm_size_is_ACCEL001() => VerifyAsync("""
        using Azure.Core;
        using Azure.ResourceManager.Compute;
        using Azure.ResourceManager.Compute.Models;
        using Azure.ResourceManager.Network;

        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    {|ACCEL001:EnableAcceleratedNetworking = true|},
                };
                var nic = nics.CreateOrUpdate("nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id, Primary = true } },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Embedded_configuration_assigned_after_creation_is_ACCEL001_with_a_constant_through_a_local() => VerifyAsync("""
        using Azure.Core;
        using Azure.ResourceManager.Compute;
        using Azure.ResourceManager.Compute.Models;

        class C
        {
            const string Size = "Standard_A1_v2";

            void M()
            {
                var size = Size;
                var vm = new VirtualMachineData(AzureLocation.WestEurope);
                vm.HardwareProfile = new VirtualMachineHardwareProfile();
                vm.HardwareProfile.VmSize = new VirtualMachineSizeType(size);
                var config = new VirtualMachineNetworkInterfaceConfiguration("nic");
                {|ACCEL001:config.EnableAcceleratedNetworking = true|};
                vm.NetworkProfile = new VirtualMachineNetworkProfile();
                vm.NetworkProfile.NetworkInterfaceConfigurations.Add(config);
            }
        }
        """);
}
