using static AccelLint.Core.Tests.Rules.ArmShapes;

namespace AccelLint.Core.Tests.Rules;

/// <summary>ACCEL005: Accelerated Connections on a NIC without accelerated networking.</summary>
public class ACCEL005Tests
{
    private static readonly string[] Only = { "ACCEL005" };

    [Fact]
    public void Nic_resource_without_enableAcceleratedNetworking_is_reported_at_auxiliaryMode()
    {
        // The size supports AN, so ACCEL011 also points at the NIC resource.
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_D4s_v3",
            """ /*@ACCEL005*/"auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "A2",""",
            nicMarker: "/*@ACCEL011*/"));

        var finding = Assert.Single(result.Findings, f => f.RuleId == "ACCEL005");
        Assert.Contains("not set", finding.Message);
        Assert.Contains("'nic1'", finding.Message);
    }

    [Fact]
    public void Nic_resource_with_accelerated_networking_false_fires()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_D4s_v3",
            """ "enableAcceleratedNetworking": false, /*@ACCEL005*/"auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "A2",""",
            nicMarker: "/*@ACCEL011*/"));

        Assert.Contains("false", Assert.Single(result.Findings, f => f.RuleId == "ACCEL005").Message);
    }

    [Fact]
    public void Nic_resource_with_accelerated_networking_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac()));
    }

    [Fact]
    public void Unknown_accelerated_networking_is_silent()
    {
        Verifier.VerifyArm(NicOnVm(
            "Standard_D4s_v3",
            """ "enableAcceleratedNetworking": "[reference('settings').accelerated]", "auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "A2","""));
    }

    [Fact]
    public void Accelerated_networking_from_allowed_values_including_false_fires()
    {
        Verifier.VerifyArm(
            NicOnVm(
                "Standard_D4s_v3",
                """ "enableAcceleratedNetworking": "[parameters('accelerate')]", /*@ACCEL005*/"auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "A2",""",
                parameters: """ "accelerate": { "type": "bool", "defaultValue": true, "allowedValues": [ true, false ] } """),
            only: Only);
    }

    [Fact]
    public void Accelerated_networking_false_from_the_parameters_file_fires()
    {
        Verifier.VerifyArm(
            NicOnVm(
                "Standard_D4s_v3",
                """ "enableAcceleratedNetworking": "[parameters('accelerate')]", /*@ACCEL005*/"auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "A2",""",
                parameters: """ "accelerate": { "type": "bool", "defaultValue": true } """,
                nicMarker: "/*@ACCEL011*/"),
            ParametersFile(""" "accelerate": { "value": false } """));
    }

    [Fact]
    public void Tier_only_request_is_reported_at_auxiliarySku()
    {
        Verifier.VerifyArm(
            NicOnVm("Standard_D4s_v3", """ /*@ACCEL005,ACCEL007*/"auxiliarySku": "A4",""", nicMarker: "/*@ACCEL011*/"));
    }

    [Fact]
    public void Floating_mode_without_accelerated_networking_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "auxiliaryMode": "Floating",""", nicMarker: "/*@ACCEL011*/"));
    }

    [Fact]
    public void Fires_whatever_the_vm_size_and_even_without_a_vm()
    {
        // AC without AN is wrong on its own; the NIC needs no VM for this rule.
        var template = NicOnVm("Standard_D4s_v3", """ /*@ACCEL005*/"auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "A2",""")
            .Replace("[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]", "[resourceId('Microsoft.Network/networkInterfaces', 'elsewhere')]");
        Verifier.VerifyArm(template);
    }

    [Fact]
    public void Vm_embedded_configuration_without_accelerated_networking_fires()
    {
        var result = Verifier.VerifyArm(VmWithConfig(
            "Standard_D4s_v3",
            """ /*@ACCEL005*/"auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "A2",""",
            configMarker: "/*@ACCEL011*/"));

        Assert.Contains("'cfg1'", Assert.Single(result.Findings, f => f.RuleId == "ACCEL005").Message);
    }

    [Fact]
    public void Vm_embedded_configuration_with_accelerated_networking_is_silent()
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac()));
    }

    [Fact]
    public void Scale_set_configuration_with_accelerated_networking_false_fires()
    {
        Verifier.VerifyArm(ScaleSet(
            "Standard_D4s_v3",
            """ "enableAcceleratedNetworking": false, /*@ACCEL005*/"auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "A8",""",
            configMarker: "/*@ACCEL011*/"));
    }

    [Fact]
    public void Scale_set_configuration_with_accelerated_networking_is_silent()
    {
        Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", Ac()));
    }
}
