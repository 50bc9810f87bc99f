using static AccelLint.Core.Tests.Rules.ArmShapes;

namespace AccelLint.Core.Tests.Rules;

/// <summary>ACCEL008: auxiliaryMode/auxiliarySku with an apiVersion older than the one that defines them.</summary>
public class ACCEL008Tests
{
    private static readonly string[] Only = { "ACCEL008" };

    [Fact]
    public void Nic_resource_before_2023_02_01_is_reported_at_auxiliaryMode()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL008*/"), apiVersion: "2022-11-01"));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("2023-02-01", finding.Message);
        Assert.Contains("2022-11-01", finding.Message);
    }

    [Theory]
    [InlineData("2023-02-01")]
    [InlineData("2023-04-01")]
    [InlineData("2024-05-01")]
    [InlineData("2023-02-01-preview")]
    public void Nic_resource_from_2023_02_01_is_silent(string apiVersion)
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac(), apiVersion: apiVersion));
    }

    [Theory]
    [InlineData("2022-11-01")]
    [InlineData("2022-01-01")]
    [InlineData("2020-11-01")]
    [InlineData("2022-11-01-preview")]
    public void Nic_resource_older_versions_fire(string apiVersion)
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL008*/"), apiVersion: apiVersion));
    }

    [Fact]
    public void Any_auxiliary_property_counts_not_only_accelerated_connections()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL008*/"auxiliaryMode": "Floating",""", apiVersion: "2021-08-01"));
    }

    [Fact]
    public void Tier_only_is_reported_at_auxiliarySku()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL008,ACCEL007*/"auxiliarySku": "A2",""", apiVersion: "2022-11-01"));
    }

    [Fact]
    public void Mode_and_tier_together_are_reported_once_at_auxiliaryMode()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL008*/"), apiVersion: "2022-05-01"), only: Only);
        Assert.Single(result.Findings, f => f.RuleId == "ACCEL008");
    }

    [Fact]
    public void Old_api_version_without_auxiliary_properties_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true,""", apiVersion: "2019-09-01"));
    }

    [Fact]
    public void Unknown_api_version_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac(), apiVersion: "[reference('versions').network]"));
    }

    [Fact]
    public void Api_version_from_a_parameter_is_evaluated()
    {
        Verifier.VerifyArm(NicOnVm(
            "Standard_D4s_v3",
            Ac("/*@ACCEL008*/"),
            apiVersion: "[parameters('networkApi')]",
            parameters: """ "networkApi": { "type": "string", "defaultValue": "2022-09-01" } """));
    }

    [Fact]
    public void Api_version_from_the_parameters_file_is_used()
    {
        Verifier.VerifyArm(
            NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL008*/"), apiVersion: "[parameters('networkApi')]", parameters: """ "networkApi": { "type": "string", "defaultValue": "2023-09-01" } """),
            ParametersFile(""" "networkApi": { "value": "2022-07-01" } """));
    }

    [Fact]
    public void Vm_configuration_before_2023_07_01_fires()
    {
        var result = Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac("/*@ACCEL008*/"), apiVersion: "2023-03-01"));
        var finding = Assert.Single(result.Findings);
        Assert.Contains("2023-07-01", finding.Message);
        Assert.Contains("'cfg1'", finding.Message);
    }

    [Theory]
    [InlineData("2023-07-01")]
    [InlineData("2024-03-01")]
    public void Vm_configuration_from_2023_07_01_is_silent(string apiVersion)
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac(), apiVersion: apiVersion));
    }

    [Fact]
    public void Compute_configuration_needs_the_compute_version_even_when_the_network_one_would_do()
    {
        // 2023-04-01 is new enough for Microsoft.Network, not for a Compute NIC configuration.
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac("/*@ACCEL008*/"), apiVersion: "2023-04-01"));
    }

    [Fact]
    public void Scale_set_configuration_before_2023_07_01_fires()
    {
        Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", Ac("/*@ACCEL008*/"), apiVersion: "2022-03-01"));
    }

    [Fact]
    public void Scale_set_configuration_from_2023_07_01_is_silent()
    {
        Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", Ac(), apiVersion: "2023-07-01"));
    }

    [Fact]
    public void Scale_set_tier_only_is_reported_at_auxiliarySku()
    {
        Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL008,ACCEL007*/"auxiliarySku": "A2",""", apiVersion: "2023-03-01"));
    }
}
