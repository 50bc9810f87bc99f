using static AccelLint.Core.Tests.Rules.ArmShapes;

namespace AccelLint.Core.Tests.Rules;

/// <summary>ACCEL008: auxiliaryMode/auxiliarySku (or AcceleratedConnections) with an apiVersion older than the one that defines them (Catalog/Data/api-versions.csv).</summary>
public class ACCEL008Tests
{
    private static readonly string[] Only = { "ACCEL008" };

    // ---------------------------------------------------------------- Microsoft.Network/networkInterfaces
    // auxiliaryMode from 2021-08-01; auxiliarySku and the mode AcceleratedConnections from 2022-11-01
    // (Azure.Bicep.Types.Az 0.2.972, Catalog/Data/api-versions.csv).

    [Fact]
    public void Nic_resource_2022_11_01_with_accelerated_connections_and_a_tier_is_silent()
    {
        // Keysight's templates: valid, the version defines both enums.
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac(sku: "A2"), apiVersion: "2022-11-01"));
    }

    [Theory]
    [InlineData("2022-11-01")]
    [InlineData("2023-02-01")]
    [InlineData("2023-04-01")]
    [InlineData("2024-05-01")]
    [InlineData("2022-11-01-preview")]
    public void Nic_resource_from_2022_11_01_is_silent(string apiVersion)
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac(), apiVersion: apiVersion));
    }

    [Fact]
    public void Nic_resource_2021_08_01_with_auxiliaryMode_Floating_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "Floating",""", apiVersion: "2021-08-01"));
    }

    [Fact]
    public void Nic_resource_2022_05_01_with_accelerated_connections_is_reported_at_auxiliaryMode()
    {
        var result = Verifier.VerifyArm(
            NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL008*/"auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "A2",""", apiVersion: "2022-05-01"));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("ACCEL008", finding.RuleId);
        Assert.Equal(
            "auxiliaryMode 'AcceleratedConnections' and auxiliarySku on network interface 'nic1' need Microsoft.Network/networkInterfaces apiVersion 2022-11-01 or later, but the resource uses 2022-05-01.",
            finding.Message);
    }

    [Fact]
    public void Nic_resource_2022_05_01_with_accelerated_connections_and_no_tier_names_the_value()
    {
        var result = Verifier.VerifyArm(
            NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL008,ACCEL007*/"auxiliaryMode": "AcceleratedConnections",""", apiVersion: "2022-05-01"),
            only: Only);

        Assert.Equal(
            "auxiliaryMode 'AcceleratedConnections' on network interface 'nic1' needs Microsoft.Network/networkInterfaces apiVersion 2022-11-01 or later, but the resource uses 2022-05-01.",
            Assert.Single(result.Findings, f => f.RuleId == "ACCEL008").Message);
    }

    [Fact]
    public void Nic_resource_2021_05_01_with_auxiliaryMode_is_reported_at_auxiliaryMode()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL008*/"auxiliaryMode": "Floating",""", apiVersion: "2021-05-01"));

        Assert.Equal(
            "auxiliaryMode on network interface 'nic1' needs Microsoft.Network/networkInterfaces apiVersion 2021-08-01 or later, but the resource uses 2021-05-01.",
            Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Nic_resource_before_2021_08_01_with_everything_is_reported_once_at_auxiliaryMode_with_the_newest_version()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL008*/"), apiVersion: "2021-05-01"), only: Only);

        Assert.Equal(
            "auxiliaryMode and auxiliarySku on network interface 'nic1' need Microsoft.Network/networkInterfaces apiVersion 2022-11-01 or later, but the resource uses 2021-05-01.",
            Assert.Single(result.Findings).Message);
    }

    [Theory]
    [InlineData("2022-09-01")]
    [InlineData("2022-01-01")]
    [InlineData("2021-08-01")]
    [InlineData("2020-11-01")]
    [InlineData("2022-05-01-preview")]
    public void Nic_resource_older_versions_fire(string apiVersion)
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL008*/"), apiVersion: apiVersion));
    }

    [Theory]
    [InlineData("2021-08-01")]
    [InlineData("2022-01-01")]
    [InlineData("2022-09-01")]
    public void MaxConnections_and_Floating_modes_are_silent_from_2021_08_01(string apiVersion)
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "MaxConnections",""", apiVersion: apiVersion));
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "Floating",""", apiVersion: apiVersion));
    }

    [Fact]
    public void Tier_only_is_reported_at_auxiliarySku()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL008,ACCEL007*/"auxiliarySku": "A2",""", apiVersion: "2022-09-01"));
        Assert.Contains("auxiliarySku on network interface 'nic1' needs Microsoft.Network/networkInterfaces apiVersion 2022-11-01", Assert.Single(result.Findings, f => f.RuleId == "ACCEL008").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tier_beside_a_mode_the_version_defines_is_reported_at_auxiliarySku()
    {
        // Floating is defined in 2022-05-01; auxiliarySku is the newer property.
        var result = Verifier.VerifyArm(
            NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "Floating", /*@ACCEL008*/"auxiliarySku": "A2",""", apiVersion: "2022-05-01"),
            only: Only);
        Assert.StartsWith("auxiliarySku on network interface 'nic1' needs", Assert.Single(result.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accelerated_connections_among_the_candidates_of_a_parameter_fires()
    {
        Verifier.VerifyArm(
            NicOnVm(
                "Standard_D4s_v3",
                """ "enableAcceleratedNetworking": true, /*@ACCEL008*/"auxiliaryMode": "[parameters('mode')]",""",
                apiVersion: "2022-07-01",
                parameters: """ "mode": { "type": "string", "defaultValue": "Floating", "allowedValues": [ "Floating", "AcceleratedConnections" ] } """),
            only: Only);
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
        Assert.Equal("ACCEL008", finding.RuleId);
        Assert.Equal(
            "auxiliaryMode and auxiliarySku on network interface configuration 'cfg1' of VM 'vm1' need Microsoft.Compute/virtualMachines apiVersion 2023-07-01 or later, but the resource uses 2023-03-01.",
            finding.Message);
    }

    [Theory]
    [InlineData("2023-07-01")]
    [InlineData("2024-03-01")]
    public void Vm_configuration_from_2023_07_01_is_silent(string apiVersion)
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac(), apiVersion: apiVersion));
    }

    [Theory]
    [InlineData("2022-11-01")]
    [InlineData("2023-04-01")]
    public void Compute_configuration_needs_the_compute_version_even_when_the_network_one_would_do(string apiVersion)
    {
        // New enough for Microsoft.Network, not for a Compute NIC configuration.
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac("/*@ACCEL008*/"), apiVersion: apiVersion));
    }

    [Fact]
    public void Compute_configuration_with_a_mode_only_fires_before_2023_07_01()
    {
        // Floating is older than AcceleratedConnections in Microsoft.Network, but Compute has neither before 2023-07-01.
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL008*/"auxiliaryMode": "Floating",""", apiVersion: "2023-03-01"));
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

    // ---------------------------------------------------------------- Bicep

    [Theory]
    [InlineData("2021-05-01", "'Floating'", "", "/*@ACCEL008*/")]
    [InlineData("2021-08-01", "'Floating'", "", "")]
    [InlineData("2022-05-01", "'AcceleratedConnections'", "auxiliarySku: 'A2'", "/*@ACCEL008*/")]
    [InlineData("2022-11-01", "'AcceleratedConnections'", "auxiliarySku: 'A2'", "")]
    public void Bicep_nic_resource(string apiVersion, string mode, string sku, string marker)
    {
        Verifier.Verify(
            new Dictionary<string, string>
            {
                ["main.bicep"] = $$"""
                    resource nic 'Microsoft.Network/networkInterfaces@{{apiVersion}}' = {
                      name: 'nic1'
                      location: 'eastus'
                      tags: { fastpathenabled: 'true' }
                      properties: {
                        enableAcceleratedNetworking: true
                        {{marker}}auxiliaryMode: {{mode}}
                        {{sku}}
                        ipConfigurations: []
                      }
                    }
                    """,
            },
            only: Only);
    }

    [Theory]
    [InlineData("2023-03-01", "/*@ACCEL008*/")]
    [InlineData("2023-07-01", "")]
    public void Bicep_vm_configuration(string apiVersion, string marker)
    {
        Verifier.Verify(
            new Dictionary<string, string>
            {
                ["main.bicep"] = $$"""
                    resource vm 'Microsoft.Compute/virtualMachines@{{apiVersion}}' = {
                      name: 'vm1'
                      location: 'eastus'
                      tags: { fastpathenabled: 'true' }
                      properties: {
                        hardwareProfile: { vmSize: 'Standard_D4s_v3' }
                        networkProfile: {
                          networkApiVersion: '2020-11-01'
                          networkInterfaceConfigurations: [
                            {
                              name: 'cfg1'
                              properties: {
                                enableAcceleratedNetworking: true
                                {{marker}}auxiliaryMode: 'AcceleratedConnections'
                                auxiliarySku: 'A2'
                                ipConfigurations: []
                              }
                            }
                          ]
                        }
                      }
                    }
                    """,
            },
            only: Only);
    }
}
