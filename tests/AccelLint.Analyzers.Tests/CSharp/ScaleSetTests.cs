using static AccelLint.Analyzers.Tests.CSharp.CSharpHarness;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>
/// <c>VirtualMachineScaleSetData</c>: size from <c>Sku.Name</c>, location from the constructor,
/// NIC configurations under <c>VirtualMachineProfile.NetworkProfile.NetworkInterfaceConfigurations</c>.
/// </summary>
public class ScaleSetTests
{
    private const string Template = """
        class C
        {
            void M()
            {
                var vmss = new VirtualMachineScaleSetData(LOCATION)
                {
                    Sku = new ComputeSku { Name = SIZE, Capacity = 2 },
                    VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                    {
                        NetworkProfile = new VirtualMachineScaleSetNetworkProfile(),
                    },
                };
                TAGS
                vmss.VirtualMachineProfile.NetworkProfile.NetworkInterfaceConfigurations.Add(new VirtualMachineScaleSetNetworkConfiguration("cfg")
                {
                    CONFIG
                });
            }
        }
        """;

    private const string GoodTags = """vmss.Tags["fastpathenabled"] = "true";""";

    private const string GoodConfig = """
        EnableAcceleratedNetworking = true,
                    AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                    AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A2,
        """;

    /// <summary>The scale set with the configuration's creation marked ACCEL011 (AN absent on a size that supports it).</summary>
    private static string WithAcceleratedNetworkingOff(string markup) =>
        markup.Replace("NetworkInterfaceConfigurations.Add(new VirtualMachineScaleSetNetworkConfiguration(\"cfg\")\n        {", "NetworkInterfaceConfigurations.Add({|ACCEL011:new VirtualMachineScaleSetNetworkConfiguration(\"cfg\")\n        {")
            .Replace("\n        });\n", "\n        }|});\n");

    private static string ScaleSet(string location = "AzureLocation.EastUS", string size = "\"Standard_D8s_v3\"", string tags = GoodTags, string config = GoodConfig) =>
        Template.Replace("LOCATION", location).Replace("SIZE", size).Replace("TAGS", tags).Replace("CONFIG", config);

    [Fact]
    public Task Accelerated_connections_done_right_is_clean() => Verify(ScaleSet());

    [Fact]
    public Task Dv5_size_is_ACCEL002_at_auxiliary_mode() => Verify(ScaleSet(
        size: "\"Standard_D4s_v5\"",
        config: """
            EnableAcceleratedNetworking = true,
                        {|ACCEL002:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                        AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A2,
            """));

    [Fact]
    public Task Dv5_size_written_as_a_size_type_constructor_is_ACCEL002() => Verify(ScaleSet(
        size: "new VirtualMachineSizeType(\"Standard_D16ds_v5\").ToString()",
        config: """
            EnableAcceleratedNetworking = true,
                        {|ACCEL002:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                        AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A2,
            """));

    [Fact]
    public Task Fewer_than_four_vcpus_is_ACCEL006() => Verify(ScaleSet(
        size: "VirtualMachineSizeType.StandardD2SV3.ToString()",
        config: """
            EnableAcceleratedNetworking = true,
                        {|ACCEL006:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                        AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A2,
            """));

    [Fact]
    public Task Region_outside_the_list_from_the_constructor_is_ACCEL003() => Verify(ScaleSet(
        location: "AzureLocation.BrazilSouth",
        config: """
            EnableAcceleratedNetworking = true,
                        {|ACCEL003:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                        AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A2,
            """));

    [Fact]
    public Task Region_written_as_a_display_name_is_normalised() => Verify(ScaleSet(location: "new AzureLocation(\"UK South\")"));

    [Fact]
    public Task Region_written_as_an_arm_name_string_is_ACCEL003() => Verify(ScaleSet(
        location: "\"japaneast\"",
        config: """
            EnableAcceleratedNetworking = true,
                        {|ACCEL003:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                        AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A2,
            """));

    [Fact]
    public Task Missing_tags_on_the_scale_set_is_ACCEL004() => Verify(ScaleSet(
        tags: string.Empty,
        config: """
            EnableAcceleratedNetworking = true,
                        {|ACCEL004:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                        AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A2,
            """));

    [Fact]
    public Task Wrong_tag_value_on_the_scale_set_is_ACCEL004() => Verify(ScaleSet(
        tags: """vmss.Tags.Add("fastpathenabled", "false");""",
        config: """
            EnableAcceleratedNetworking = true,
                        {|ACCEL004:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                        AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A2,
            """));

    [Fact]
    public Task Tag_added_with_other_casing_satisfies_ACCEL004() => Verify(ScaleSet(tags: """vmss.Tags.Add("FastPathEnabled", "TRUE");"""));

    [Fact]
    public Task Accelerated_connections_without_accelerated_networking_is_ACCEL005_and_ACCEL011() => Verify(WithAcceleratedNetworkingOff(ScaleSet(
        config: """
            {|ACCEL005:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                        AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A2,
            """)));

    [Fact]
    public Task Accelerated_connections_without_a_tier_is_ACCEL007_at_the_mode() => Verify(ScaleSet(
        config: """
            EnableAcceleratedNetworking = true,
                        {|ACCEL007:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
            """));

    [Fact]
    public Task Tier_None_is_no_tier() => Verify(ScaleSet(
        config: """
            EnableAcceleratedNetworking = true,
                        {|ACCEL007:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                        AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.None,
            """));

    [Fact]
    public Task A_tier_without_the_mode_requests_ac_and_reports_at_the_tier() => Verify(ScaleSet(
        size: "\"Standard_D2s_v5\"",
        config: """
            EnableAcceleratedNetworking = true,
                        {|ACCEL002:{|ACCEL006:{|ACCEL007:AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A4|}|}|},
            """));

    [Fact]
    public Task MaxConnections_on_a_compute_configuration_is_ACCEL007() => Verify(ScaleSet(
        config: """
            EnableAcceleratedNetworking = true,
                        {|ACCEL007:AuxiliaryMode = "MaxConnections"|},
                        AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A2,
            """));

    [Fact]
    public Task A_tier_outside_the_enum_is_ACCEL007_at_the_tier() => Verify(ScaleSet(
        config: """
            EnableAcceleratedNetworking = true,
                        AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                        {|ACCEL007:AuxiliarySku = new ComputeNetworkInterfaceAuxiliarySku("A3")|},
            """));

    [Fact]
    public Task Floating_mode_requests_no_accelerated_connections() => Verify(ScaleSet(
        size: "\"Standard_D2s_v5\"",
        location: "AzureLocation.BrazilSouth",
        tags: string.Empty,
        config: """
            EnableAcceleratedNetworking = true,
                        AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.Floating,
            """));

    [Fact]
    public Task Unsupported_size_with_accelerated_networking_is_ACCEL001() => Verify(ScaleSet(
        size: "\"Standard_B1s\"",
        config: """
            {|ACCEL001:EnableAcceleratedNetworking = true|},
            """));

    [Fact]
    public Task Every_ac_mistake_at_once_is_reported_at_the_mode() => Verify(WithAcceleratedNetworkingOff(ScaleSet(
        size: "\"Standard_D2s_v5\"",
        location: "AzureLocation.BrazilSouth",
        tags: string.Empty,
        config: """
            {|ACCEL002:{|ACCEL003:{|ACCEL004:{|ACCEL005:{|ACCEL006:{|ACCEL007:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|}|}|}|}|}|},
            """)));

    [Fact]
    public Task Scale_set_configuration_without_accelerated_networking_on_a_supporting_size_is_ACCEL011() => Verify("""
        class C
        {
            void M()
            {
                var vmss = new VirtualMachineScaleSetData(AzureLocation.EastUS)
                {
                    Sku = new ComputeSku { Name = "Standard_D4s_v3" },
                    VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                    {
                        NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                        {
                            NetworkInterfaceConfigurations = { {|ACCEL011:new VirtualMachineScaleSetNetworkConfiguration("cfg") { Primary = true }|} },
                        },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Sku_assigned_after_creation_then_reassigned_is_read_in_order() => Verify("""
        class C
        {
            void M()
            {
                var vmss = new VirtualMachineScaleSetData(AzureLocation.EastUS);
                vmss.Tags.Add("fastpathenabled", "true");
                vmss.Sku = new ComputeSku();
                vmss.Sku.Name = "Standard_D8s_v3";
                vmss.Sku.Name = "Standard_D2s_v3";
                vmss.VirtualMachineProfile = new VirtualMachineScaleSetVmProfile { NetworkProfile = new VirtualMachineScaleSetNetworkProfile() };
                var config = new VirtualMachineScaleSetNetworkConfiguration("cfg") { EnableAcceleratedNetworking = true };
                {|ACCEL006:config.AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|};
                config.AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A1;
                vmss.VirtualMachineProfile.NetworkProfile.NetworkInterfaceConfigurations.Add(config);
            }
        }
        """);
}
