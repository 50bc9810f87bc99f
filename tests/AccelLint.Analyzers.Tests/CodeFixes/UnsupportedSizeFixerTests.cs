using AccelLint.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using static AccelLint.Analyzers.Tests.CodeFixes.CodeFixVerifier;

namespace AccelLint.Analyzers.Tests.CodeFixes;

public class UnsupportedSizeFixerTests
{
    private const string SetFalse = "Set EnableAcceleratedNetworking to false";

    private static readonly UnsupportedSizeFixer Fixer = new();

    private const string NicOnB1s = """
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
        """;

    [Fact]
    public Task Both_fixes_are_offered_with_their_titles_as_equivalence_keys() =>
        VerifyTitlesAsync(Fixer, NicOnB1s, UnsupportedSizeFixer.RemoveTitle, SetFalse);

    [Fact]
    public async Task Removal_deletes_the_initializer_line()
    {
        var left = await VerifyFixAsync(Fixer, NicOnB1s, UnsupportedSizeFixer.RemoveTitle, """
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
        Assert.Empty(left);
    }

    [Fact]
    public async Task Setting_false_replaces_the_value()
    {
        var left = await VerifyFixAsync(Fixer, NicOnB1s, SetFalse, """
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
                        EnableAcceleratedNetworking = false,
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
        Assert.Empty(left);
    }

    private const string StatementOnA1v2 = """
        using Azure.Core;
        using Azure.ResourceManager.Compute;
        using Azure.ResourceManager.Compute.Models;

        class C
        {
            void M()
            {
                var vm = new VirtualMachineData(AzureLocation.WestEurope);
                vm.HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_A1_v2" };
                var config = new VirtualMachineNetworkInterfaceConfiguration("nic");
                // Fast networking for the front end.
                {|ACCEL001:config.EnableAcceleratedNetworking = true|};
                vm.NetworkProfile = new VirtualMachineNetworkProfile();
                vm.NetworkProfile.NetworkInterfaceConfigurations.Add(config);
            }
        }
        """;

    [Fact]
    public Task Removal_deletes_the_statement_with_its_comment() =>
        VerifyFixAsync(Fixer, StatementOnA1v2, UnsupportedSizeFixer.RemoveTitle, """
            using Azure.Core;
            using Azure.ResourceManager.Compute;
            using Azure.ResourceManager.Compute.Models;

            class C
            {
                void M()
                {
                    var vm = new VirtualMachineData(AzureLocation.WestEurope);
                    vm.HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_A1_v2" };
                    var config = new VirtualMachineNetworkInterfaceConfiguration("nic");
                    vm.NetworkProfile = new VirtualMachineNetworkProfile();
                    vm.NetworkProfile.NetworkInterfaceConfigurations.Add(config);
                }
            }
            """);

    [Fact]
    public Task Setting_false_on_a_statement() =>
        VerifyFixAsync(Fixer, StatementOnA1v2, SetFalse, """
            using Azure.Core;
            using Azure.ResourceManager.Compute;
            using Azure.ResourceManager.Compute.Models;

            class C
            {
                void M()
                {
                    var vm = new VirtualMachineData(AzureLocation.WestEurope);
                    vm.HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_A1_v2" };
                    var config = new VirtualMachineNetworkInterfaceConfiguration("nic");
                    // Fast networking for the front end.
                    config.EnableAcceleratedNetworking = false;
                    vm.NetworkProfile = new VirtualMachineNetworkProfile();
                    vm.NetworkProfile.NetworkInterfaceConfigurations.Add(config);
                }
            }
            """);

    [Fact]
    public Task Removing_the_only_element_drops_the_initializer() =>
        VerifyFixAsync(
            Fixer,
            """
            using Azure.Core;
            using Azure.ResourceManager.Compute;
            using Azure.ResourceManager.Compute.Models;

            class C
            {
                VirtualMachineData M() => new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("nic") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                    },
                };
            }
            """,
            UnsupportedSizeFixer.RemoveTitle,
            """
            using Azure.Core;
            using Azure.ResourceManager.Compute;
            using Azure.ResourceManager.Compute.Models;

            class C
            {
                VirtualMachineData M() => new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("nic") },
                    },
                };
            }
            """);

    [Fact]
    public Task Removing_the_last_element_of_a_one_line_initializer_keeps_the_line() =>
        VerifyFixAsync(
            Fixer,
            """
            using Azure.Core;
            using Azure.ResourceManager.Compute;
            using Azure.ResourceManager.Compute.Models;

            class C
            {
                VirtualMachineScaleSetData M() => new VirtualMachineScaleSetData(AzureLocation.EastUS)
                {
                    Sku = new ComputeSku { Name = "Standard_B1ls" },
                    VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                    {
                        NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                        {
                            NetworkInterfaceConfigurations = { new VirtualMachineScaleSetNetworkConfiguration("nic") { Primary = true, {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                        },
                    },
                };
            }
            """,
            UnsupportedSizeFixer.RemoveTitle,
            """
            using Azure.Core;
            using Azure.ResourceManager.Compute;
            using Azure.ResourceManager.Compute.Models;

            class C
            {
                VirtualMachineScaleSetData M() => new VirtualMachineScaleSetData(AzureLocation.EastUS)
                {
                    Sku = new ComputeSku { Name = "Standard_B1ls" },
                    VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                    {
                        NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                        {
                            NetworkInterfaceConfigurations = { new VirtualMachineScaleSetNetworkConfiguration("nic") { Primary = true } },
                        },
                    },
                };
            }
            """);

    [Fact]
    public Task A_request_that_is_the_body_of_an_if_can_only_be_set_to_false() =>
        VerifyTitlesAsync(
            Fixer,
            """
            using Azure.Core;
            using Azure.ResourceManager.Compute;
            using Azure.ResourceManager.Compute.Models;

            class C
            {
                void M(bool fast)
                {
                    var config = new VirtualMachineNetworkInterfaceConfiguration("nic");
                    if (fast)
                        {|ACCEL001:config.EnableAcceleratedNetworking = true|};
                    var vm = new VirtualMachineData(AzureLocation.EastUS)
                    {
                        HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
                        NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaceConfigurations = { config } },
                    };
                }
            }
            """,
            SetFalse);

    [Fact]
    public Task Fix_all_sets_every_request_in_the_document_to_false() =>
        VerifyFixAsync(
            Fixer,
            """
            using Azure.Core;
            using Azure.ResourceManager.Compute;
            using Azure.ResourceManager.Compute.Models;

            class C
            {
                VirtualMachineData M() => new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations =
                        {
                            new VirtualMachineNetworkInterfaceConfiguration("front") { Primary = true, {|ACCEL001:EnableAcceleratedNetworking = true|} },
                            new VirtualMachineNetworkInterfaceConfiguration("back") { {|ACCEL001:EnableAcceleratedNetworking = true|} },
                        },
                    },
                };
            }
            """,
            SetFalse,
            """
            using Azure.Core;
            using Azure.ResourceManager.Compute;
            using Azure.ResourceManager.Compute.Models;

            class C
            {
                VirtualMachineData M() => new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations =
                        {
                            new VirtualMachineNetworkInterfaceConfiguration("front") { Primary = true, EnableAcceleratedNetworking = false },
                            new VirtualMachineNetworkInterfaceConfiguration("back") { EnableAcceleratedNetworking = false },
                        },
                    },
                };
            }
            """);

    [Fact]
    public Task Fix_all_removes_every_request_in_the_document() =>
        VerifyFixAsync(
            Fixer,
            """
            using Azure.Core;
            using Azure.ResourceManager.Compute;
            using Azure.ResourceManager.Compute.Models;

            class C
            {
                VirtualMachineData M() => new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations =
                        {
                            new VirtualMachineNetworkInterfaceConfiguration("front") { Primary = true, {|ACCEL001:EnableAcceleratedNetworking = true|} },
                            new VirtualMachineNetworkInterfaceConfiguration("back") { {|ACCEL001:EnableAcceleratedNetworking = true|} },
                        },
                    },
                };
            }
            """,
            UnsupportedSizeFixer.RemoveTitle,
            """
            using Azure.Core;
            using Azure.ResourceManager.Compute;
            using Azure.ResourceManager.Compute.Models;

            class C
            {
                VirtualMachineData M() => new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations =
                        {
                            new VirtualMachineNetworkInterfaceConfiguration("front") { Primary = true },
                            new VirtualMachineNetworkInterfaceConfiguration("back"),
                        },
                    },
                };
            }
            """);

    [Fact]
    public Task Top_level_statement_is_removed() =>
        VerifyFixAsync(
            Fixer,
            """
            using Azure.Core;
            using Azure.ResourceManager.Compute;
            using Azure.ResourceManager.Compute.Models;

            var config = new VirtualMachineNetworkInterfaceConfiguration("nic");
            {|ACCEL001:config.EnableAcceleratedNetworking = true|};
            var vm = new VirtualMachineData(AzureLocation.EastUS)
            {
                HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
                NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaceConfigurations = { config } },
            };
            System.Console.WriteLine(vm.HardwareProfile.VmSize);
            """,
            UnsupportedSizeFixer.RemoveTitle,
            """
            using Azure.Core;
            using Azure.ResourceManager.Compute;
            using Azure.ResourceManager.Compute.Models;

            var config = new VirtualMachineNetworkInterfaceConfiguration("nic");
            var vm = new VirtualMachineData(AzureLocation.EastUS)
            {
                HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
                NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaceConfigurations = { config } },
            };
            System.Console.WriteLine(vm.HardwareProfile.VmSize);
            """,
            outputKind: OutputKind.ConsoleApplication);

    [Fact]
    public Task Site_recovery_flag_is_set_to_false_under_its_own_name() =>
        VerifyTitlesAsync(
            Fixer,
            """
            using Azure.ResourceManager.RecoveryServicesSiteRecovery.Models;

            class C
            {
                UpdateReplicationProtectedItemInputProperties M() => new UpdateReplicationProtectedItemInputProperties
                {
                    RecoveryAzureVmSize = "Standard_B1s",
                    VmNics = { new VmNicInputDetails { NicId = "nic", {|ACCEL001:EnableAcceleratedNetworkingOnRecovery = true|} } },
                };
            }
            """,
            UnsupportedSizeFixer.RemoveTitle,
            "Set EnableAcceleratedNetworkingOnRecovery to false");
}
