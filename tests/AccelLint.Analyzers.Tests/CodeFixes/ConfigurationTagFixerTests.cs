using AccelLint.Analyzers.CodeFixes;
using static AccelLint.Analyzers.Tests.CodeFixes.CodeFixVerifier;

namespace AccelLint.Analyzers.Tests.CodeFixes;

/// <summary>
/// ACCEL004's fix on NIC configurations, which have <c>Tags</c> since Azure.ResourceManager.Compute
/// 1.17 (<see cref="Infrastructure.Compute117StandIns"/>): the tag goes into the configuration's
/// initializer, and Fix All adds it to every configuration of the document.
/// </summary>
public class ConfigurationTagFixerTests
{
    private const string Title = "Add the required tag 'fastpathenabled' = 'true'";

    private static readonly RequiredTagFixer Fixer = new();

    private const string Before = """
        using Azure.Core;
        using Azure.ResourceManager.Compute;
        using Azure.ResourceManager.Compute.Models;

        class C
        {
            VirtualMachineScaleSetData M() => new VirtualMachineScaleSetData(AzureLocation.EastUS)
            {
                Sku = new ComputeSku { Name = "Standard_D8s_v3" },
                Properties = new VirtualMachineScaleSetProperties
                {
                    VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                    {
                        NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                        {
                            NetworkInterfaceConfigurations =
                            {
                                new VirtualMachineScaleSetNetworkConfiguration("nva")
                                {
                                    EnableAcceleratedNetworking = true,
                                    {|ACCEL004:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                                    AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A1,
                                },
                                SECOND
                            },
                        },
                    },
                },
            };
        }
        """;

    private const string Second = """
        new VirtualMachineScaleSetNetworkConfiguration("nva2")
                                {
                                    EnableAcceleratedNetworking = true,
                                    {|ACCEL004:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                                    AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A2,
                                    Tags = { { "owner", "net" } },
                                },
        """;

    private const string SecondFixed = """
        new VirtualMachineScaleSetNetworkConfiguration("nva2")
                                {
                                    EnableAcceleratedNetworking = true,
                                    AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                                    AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A2,
                                    Tags = { { "owner", "net" }, { "fastpathenabled", "true" } },
                                },
        """;

    private static string Fixed(string second)
    {
        const string Sku = "AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A1,";
        int at = Before.IndexOf(Sku, StringComparison.Ordinal);
        int lineStart = Before.LastIndexOf('\n', at) + 1;
        string indentation = Before.Substring(lineStart, at - lineStart);
        return Before.Insert(at + Sku.Length, "\n" + indentation + "Tags = { { \"fastpathenabled\", \"true\" } },")
            .Replace("{|ACCEL004:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|}", "AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections")
            .Replace("SECOND", second);
    }

    [Fact]
    public async Task Tag_is_added_to_the_scale_set_configuration()
    {
        var left = await VerifyFixAsync(Fixer, Before.Replace("SECOND", string.Empty), Title, Fixed(string.Empty), compute117: true);
        Assert.Empty(left);
    }

    [Fact]
    public async Task Fix_all_tags_every_configuration()
    {
        var left = await VerifyFixAsync(Fixer, Before.Replace("SECOND", Second), Title, Fixed(SecondFixed), compute117: true);
        Assert.Empty(left);
    }
}
