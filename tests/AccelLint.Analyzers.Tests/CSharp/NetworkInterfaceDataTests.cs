using static AccelLint.Analyzers.Tests.CSharp.CSharpHarness;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>
/// <c>NetworkInterfaceData</c> attached to a <c>VirtualMachineData</c> through
/// <c>NetworkProfile.NetworkInterfaces</c>: ACCEL001, ACCEL009, ACCEL010, ACCEL011 with object
/// initializers, and the same after creation by assignment.
/// </summary>
public class NetworkInterfaceDataTests
{
    [Fact]
    public Task Initializer_on_an_unsupported_size_is_ACCEL001_at_the_assignment() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    {|ACCEL001:EnableAcceleratedNetworking = true|},
                };
                var nic = nics.CreateOrUpdate("web-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1Ms },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id, Primary = true } },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Initializer_on_a_supported_size_is_clean() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                };
                var nic = nics.CreateOrUpdate("web-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardD2SV3 },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Statement_assignment_after_creation_is_ACCEL001_at_the_statement() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData();
                nicData.Location = AzureLocation.WestEurope;
                {|ACCEL001:nicData.EnableAcceleratedNetworking = true|};
                var nic = nics.CreateOrUpdate("web-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.WestEurope);
                vm.HardwareProfile = new VirtualMachineHardwareProfile();
                vm.HardwareProfile.VmSize = "Standard_A1_v2";
                vm.NetworkProfile = new VirtualMachineNetworkProfile();
                vm.NetworkProfile.NetworkInterfaces.Add(new VirtualMachineNetworkInterfaceReference { Id = nic.Id });
            }
        }
        """);

    [Fact]
    public Task Nested_size_assignment_on_an_initialized_profile_is_read() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData { {|ACCEL001:EnableAcceleratedNetworking = true|} };
                var nic = nics.CreateOrUpdate("web-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardD4SV3 },
                    NetworkProfile = new VirtualMachineNetworkProfile(),
                };
                vm.HardwareProfile.VmSize = VirtualMachineSizeType.StandardB1S;
                var reference = new VirtualMachineNetworkInterfaceReference();
                reference.Id = nic.Id;
                vm.NetworkProfile.NetworkInterfaces.Add(reference);
            }
        }
        """);

    [Fact]
    public Task The_last_size_written_wins() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData { EnableAcceleratedNetworking = true };
                var nic = nics.CreateOrUpdate("web-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
                vm.HardwareProfile.VmSize = VirtualMachineSizeType.StandardD4SV3;
            }
        }
        """);

    [Fact]
    public Task Nic_created_inline_in_the_call_is_linked_through_the_created_resource() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nic = nics.CreateOrUpdate("web-nic", new NetworkInterfaceData { {|ACCEL001:EnableAcceleratedNetworking = true|} });
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """);

    [Fact]
    public Task Nic_without_accelerated_networking_on_a_supporting_size_is_ACCEL011_on_the_creation() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = {|ACCEL011:new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                }|};
                var nic = nics.CreateOrUpdate("web-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardD16SV3 },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """);

    [Fact]
    public Task Accelerated_networking_false_on_a_supporting_size_is_ACCEL011_on_the_creation() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = {|ACCEL011:new NetworkInterfaceData { EnableAcceleratedNetworking = false }|};
                var nic = nics.CreateOrUpdate("web-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardD2V3 },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """);

    [Fact]
    public Task Nic_without_accelerated_networking_on_an_unsupported_size_is_clean() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData { EnableAcceleratedNetworking = false };
                var nic = nics.CreateOrUpdate("web-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardD1V2 },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """);

    [Fact]
    public Task Accelerated_networking_false_on_a_size_that_requires_it_is_ACCEL010_not_ACCEL011() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData { {|ACCEL010:EnableAcceleratedNetworking = false|} };
                var nic = nics.CreateOrUpdate("web-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = new VirtualMachineSizeType("Standard_D2ls_v5") },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """);

    [Fact]
    public Task Absent_accelerated_networking_on_a_size_that_requires_it_is_clean() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData { Location = AzureLocation.EastUS };
                var nic = nics.CreateOrUpdate("web-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_D2ls_v5" },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """);

    [Fact]
    public Task A_known_size_missing_from_the_catalog_is_ACCEL009_at_the_acceleration_property() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData { {|ACCEL009:EnableAcceleratedNetworking = true|} };
                var nic = nics.CreateOrUpdate("web-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_D4s_v8" },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """);

    [Fact]
    public Task A_nic_on_no_vm_is_not_checked_against_any_size() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData { EnableAcceleratedNetworking = true };
                nics.CreateOrUpdate("web-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                };
            }
        }
        """);

    [Fact]
    public Task Each_nic_is_checked_against_the_vm_that_references_it() => Verify("""
        class C
        {
            void M(object nics)
            {
                var webData = new NetworkInterfaceData { EnableAcceleratedNetworking = true };
                var web = nics.CreateOrUpdate("web-nic", webData);
                var jumpData = new NetworkInterfaceData { {|ACCEL001:EnableAcceleratedNetworking = true|} };
                var jump = nics.CreateOrUpdate("jump-nic", jumpData);
                var webVm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_D4s_v3" },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = web.Id } } },
                };
                var jumpVm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = jump.Id } } },
                };
            }
        }
        """);

    [Fact]
    public Task A_nic_on_several_bad_vms_is_reported_once() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData { {|ACCEL001:EnableAcceleratedNetworking = true|} };
                var nic = nics.CreateOrUpdate("shared-nic", nicData);
                var first = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
                var second = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_A1_v2" },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """);

    [Fact]
    public Task A_nic_on_a_good_and_a_bad_vm_is_reported_for_the_bad_one() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData { {|ACCEL001:EnableAcceleratedNetworking = true|} };
                var nic = nics.CreateOrUpdate("shared-nic", nicData);
                var good = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_D4s_v3" },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
                var bad = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """);

    [Fact]
    public Task Methods_are_analysed_independently() => Verify("""
        class C
        {
            void BuildNic(object nics)
            {
                var nicData = new NetworkInterfaceData { EnableAcceleratedNetworking = true };
                nics.CreateOrUpdate("web-nic", nicData);
            }

            void BuildVm(Azure.Core.ResourceIdentifier nicId)
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nicId } } },
                };
            }

            void BuildBoth(object nics)
            {
                var nicData = new NetworkInterfaceData { {|ACCEL001:EnableAcceleratedNetworking = true|} };
                var nic = nics.CreateOrUpdate("jump-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """);

    [Fact]
    public Task A_vm_referencing_a_nic_id_from_a_parameter_is_not_linked_to_an_unrelated_nic_built_here() => Verify("""
        class C
        {
            void M(object nics, Azure.Core.ResourceIdentifier existingNicId)
            {
                var nicData = new NetworkInterfaceData { EnableAcceleratedNetworking = true };
                nics.CreateOrUpdate("other-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = existingNicId } } },
                };
            }
        }
        """);

    [Fact]
    public Task Lambdas_and_local_functions_belong_to_their_method() => Verify("""
        class C
        {
            void M(object nics)
            {
                System.Action build = () =>
                {
                    var nicData = new NetworkInterfaceData { {|ACCEL001:EnableAcceleratedNetworking = true|} };
                    var nic = nics.CreateOrUpdate("web-nic", nicData);
                    var vm = new VirtualMachineData(AzureLocation.EastUS)
                    {
                        HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                        NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                    };
                };
                build();
            }
        }
        """);
}
