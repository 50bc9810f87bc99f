using static AccelLint.Core.Tests.Rules.ArmShapes;

namespace AccelLint.Core.Tests.Rules;

/// <summary>ACCEL007: auxiliaryMode and auxiliarySku do not make a valid Accelerated Connections tier (at most one per NIC).</summary>
public class ACCEL007Tests
{
    private static readonly string[] Only = { "ACCEL007" };

    [Fact]
    public void Accelerated_connections_without_a_tier_is_reported_at_auxiliaryMode()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL007*/"auxiliaryMode": "AcceleratedConnections","""));
        Assert.Contains("'nic1'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Accelerated_connections_with_tier_None_is_reported_at_auxiliaryMode()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL007*/"auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "None","""));
    }

    [Fact]
    public void Tier_without_mode_is_reported_at_auxiliarySku()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL007*/"auxiliarySku": "A2","""));
    }

    [Fact]
    public void Tier_with_mode_None_is_reported_at_auxiliarySku()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "None", /*@ACCEL007*/"auxiliarySku": "A8","""));
    }

    [Theory]
    [InlineData("A1")]
    [InlineData("A2")]
    [InlineData("A4")]
    [InlineData("A8")]
    [InlineData("a4")]
    public void Every_valid_tier_with_accelerated_connections_is_silent(string tier)
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac(sku: tier)));
    }

    [Theory]
    [InlineData("A3")]
    [InlineData("A16")]
    [InlineData("Basic")]
    public void Tier_outside_the_enum_is_reported_at_auxiliarySku(string tier)
    {
        var result = Verifier.VerifyArm(
            NicOnVm("Standard_D4s_v3", $""" "enableAcceleratedNetworking": true, "auxiliaryMode": "AcceleratedConnections", /*@ACCEL007*/"auxiliarySku": "{tier}","""),
            only: Only);
        Assert.Contains(tier, Assert.Single(result.Findings, f => f.RuleId == "ACCEL007").Message);
    }

    [Fact]
    public void Mode_outside_the_enum_is_reported_at_auxiliaryMode_and_only_once()
    {
        // Both values are wrong; the rule reports at most one finding per NIC.
        Verifier.VerifyArm(
            NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL007*/"auxiliaryMode": "Accelerated", "auxiliarySku": "A3","""),
            only: Only);
    }

    [Fact]
    public void MaxConnections_is_valid_on_a_network_interface_resource()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "MaxConnections","""));
    }

    [Fact]
    public void MaxConnections_on_a_vm_configuration_is_reported_at_auxiliaryMode()
    {
        var result = Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL007*/"auxiliaryMode": "MaxConnections","""));
        Assert.Contains("MaxConnections", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void MaxConnections_on_a_scale_set_configuration_is_reported_at_auxiliaryMode()
    {
        Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL007*/"auxiliaryMode": "MaxConnections","""));
    }

    [Fact]
    public void Floating_without_tier_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "Floating","""));
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "Floating","""));
    }

    [Fact]
    public void Mode_None_and_tier_None_are_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "None", "auxiliarySku": "None","""));
    }

    [Fact]
    public void Enum_check_does_not_depend_on_the_api_version()
    {
        // An apiVersion older than the enum is ACCEL008's business; the tier is still checked.
        Verifier.VerifyArm(
            NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "AcceleratedConnections", /*@ACCEL007*/"auxiliarySku": "A3",""", apiVersion: "2021-08-01"),
            only: Only);
    }

    [Fact]
    public void Tier_from_allowed_values_with_an_invalid_candidate_fires()
    {
        var result = Verifier.VerifyArm(
            NicOnVm(
                "Standard_D4s_v3",
                """ "enableAcceleratedNetworking": true, "auxiliaryMode": "AcceleratedConnections", /*@ACCEL007*/"auxiliarySku": "[parameters('tier')]",""",
                parameters: """ "tier": { "type": "string", "defaultValue": "A2", "allowedValues": [ "A2", "A3" ] } """),
            only: Only);
        Assert.Contains("when parameter 'tier' is 'A3'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Parameters_file_setting_the_tier_to_None_fires_at_auxiliaryMode()
    {
        Verifier.VerifyArm(
            NicOnVm(
                "Standard_D4s_v3",
                """ "enableAcceleratedNetworking": true, /*@ACCEL007*/"auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "[parameters('tier')]",""",
                parameters: """ "tier": { "type": "string", "defaultValue": "A2" } """),
            ParametersFile(""" "tier": { "value": "None" } """));
    }

    [Fact]
    public void Unknown_tier_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "[reference('plan').tier]","""));
    }

    [Fact]
    public void Vm_configuration_with_mode_but_no_tier_fires()
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL007*/"auxiliaryMode": "AcceleratedConnections","""));
    }

    [Fact]
    public void Scale_set_configuration_with_tier_but_no_mode_fires()
    {
        Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL007*/"auxiliarySku": "A4","""));
    }

    [Fact]
    public void Valid_vm_and_scale_set_configurations_are_silent()
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac(sku: "A1")));
        Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", Ac(sku: "A8")));
    }
}
