using AccelLint.Diagnostics;

using static AccelLint.Core.Tests.Rules.MarkedArmShapes;

namespace AccelLint.Core.Tests.Rules;

/// <summary>ACCEL010 (info): enableAcceleratedNetworking false on a size that requires AN (Dlsv5, Dldsv5).</summary>
public class ACCEL010Tests
{
    [Theory]
    [InlineData("Standard_D4ls_v5")]
    [InlineData("Standard_D2ls_v5")]
    [InlineData("Standard_D8lds_v5")]
    [InlineData("Standard_D96lds_v5")]
    public void False_on_a_required_size_is_info_at_the_property_and_ACCEL011_stays_silent(string size)
    {
        var result = Verifier.VerifyArm(NicOnVm(size, """ /*@ACCEL010*/"enableAcceleratedNetworking": false,"""));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticLevel.Info, finding.Level);
        Assert.Contains(size, finding.Message);
    }

    [Fact]
    public void Absent_on_a_required_size_is_silent()
    {
        // Only an explicit false is reported, and ACCEL011 never fires on these sizes.
        Verifier.VerifyArm(NicOnVm("Standard_D4ls_v5", string.Empty));
    }

    [Fact]
    public void True_on_a_required_size_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4ls_v5", """ "enableAcceleratedNetworking": true,"""));
    }

    [Fact]
    public void False_on_a_size_that_merely_supports_AN_is_ACCEL011_not_ACCEL010()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v5", """ "enableAcceleratedNetworking": false,""", nicMarker: "/*@ACCEL011*/"));
    }

    [Fact]
    public void Unknown_size_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("[reference('plan').vmSize]", """ "enableAcceleratedNetworking": false,"""));
    }

    [Fact]
    public void Allowed_values_with_a_required_size_fire()
    {
        var result = Verifier.VerifyArm(
            NicOnVm(
                "[parameters('vmSize')]",
                """ /*@ACCEL010*/"enableAcceleratedNetworking": false,""",
                parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_B2s", "allowedValues": [ "Standard_B2s", "Standard_D4ls_v5" ] } """));

        Assert.Contains("when parameter 'vmSize' is 'Standard_D4ls_v5'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void False_from_the_parameters_file_fires()
    {
        Verifier.VerifyArm(
            NicOnVm("Standard_D16ls_v5", """ /*@ACCEL010*/"enableAcceleratedNetworking": "[parameters('accelerate')]",""", parameters: """ "accelerate": { "type": "bool", "defaultValue": true } """),
            ParametersFile(""" "accelerate": { "value": false } """));
    }

    [Fact]
    public void Accelerated_networking_that_may_be_false_fires()
    {
        Verifier.VerifyArm(
            NicOnVm(
                "Standard_D4ls_v5",
                """ /*@ACCEL010*/"enableAcceleratedNetworking": "[parameters('accelerate')]",""",
                parameters: """ "accelerate": { "type": "bool", "defaultValue": true, "allowedValues": [ true, false ] } """),
            only: new[] { "ACCEL010" });
    }

    [Fact]
    public void Vm_embedded_configuration_fires()
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4lds_v5", """ /*@ACCEL010*/"enableAcceleratedNetworking": false,"""));
    }

    [Fact]
    public void Scale_set_configuration_fires()
    {
        Verifier.VerifyArm(ScaleSet("Standard_D32ls_v5", """ /*@ACCEL010*/"enableAcceleratedNetworking": false,"""));
    }
}
