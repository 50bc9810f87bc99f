using static AccelLint.Analyzers.Tests.Infrastructure.OfficialVerifier;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>
/// Issue 11 on the official Roslyn test framework (see <see cref="Infrastructure.OfficialVerifier"/>):
/// the two forms of the official REST example, instance mix, and the configuration tag fix with its
/// Fix All, written directly against <see cref="Infrastructure.OfficialVerifier"/> (the whole suite
/// runs on the same framework, through <see cref="Infrastructure.AnalyzerVerifier"/> and the C# helpers).
/// </summary>
public class OfficialFrameworkTests
{
    private const string Usings = CSharpHarness.Usings;

    [Fact]
    public Task Rest_example_2024_11_01_form_is_ACCEL001() => VerifyAnalyzerAsync(Usings + """
        class C
        {
            VirtualMachineScaleSetData M() => new VirtualMachineScaleSetData(new AzureLocation("westus"))
            {
                Sku = new ComputeSku { Name = "Standard_D1_v2", Tier = "Standard", Capacity = 3L },
                Properties = new VirtualMachineScaleSetProperties
                {
                    VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                    {
                        NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                        {
                            NetworkInterfaceConfigurations =
                            {
                                new VirtualMachineScaleSetNetworkConfiguration("{nicConfig1-name}") { Primary = true, {|ACCEL001:EnableAcceleratedNetworking = true|}, IsTcpStateTrackingDisabled = true, EnableIPForwarding = true },
                                new VirtualMachineScaleSetNetworkConfiguration("{nicConfig2-name}") { Primary = false, EnableAcceleratedNetworking = false, IsTcpStateTrackingDisabled = false, EnableIPForwarding = false },
                            },
                        },
                    },
                    Overprovision = true,
                },
            };
        }
        """, compute117: true);

    [Fact]
    public Task Rest_example_2023_09_01_form_is_ACCEL001() => VerifyAnalyzerAsync(Usings + """
        class C
        {
            VirtualMachineScaleSetData M() => new VirtualMachineScaleSetData(new AzureLocation("westus"))
            {
                Sku = new ComputeSku() { Name = "Standard_D1_v2", Tier = "Standard", Capacity = 3 },
                VirtualMachineProfile = new VirtualMachineScaleSetVmProfile()
                {
                    NetworkProfile = new VirtualMachineScaleSetNetworkProfile()
                    {
                        NetworkInterfaceConfigurations =
                        {
                            new VirtualMachineScaleSetNetworkConfiguration("{nicConfig1-name}") { Primary = true, {|ACCEL001:EnableAcceleratedNetworking = true|}, EnableIPForwarding = true },
                            new VirtualMachineScaleSetNetworkConfiguration("{nicConfig2-name}") { Primary = false, EnableAcceleratedNetworking = false, EnableIPForwarding = false },
                        },
                    },
                },
                Overprovision = true,
            };
        }
        """);

    [Fact]
    public Task Instance_mix_checks_each_size_and_never_Mix() => VerifyAnalyzerAsync(Usings + """
        class C
        {
            VirtualMachineScaleSetData M() => new VirtualMachineScaleSetData(AzureLocation.EastUS)
            {
                Sku = new ComputeSku { Name = "Mix", Capacity = 4 },
                SkuProfile = new ComputeSkuProfile { VmSizes = { new ComputeSkuProfileVmSize { Name = "Standard_D4s_v5" }, new ComputeSkuProfileVmSize { Name = "Standard_D1_v2" } } },
                VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                {
                    NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineScaleSetNetworkConfiguration("nic") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                    },
                },
            };
        }
        """, compute117: true);

    [Fact]
    public Task Tag_fix_on_scale_set_configurations_with_fix_all() => VerifyTagFixAsync(
        Usings + Scale("{|ACCEL004:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},", "{|ACCEL004:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},", string.Empty),
        Usings + Scale("AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections,", "AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections,", "Tags = { { \"fastpathenabled\", \"true\" } },"),
        compute117: true);

    private static string Scale(string first, string second, string tags) => $$"""
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
                                new VirtualMachineScaleSetNetworkConfiguration("a")
                                {
                                    EnableAcceleratedNetworking = true,
                                    {{first}}
                                    AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A1,{{(tags.Length > 0 ? "\n                            " + tags : string.Empty)}}
                                },
                                new VirtualMachineScaleSetNetworkConfiguration("b")
                                {
                                    EnableAcceleratedNetworking = true,
                                    {{second}}
                                    AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A1,{{(tags.Length > 0 ? "\n                            " + tags : string.Empty)}}
                                },
                            },
                        },
                    },
                },
            };
        }
        """;
}
