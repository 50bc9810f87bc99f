using static AccelLint.Core.Tests.Rules.ArmShapes;

namespace AccelLint.Core.Tests.Rules;

/// <summary>ACCEL006: Accelerated Connections on a size with fewer than 4 vCPUs.</summary>
public class ACCEL006Tests
{
    private static readonly string[] Only = { "ACCEL006" };

    [Fact]
    public void Two_vcpu_size_is_reported_at_auxiliaryMode()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D2s_v3", Ac("/*@ACCEL006*/")));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("'Standard_D2s_v3'", finding.Message);
        Assert.Contains("it has 2", finding.Message);
    }

    [Theory]
    [InlineData("Standard_D2s_v3")]
    [InlineData("Standard_F2s_v2")]
    [InlineData("Standard_D2s_v4")]
    [InlineData("Standard_D2_v3")]
    public void Sizes_below_four_vcpus_fire(string size)
    {
        Verifier.VerifyArm(NicOnVm(size, Ac("/*@ACCEL006*/")));
    }

    [Theory]
    [InlineData("Standard_D4s_v3")]
    [InlineData("Standard_F4s_v2")]
    [InlineData("Standard_D8s_v3")]
    [InlineData("Standard_E4s_v3")]
    public void Sizes_with_four_or_more_vcpus_are_silent(string size)
    {
        Verifier.VerifyArm(NicOnVm(size, Ac()));
    }

    [Fact]
    public void Vcpus_available_below_four_fires_on_a_large_size()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D8s_v3", Ac("/*@ACCEL006*/"), hardware: """, "vmSizeProperties": { "vCPUsAvailable": 2, "vCPUsPerCore": 1 }"""));
        Assert.Contains("vCPUsAvailable", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Vcpus_available_of_four_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D8s_v3", Ac(), hardware: """, "vmSizeProperties": { "vCPUsAvailable": 4 }"""));
    }

    [Fact]
    public void Unknown_vcpus_available_falls_back_to_the_catalog()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D8s_v3", Ac(), hardware: """, "vmSizeProperties": { "vCPUsAvailable": "[reference('plan').cores]" }"""));
    }

    [Fact]
    public void Vcpus_available_from_int_function_is_evaluated()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D8s_v3", Ac("/*@ACCEL006*/"), hardware: """, "vmSizeProperties": { "vCPUsAvailable": "[int('2')]" }"""));
    }

    [Fact]
    public void Vcpus_available_from_allowed_values_with_a_small_candidate_fires()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_D8s_v3",
            Ac("/*@ACCEL006*/"),
            hardware: """, "vmSizeProperties": { "vCPUsAvailable": "[parameters('cores')]" }""",
            parameters: """ "cores": { "type": "int", "defaultValue": 8, "allowedValues": [ 2, 4, 8 ] } """));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("vCPUsAvailable is 2 (when parameter 'cores' is 2)", finding.Message);
        Assert.Contains(finding.Related, r => r.Message.Contains("parameter 'cores'", StringComparison.Ordinal));
    }

    [Fact]
    public void Vcpus_available_from_allowed_values_all_large_enough_is_silent()
    {
        Verifier.VerifyArm(NicOnVm(
            "Standard_D8s_v3",
            Ac(),
            hardware: """, "vmSizeProperties": { "vCPUsAvailable": "[parameters('cores')]" }""",
            parameters: """ "cores": { "type": "int", "defaultValue": 8, "allowedValues": [ 4, 8 ] } """));
    }

    [Fact]
    public void Unknown_size_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("[reference('plan').size]", Ac()));
    }

    [Fact]
    public void Allowed_values_with_a_small_size_fire()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "[parameters('vmSize')]",
            Ac("/*@ACCEL006*/"),
            parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3", "allowedValues": [ "Standard_D4s_v3", "Standard_D2s_v3" ] } """));

        Assert.Contains("when parameter 'vmSize' is 'Standard_D2s_v3'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Parameters_file_choosing_a_small_size_fires()
    {
        Verifier.VerifyArm(
            NicOnVm("[parameters('vmSize')]", Ac("/*@ACCEL006*/"), parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3" } """),
            ParametersFile(""" "vmSize": { "value": "Standard_D2s_v3" } """));
    }

    [Fact]
    public void Tier_only_request_is_reported_at_auxiliarySku()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D2s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL006*/"auxiliarySku": "A1","""), only: Only);
    }

    [Fact]
    public void Accelerated_networking_alone_on_a_small_size_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D2s_v3", """ "enableAcceleratedNetworking": true,"""));
    }

    [Fact]
    public void Floating_mode_on_a_small_size_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D2s_v3", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "Floating","""));
    }

    [Fact]
    public void Vm_embedded_configuration_fires()
    {
        var result = Verifier.VerifyArm(VmWithConfig("Standard_F2s_v2", Ac("/*@ACCEL006*/")));
        Assert.Contains("'cfg1'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Vm_embedded_configuration_with_vcpus_available_fires()
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D16s_v3", Ac("/*@ACCEL006*/"), hardware: """, "vmSizeProperties": { "vCPUsAvailable": 3 }"""));
    }

    [Fact]
    public void Scale_set_sku_below_four_vcpus_fires()
    {
        var result = Verifier.VerifyArm(ScaleSet("Standard_D2s_v3", Ac("/*@ACCEL006*/")));
        Assert.Contains("scale set 'vmss1'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Scale_set_sku_with_enough_vcpus_is_silent()
    {
        Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", Ac()));
    }
}
