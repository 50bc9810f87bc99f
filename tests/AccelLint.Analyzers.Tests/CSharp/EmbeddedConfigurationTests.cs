using static AccelLint.Analyzers.Tests.CSharp.CSharpHarness;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>VM NIC configurations embedded in <c>NetworkProfile.NetworkInterfaceConfigurations</c>.</summary>
public class EmbeddedConfigurationTests
{
    [Fact]
    public Task Configuration_in_the_vm_initializer_on_an_unsupported_size_is_ACCEL001() => Verify("""
        class C
        {
            void M()
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1Ms },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations =
                        {
                            new VirtualMachineNetworkInterfaceConfiguration("primary")
                            {
                                Primary = true,
                                {|ACCEL001:EnableAcceleratedNetworking = true|},
                            },
                        },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Configuration_without_accelerated_networking_on_a_supporting_size_is_ACCEL011_on_its_creation() => Verify("""
        class C
        {
            void M()
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardDS132V2 },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { {|ACCEL011:new VirtualMachineNetworkInterfaceConfiguration("primary") { Primary = true }|} },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Configuration_in_a_local_added_later_with_the_profile_assigned_later() => Verify("""
        class C
        {
            void M()
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS);
                var config = new VirtualMachineNetworkInterfaceConfiguration("primary");
                {|ACCEL001:config.EnableAcceleratedNetworking = true|};
                vm.NetworkProfile = new VirtualMachineNetworkProfile();
                vm.NetworkProfile.NetworkInterfaceConfigurations.Add(config);
                vm.HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardD1V2 };
            }
        }
        """);

    [Fact]
    public Task Two_configurations_are_checked_separately() => Verify("""
        class C
        {
            void M()
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B2s" },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations =
                        {
                            new VirtualMachineNetworkInterfaceConfiguration("a") { {|ACCEL001:EnableAcceleratedNetworking = true|} },
                            new VirtualMachineNetworkInterfaceConfiguration("b") { EnableAcceleratedNetworking = false },
                        },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Several_vms_in_one_method_each_report_their_own_configuration() => Verify("""
        class C
        {
            void M()
            {
                for (int i = 0; i < 3; i++)
                {
                    var vm = new VirtualMachineData(AzureLocation.EastUS)
                    {
                        HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                        NetworkProfile = new VirtualMachineNetworkProfile
                        {
                            NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("nic") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                        },
                    };
                }

                var other = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("nic") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task A_configuration_that_no_vm_holds_is_not_checked_against_a_size() => Verify("""
        class C
        {
            VirtualMachineNetworkInterfaceConfiguration M() =>
                new VirtualMachineNetworkInterfaceConfiguration("primary") { EnableAcceleratedNetworking = true };
        }
        """);

    [Fact]
    public Task Vm_size_properties_do_not_change_the_an_verdict() => Verify("""
        class C
        {
            void M()
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile
                    {
                        VmSize = "Standard_D8s_v3",
                        VmSizeProperties = new VirtualMachineSizeProperties { VCpusAvailable = 2 },
                    },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { EnableAcceleratedNetworking = true } },
                    },
                };
            }
        }
        """);
}
