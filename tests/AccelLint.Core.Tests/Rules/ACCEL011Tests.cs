using AccelLint.Diagnostics;

using static AccelLint.Core.Tests.Rules.MarkedArmShapes;

namespace AccelLint.Core.Tests.Rules;

/// <summary>ACCEL011 (info): a NIC on a size that supports AN does not enable it. Reported at the NIC resource / configuration object.</summary>
public class ACCEL011Tests
{
    [Fact]
    public void Nic_resource_without_accelerated_networking_is_info_at_the_resource()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", string.Empty, nicMarker: "/*@ACCEL011*/"));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticLevel.Info, finding.Level);
        Assert.Contains("'nic1'", finding.Message);
        Assert.Contains("Standard_D4s_v3", finding.Message);
    }

    [Fact]
    public void Nic_resource_with_accelerated_networking_false_fires()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": false,""", nicMarker: "/*@ACCEL011*/"));
    }

    [Fact]
    public void Two_vcpu_size_that_supports_AN_fires()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D2s_v3", string.Empty, nicMarker: "/*@ACCEL011*/"));
    }

    [Fact]
    public void Accelerated_networking_enabled_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true,"""));
    }

    [Theory]
    [InlineData("Standard_B1s")]
    [InlineData("Standard_A2_v2")]
    [InlineData("Standard_Z96s_v9")] // not in the catalog: nothing is known
    [InlineData("[reference('plan').vmSize]")]
    public void Sizes_without_known_AN_support_are_silent(string size)
    {
        Verifier.VerifyArm(NicOnVm(size, string.Empty));
    }

    [Fact]
    public void Size_that_requires_AN_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4ls_v5", string.Empty));
    }

    [Fact]
    public void Unknown_accelerated_networking_value_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": "[reference('settings').an]","""));
    }

    [Fact]
    public void Nic_without_a_vm_is_silent()
    {
        var template = NicOnVm("Standard_D4s_v3", string.Empty)
            .Replace("[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]", "[resourceId('Microsoft.Network/networkInterfaces', 'elsewhere')]");
        Verifier.VerifyArm(template);
    }

    [Fact]
    public void Allowed_sizes_where_one_supports_AN_fire()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "[parameters('vmSize')]",
            string.Empty,
            nicMarker: "/*@ACCEL011*/",
            parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_B1s", "allowedValues": [ "Standard_B1s", "Standard_D4s_v3" ] } """));

        Assert.Contains("Standard_D4s_v3", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Allowed_sizes_mixing_a_required_and_a_merely_supporting_size_name_the_supporting_one()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "[parameters('vmSize')]",
            string.Empty,
            nicMarker: "/*@ACCEL011*/",
            parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_D4ls_v5", "allowedValues": [ "Standard_D4ls_v5", "Standard_D4s_v3" ] } """));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("Standard_D4s_v3", finding.Message);
        Assert.DoesNotContain("Standard_D4ls_v5", finding.Message);
    }

    [Fact]
    public void Parameters_file_size_decides()
    {
        Verifier.VerifyArm(
            NicOnVm("[parameters('vmSize')]", string.Empty, parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3" } """),
            ParametersFile(""" "vmSize": { "value": "Standard_B1s" } """));
    }

    [Fact]
    public void Vm_embedded_configuration_is_reported_at_the_configuration_object()
    {
        var result = Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", string.Empty, configMarker: "/*@ACCEL011*/"));
        Assert.Contains("'cfg1'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Vm_embedded_configuration_with_AN_is_silent()
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", """ "enableAcceleratedNetworking": true,"""));
    }

    [Fact]
    public void Scale_set_configuration_is_reported_at_the_configuration_object()
    {
        var result = Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", """ "enableAcceleratedNetworking": false,""", configMarker: "/*@ACCEL011*/"));
        Assert.Contains("scale set 'vmss1'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Scale_set_on_unsupported_size_is_silent()
    {
        Verifier.VerifyArm(ScaleSet("Standard_B2s", string.Empty));
    }

    [Fact]
    public void Only_the_configuration_that_lacks_AN_fires()
    {
        var template = Template("""
            {
              "type": "Microsoft.Compute/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "vm1",
              "location": "eastus",
              "properties": {
                "hardwareProfile": { "vmSize": "Standard_D8s_v3" },
                "networkProfile": {
                  "networkApiVersion": "2020-11-01",
                  "networkInterfaceConfigurations": [
                    { "name": "fast", "properties": { "primary": true, "enableAcceleratedNetworking": true, "ipConfigurations": [] } },
                    /*@ACCEL011*/{ "name": "slow", "properties": { "primary": false, "ipConfigurations": [] } }
                  ]
                }
              }
            }
            """);

        Assert.Contains("'slow'", Assert.Single(Verifier.VerifyArm(template).Findings).Message);
    }
}
