using AccelLint.Analyzers.CodeFixes;
using static AccelLint.Analyzers.Tests.CodeFixes.CodeFixVerifier;

namespace AccelLint.Analyzers.Tests.CodeFixes;

/// <summary>
/// ACCEL004 on a NIC that is otherwise a correct Accelerated Connections NIC (AC region, AN on, a
/// tier), so that once the tag is there the code has no finding at all.
/// </summary>
public class RequiredTagFixerTests
{
    private const string Title = "Add the required tag 'fastpathenabled' = 'true'";

    private static readonly RequiredTagFixer Fixer = new();

    [Fact]
    public async Task Tags_member_is_added_to_the_initializer()
    {
        var left = await VerifyFixAsync(
            Fixer,
            """
            using Azure.Core;
            using Azure.ResourceManager.Network;
            using Azure.ResourceManager.Network.Models;

            class C
            {
                NetworkInterfaceData M() => new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    {|ACCEL004:AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                };
            }
            """,
            Title,
            """
            using Azure.Core;
            using Azure.ResourceManager.Network;
            using Azure.ResourceManager.Network.Models;

            class C
            {
                NetworkInterfaceData M() => new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                    Tags = { { "fastpathenabled", "true" } },
                };
            }
            """);
        Assert.Empty(left);
    }

    [Fact]
    public Task Tag_joins_an_existing_multiline_tags_initializer() =>
        VerifyFixAsync(
            Fixer,
            """
            using Azure.Core;
            using Azure.ResourceManager.Network;
            using Azure.ResourceManager.Network.Models;

            class C
            {
                NetworkInterfaceData M() => new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    Tags =
                    {
                        { "env", "prod" },
                        { "team", "edge" }
                    },
                    EnableAcceleratedNetworking = true,
                    {|ACCEL004:AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A2,
                };
            }
            """,
            Title,
            """
            using Azure.Core;
            using Azure.ResourceManager.Network;
            using Azure.ResourceManager.Network.Models;

            class C
            {
                NetworkInterfaceData M() => new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    Tags =
                    {
                        { "env", "prod" },
                        { "team", "edge" },
                        { "fastpathenabled", "true" }
                    },
                    EnableAcceleratedNetworking = true,
                    AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A2,
                };
            }
            """);

    [Fact]
    public Task Tag_joins_a_one_line_tags_initializer_in_a_one_line_creation() =>
        VerifyFixAsync(
            Fixer,
            """
            using Azure.ResourceManager.Network;

            class C
            {
                NetworkInterfaceData M() => new NetworkInterfaceData { Location = "eastus", Tags = { { "env", "prod" } }, EnableAcceleratedNetworking = true, {|ACCEL004:AuxiliaryMode = "AcceleratedConnections"|}, AuxiliarySku = "A4" };
            }
            """,
            Title,
            """
            using Azure.ResourceManager.Network;

            class C
            {
                NetworkInterfaceData M() => new NetworkInterfaceData { Location = "eastus", Tags = { { "env", "prod" }, { "fastpathenabled", "true" } }, EnableAcceleratedNetworking = true, AuxiliaryMode = "AcceleratedConnections", AuxiliarySku = "A4" };
            }
            """);

    [Fact]
    public Task An_empty_tags_initializer_of_a_target_typed_creation_is_filled() =>
        VerifyFixAsync(
            Fixer,
            """
            using Azure.ResourceManager.Network;

            class C
            {
                NetworkInterfaceData M()
                {
                    NetworkInterfaceData nicData = new()
                    {
                        Location = "eastus",
                        Tags = { },
                        EnableAcceleratedNetworking = true,
                        {|ACCEL004:AuxiliaryMode = "AcceleratedConnections"|},
                        AuxiliarySku = "A1",
                    };
                    return nicData;
                }
            }
            """,
            Title,
            """
            using Azure.ResourceManager.Network;

            class C
            {
                NetworkInterfaceData M()
                {
                    NetworkInterfaceData nicData = new()
                    {
                        Location = "eastus",
                        Tags = { { "fastpathenabled", "true" } },
                        EnableAcceleratedNetworking = true,
                        AuxiliaryMode = "AcceleratedConnections",
                        AuxiliarySku = "A1",
                    };
                    return nicData;
                }
            }
            """);

    [Fact]
    public Task A_one_line_initializer_keeps_its_trailing_comma() =>
        VerifyFixAsync(
            Fixer,
            """
            using Azure.ResourceManager.Network;

            class C
            {
                NetworkInterfaceData M() => new NetworkInterfaceData { Location = "eastus", EnableAcceleratedNetworking = true, {|ACCEL004:AuxiliaryMode = "AcceleratedConnections"|}, AuxiliarySku = "A1", };
            }
            """,
            Title,
            """
            using Azure.ResourceManager.Network;

            class C
            {
                NetworkInterfaceData M() => new NetworkInterfaceData { Location = "eastus", EnableAcceleratedNetworking = true, AuxiliaryMode = "AcceleratedConnections", AuxiliarySku = "A1", Tags = { { "fastpathenabled", "true" } }, };
            }
            """);

    [Fact]
    public Task Indexer_style_tags_get_an_indexer_element() =>
        VerifyFixAsync(
            Fixer,
            """
            using Azure.ResourceManager.Network;

            class C
            {
                NetworkInterfaceData M() => new NetworkInterfaceData
                {
                    Location = "eastus",
                    Tags = { ["env"] = "prod" },
                    EnableAcceleratedNetworking = true,
                    {|ACCEL004:AuxiliaryMode = "AcceleratedConnections"|},
                    AuxiliarySku = "A8"
                };
            }
            """,
            Title,
            """
            using Azure.ResourceManager.Network;

            class C
            {
                NetworkInterfaceData M() => new NetworkInterfaceData
                {
                    Location = "eastus",
                    Tags = { ["env"] = "prod", ["fastpathenabled"] = "true" },
                    EnableAcceleratedNetworking = true,
                    AuxiliaryMode = "AcceleratedConnections",
                    AuxiliarySku = "A8"
                };
            }
            """);

    [Fact]
    public Task Without_an_initializer_an_indexer_statement_follows_the_creation() =>
        VerifyFixAsync(
            Fixer,
            """
            using Azure.ResourceManager.Network;
            using Azure.ResourceManager.Network.Models;

            class C
            {
                void M(object nics)
                {
                    var nicData = new NetworkInterfaceData();
                    nicData.Location = "westeurope";
                    nicData.EnableAcceleratedNetworking = true;
                    {|ACCEL004:nicData.AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections|};
                    nicData.AuxiliarySku = NetworkInterfaceAuxiliarySku.A1;
                    nics.CreateOrUpdate("nic", nicData);
                }
            }
            """,
            Title,
            """
            using Azure.ResourceManager.Network;
            using Azure.ResourceManager.Network.Models;

            class C
            {
                void M(object nics)
                {
                    var nicData = new NetworkInterfaceData();
                    nicData.Tags["fastpathenabled"] = "true";
                    nicData.Location = "westeurope";
                    nicData.EnableAcceleratedNetworking = true;
                    nicData.AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections;
                    nicData.AuxiliarySku = NetworkInterfaceAuxiliarySku.A1;
                    nics.CreateOrUpdate("nic", nicData);
                }
            }
            """);

    [Fact]
    public Task A_tag_with_another_value_gets_the_required_one() =>
        VerifyFixAsync(
            Fixer,
            """
            using Azure.ResourceManager.Network;
            using Azure.ResourceManager.Network.Models;

            class C
            {
                void M()
                {
                    var nicData = new NetworkInterfaceData { Location = "eastus" };
                    nicData.Tags.Add("env", "prod");
                    nicData.Tags["FastPathEnabled"] = "false";
                    nicData.EnableAcceleratedNetworking = true;
                    {|ACCEL004:nicData.AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections|};
                    nicData.AuxiliarySku = NetworkInterfaceAuxiliarySku.A1;
                }
            }
            """,
            Title,
            """
            using Azure.ResourceManager.Network;
            using Azure.ResourceManager.Network.Models;

            class C
            {
                void M()
                {
                    var nicData = new NetworkInterfaceData { Location = "eastus" };
                    nicData.Tags.Add("env", "prod");
                    nicData.Tags["FastPathEnabled"] = "true";
                    nicData.EnableAcceleratedNetworking = true;
                    nicData.AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections;
                    nicData.AuxiliarySku = NetworkInterfaceAuxiliarySku.A1;
                }
            }
            """);

    [Fact]
    public Task Tags_required_by_accellint_json_are_the_ones_added() =>
        VerifyFixAsync(
            Fixer,
            """
            using Azure.ResourceManager.Network;

            class C
            {
                NetworkInterfaceData M() => new NetworkInterfaceData
                {
                    Location = "eastus",
                    EnableAcceleratedNetworking = true,
                    {|ACCEL004:AuxiliaryMode = "AcceleratedConnections"|},
                    AuxiliarySku = "A1",
                };
            }
            """,
            "Add the required tags 'fastpathenabled' = 'true', 'owner' = 'netops'",
            """
            using Azure.ResourceManager.Network;

            class C
            {
                NetworkInterfaceData M() => new NetworkInterfaceData
                {
                    Location = "eastus",
                    EnableAcceleratedNetworking = true,
                    AuxiliaryMode = "AcceleratedConnections",
                    AuxiliarySku = "A1",
                    Tags = { { "fastpathenabled", "true" }, { "owner", "netops" } },
                };
            }
            """,
            config: """
            { "acceleratedConnections": { "requiredTags": { "fastpathenabled": "true", "owner": "netops" } } }
            """);

    [Fact]
    public Task Fix_all_tags_every_nic_in_the_document() =>
        VerifyFixAsync(
            Fixer,
            """
            using Azure.ResourceManager.Network;

            class C
            {
                NetworkInterfaceData Front() => new NetworkInterfaceData { Location = "eastus", EnableAcceleratedNetworking = true, {|ACCEL004:AuxiliaryMode = "AcceleratedConnections"|}, AuxiliarySku = "A1" };

                NetworkInterfaceData Back()
                {
                    var back = new NetworkInterfaceData { Location = "eastus", EnableAcceleratedNetworking = true, AuxiliarySku = "A2" };
                    {|ACCEL004:back.AuxiliaryMode = "AcceleratedConnections"|};
                    return back;
                }
            }
            """,
            Title,
            """
            using Azure.ResourceManager.Network;

            class C
            {
                NetworkInterfaceData Front() => new NetworkInterfaceData { Location = "eastus", EnableAcceleratedNetworking = true, AuxiliaryMode = "AcceleratedConnections", AuxiliarySku = "A1", Tags = { { "fastpathenabled", "true" } } };

                NetworkInterfaceData Back()
                {
                    var back = new NetworkInterfaceData { Location = "eastus", EnableAcceleratedNetworking = true, AuxiliarySku = "A2", Tags = { { "fastpathenabled", "true" } } };
                    back.AuxiliaryMode = "AcceleratedConnections";
                    return back;
                }
            }
            """);

    [Fact]
    public Task No_fix_when_the_required_key_is_written_twice() =>
        VerifyTitlesAsync(
            Fixer,
            """
            using Azure.ResourceManager.Network;

            class C
            {
                NetworkInterfaceData M()
                {
                    var nicData = new NetworkInterfaceData { Location = "eastus", EnableAcceleratedNetworking = true, {|ACCEL004:AuxiliaryMode = "AcceleratedConnections"|}, AuxiliarySku = "A1" };
                    nicData.Tags["fastpathenabled"] = "false";
                    nicData.Tags["FastPathEnabled"] = "no";
                    return nicData;
                }
            }
            """);

    [Fact]
    public Task No_fix_when_a_tag_is_added_as_a_key_value_pair() =>
        VerifyTitlesAsync(
            Fixer,
            """
            using System.Collections.Generic;
            using Azure.ResourceManager.Network;

            class C
            {
                NetworkInterfaceData M() => new NetworkInterfaceData
                {
                    Location = "eastus",
                    Tags = { new KeyValuePair<string, string>("env", "prod") },
                    EnableAcceleratedNetworking = true,
                    {|ACCEL004:AuxiliaryMode = "AcceleratedConnections"|},
                    AuxiliarySku = "A1",
                };
            }
            """);

    [Fact]
    public Task No_fix_when_the_tag_value_is_not_a_constant() =>
        VerifyTitlesAsync(
            Fixer,
            """
            using Azure.ResourceManager.Network;

            class C
            {
                NetworkInterfaceData M(bool fast) => new NetworkInterfaceData
                {
                    Location = "eastus",
                    Tags = { { "fastpathenabled", fast ? "true" : "false" } },
                    EnableAcceleratedNetworking = true,
                    {|ACCEL004:AuxiliaryMode = "AcceleratedConnections"|},
                    AuxiliarySku = "A1",
                };
            }
            """);

    [Fact]
    public Task No_fix_for_an_embedded_configuration_that_takes_its_tags_from_the_vm() =>
        VerifyTitlesAsync(
            Fixer,
            """
            using Azure.Core;
            using Azure.ResourceManager.Compute;
            using Azure.ResourceManager.Compute.Models;

            class C
            {
                VirtualMachineData M() => new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardD4SV3 },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations =
                        {
                            new VirtualMachineNetworkInterfaceConfiguration("nic")
                            {
                                EnableAcceleratedNetworking = true,
                                {|ACCEL004:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                                AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A1,
                            },
                        },
                    },
                };
            }
            """);
}
