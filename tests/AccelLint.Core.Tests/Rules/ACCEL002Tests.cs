using static AccelLint.Core.Tests.Rules.ArmShapes;

namespace AccelLint.Core.Tests.Rules;

/// <summary>ACCEL002: Accelerated Connections on a general-purpose D-series v5 size.</summary>
public class ACCEL002Tests
{
    private static readonly string[] Only = { "ACCEL002" };

    [Fact]
    public void Nic_resource_on_Dsv5_is_reported_at_auxiliaryMode()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v5", Ac("/*@ACCEL002*/")));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("Dv5", finding.Message);
        Assert.Contains("Standard_D4s_v5", finding.Message);
        Assert.Contains("'nic1'", finding.Message);
    }

    [Theory]
    [InlineData("Standard_D4_v5")] // Dv5
    [InlineData("Standard_D8s_v5")] // Dsv5
    [InlineData("Standard_D4d_v5")] // Ddv5
    [InlineData("Standard_D4ds_v5")] // Ddsv5
    [InlineData("Standard_D4as_v5")] // Dasv5
    [InlineData("Standard_D4ads_v5")] // Dadsv5
    [InlineData("Standard_D4ls_v5")] // Dlsv5
    [InlineData("Standard_D4lds_v5")] // Dldsv5
    [InlineData("Standard_D4ps_v5")] // Dpsv5
    [InlineData("Standard_D4pds_v5")] // Dpdsv5
    [InlineData("Standard_D4pls_v5")] // Dplsv5
    [InlineData("Standard_D4plds_v5")] // Dpldsv5
    public void Every_Dv5_family_fires(string size)
    {
        Verifier.VerifyArm(NicOnVm(size, Ac("/*@ACCEL002*/")), only: Only);
    }

    [Theory]
    [InlineData("Standard_D4s_v3")]
    [InlineData("Standard_D4s_v4")]
    [InlineData("Standard_D4s_v6")]
    [InlineData("Standard_E4s_v5")] // a v5 size, but not the D family
    [InlineData("Standard_F4s_v2")]
    public void Sizes_outside_the_Dv5_family_are_silent(string size)
    {
        Verifier.VerifyArm(NicOnVm(size, Ac()));
    }

    [Fact]
    public void Mode_value_compares_case_insensitively()
    {
        Verifier.VerifyArm(
            NicOnVm("Standard_D4s_v5", """ "enableAcceleratedNetworking": true, /*@ACCEL002*/"auxiliaryMode": "acceleratedconnections", "auxiliarySku": "a2","""));
    }

    [Fact]
    public void Tier_without_mode_requests_AC_and_is_reported_at_auxiliarySku()
    {
        // A tier without a mode is also ACCEL007's business, at the same place.
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v5", """ "enableAcceleratedNetworking": true, /*@ACCEL002,ACCEL007*/"auxiliarySku": "A4","""));
    }

    [Fact]
    public void Floating_mode_is_not_Accelerated_Connections()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v5", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "Floating","""));
    }

    [Fact]
    public void MaxConnections_mode_is_not_Accelerated_Connections()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v5", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "MaxConnections","""));
    }

    [Fact]
    public void Mode_None_and_tier_None_request_nothing()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v5", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "None", "auxiliarySku": "None","""));
    }

    [Fact]
    public void Unknown_size_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("[reference('sizing').vmSize]", Ac()));
    }

    [Fact]
    public void Unknown_mode_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v5", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "[reference('nva').mode]", "auxiliarySku": "A2","""), only: Only);
    }

    [Fact]
    public void Allowed_values_with_a_Dv5_size_fire_and_name_the_candidate()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "[parameters('vmSize')]",
            Ac("/*@ACCEL002*/"),
            parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3", "allowedValues": [ "Standard_D4s_v3", "Standard_D8s_v5" ] } """));

        Assert.Contains("when parameter 'vmSize' is 'Standard_D8s_v5'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Parameters_file_choosing_a_Dv5_size_fires()
    {
        var result = Verifier.VerifyArm(
            NicOnVm("[parameters('vmSize')]", Ac("/*@ACCEL002*/"), parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3" } """),
            ParametersFile(""" "vmSize": { "value": "Standard_D4s_v5" } """));

        Assert.Contains(Assert.Single(result.Findings).Related, r => r.Source.File.Path.EndsWith("azuredeploy.parameters.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Vm_embedded_configuration_fires_at_its_auxiliaryMode()
    {
        var result = Verifier.VerifyArm(VmWithConfig("Standard_D4s_v5", Ac("/*@ACCEL002*/")));
        Assert.Contains("'cfg1'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Vm_embedded_configuration_on_Dsv4_is_silent()
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v4", Ac()));
    }

    [Fact]
    public void Scale_set_sku_in_the_Dv5_family_fires()
    {
        var result = Verifier.VerifyArm(ScaleSet("Standard_D16ds_v5", Ac("/*@ACCEL002*/")));
        Assert.Contains("scale set 'vmss1'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Scale_set_sku_outside_the_family_is_silent()
    {
        Verifier.VerifyArm(ScaleSet("Standard_F8s_v2", Ac()));
    }
}
