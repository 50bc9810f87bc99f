using AccelLint.Analyzers.CodeFixes;
using static AccelLint.Analyzers.Tests.CodeFixes.CodeFixVerifier;

namespace AccelLint.Analyzers.Tests.CodeFixes;

/// <summary>
/// "Change the size to 'X'" on ACCEL001, ACCEL002 and ACCEL006: the suggested size comes from the
/// diagnostic's properties, and replaces the literal, constant initializer or
/// <c>VirtualMachineSizeType</c> member that writes the size.
/// </summary>
public class SuggestedSizeFixerTests
{
    private static readonly SuggestedSizeFixer Fixer = new();

    /// <summary>A NIC with AN (ACCEL001 marked when <paramref name="marked"/>) on a VM whose size is <paramref name="size"/>.</summary>
    private static string AnNicOn(string size, bool marked = true, string members = "") => $$"""
        using Azure.Core;
        using Azure.ResourceManager.Compute;
        using Azure.ResourceManager.Compute.Models;
        using Azure.ResourceManager.Network;

        class C
        {{{members}}
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    {{(marked ? "{|ACCEL001:EnableAcceleratedNetworking = true|}" : "EnableAcceleratedNetworking = true")}},
                };
                var nic = nics.CreateOrUpdate("nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = {{size}} },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """;

    /// <summary>A correct AC NIC (ACCEL002 or ACCEL006 marked by <paramref name="marker"/>) on a VM whose size is <paramref name="size"/>.</summary>
    private static string AcNicOn(string size, string marker, string members = "") => $$"""
        using Azure.Core;
        using Azure.ResourceManager.Compute;
        using Azure.ResourceManager.Compute.Models;
        using Azure.ResourceManager.Network;
        using Azure.ResourceManager.Network.Models;

        class C
        {{{members}}
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    {{(marker.Length == 0 ? "AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections" : "{|" + marker + ":AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections|}")}},
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                    Tags = { { "fastpathenabled", "true" } },
                };
                var nic = nics.CreateOrUpdate("nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = {{size}} },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """;

    [Fact]
    public async Task String_literal_is_replaced()
    {
        var left = await VerifyFixAsync(Fixer, AnNicOn("\"Standard_DS1_v2\""), SuggestedSizeFixer.Title("Standard_DS2_v2"), AnNicOn("\"Standard_DS2_v2\"", marked: false));
        Assert.Empty(left);
    }

    [Fact]
    public async Task Member_without_a_member_for_the_new_size_becomes_a_constructor()
    {
        // VirtualMachineSizeType is a frozen list: Standard_B2s_v2 has no member.
        var left = await VerifyFixAsync(
            Fixer,
            AnNicOn("VirtualMachineSizeType.StandardB1S"),
            SuggestedSizeFixer.Title("Standard_B2s_v2"),
            AnNicOn("new VirtualMachineSizeType(\"Standard_B2s_v2\")", marked: false));
        Assert.Empty(left);
    }

    [Fact]
    public async Task Member_becomes_the_member_of_the_new_size()
    {
        var left = await VerifyFixAsync(
            Fixer,
            AcNicOn("VirtualMachineSizeType.StandardD2SV3", "ACCEL006"),
            SuggestedSizeFixer.Title("Standard_D4s_v3"),
            AcNicOn("VirtualMachineSizeType.StandardD4SV3", string.Empty));
        Assert.Empty(left);
    }

    [Fact]
    public async Task Constructor_argument_is_replaced()
    {
        var left = await VerifyFixAsync(
            Fixer,
            AcNicOn("new VirtualMachineSizeType(\"Standard_D8s_v5\")", "ACCEL002"),
            SuggestedSizeFixer.Title("Standard_D8s_v6"),
            AcNicOn("new VirtualMachineSizeType(\"Standard_D8s_v6\")", string.Empty));
        Assert.Empty(left);
    }

    [Fact]
    public async Task Constant_initializer_is_replaced_and_both_AC_findings_go()
    {
        // Standard_D2s_v5 is Dv5 (ACCEL002) with 2 vCPUs (ACCEL006); both suggest Standard_D4s_v6.
        const string Before = "\n    private const string Size = \"Standard_D2s_v5\";\n";
        const string After = "\n    private const string Size = \"Standard_D4s_v6\";\n";
        string both = AcNicOn("Size", "ACCEL002", Before).Replace("{|ACCEL002:", "{|ACCEL002:{|ACCEL006:", StringComparison.Ordinal).Replace("AcceleratedConnections|}", "AcceleratedConnections|}|}", StringComparison.Ordinal);
        var left = await VerifyFixAsync(Fixer, both, SuggestedSizeFixer.Title("Standard_D4s_v6"), AcNicOn("Size", string.Empty, After));
        Assert.Empty(left);
    }

    [Fact]
    public async Task Local_written_once_is_replaced_where_it_is_initialised()
    {
        string Code(string size, bool marked) => AnNicOn("size", marked).Replace("    void M(object nics)\n    {\n", $"    void M(object nics)\n    {{\n        var size = \"{size}\";\n", StringComparison.Ordinal);
        var left = await VerifyFixAsync(Fixer, Code("Standard_B1s", marked: true), SuggestedSizeFixer.Title("Standard_B2s_v2"), Code("Standard_B2s_v2", marked: false));
        Assert.Empty(left);
    }

    [Fact]
    public Task No_fix_when_nothing_fits() =>
        VerifyTitlesAsync(Fixer, AnNicOn("VirtualMachineSizeType.StandardA2V2"));
}
