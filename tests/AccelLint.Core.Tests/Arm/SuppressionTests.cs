using AccelLint.Diagnostics;
using AccelLint.Engine;

namespace AccelLint.Core.Tests.Arm;

/// <summary>
/// In-source suppression in ARM JSON (SPEC.md §7): a <c>// accellint-disable-next-line</c> comment, or resource
/// <c>metadata.accellint.suppress</c>. Suppressed findings are still returned (SARIF keeps them), marked as
/// suppressed; the verifier ignores them, so these tests also look at the findings directly.
/// </summary>
public class SuppressionTests
{
    [Fact]
    public void Comment_on_the_line_above_suppresses_that_rule()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_B1s",
            """
            // accellint-disable-next-line ACCEL001
                    "enableAcceleratedNetworking": true,
            """));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("ACCEL001", finding.RuleId);
        Assert.True(finding.IsSuppressed);
        Assert.Equal("inSource", finding.Suppression!.Kind);
    }

    [Fact]
    public void Comment_keeps_its_justification()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_B1s",
            """
            // accellint-disable-next-line ACCEL001 -- the size is changed by a later pipeline step
                    "enableAcceleratedNetworking": true,
            """));

        var finding = Assert.Single(result.Findings);
        Assert.True(finding.IsSuppressed);
        Assert.Contains("later pipeline step", finding.Suppression!.Justification);
    }

    [Fact]
    public void Comment_may_name_several_rules()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_B1s",
            """
            // accellint-disable-next-line ACCEL013 ACCEL001
                    "enableAcceleratedNetworking": true,
            """));

        Assert.True(Assert.Single(result.Findings).IsSuppressed);
    }

    [Fact]
    public void Comment_above_a_resource_suppresses_a_finding_reported_at_the_resource()
    {
        var result = Verifier.VerifyArm(Template("""
            {
              "type": "Microsoft.Compute/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "vm1",
              "location": "eastus",
              "properties": {
                "hardwareProfile": { "vmSize": "Standard_D4s_v3" },
                "networkProfile": {
                  "networkInterfaceConfigurations": [
                    // accellint-disable-next-line ACCEL011
                    { "name": "cfg1", "properties": { "ipConfigurations": [] } }
                  ]
                }
              }
            }
            """));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("ACCEL011", finding.RuleId);
        Assert.True(finding.IsSuppressed);
    }

    [Fact]
    public void Comment_for_another_rule_does_not_suppress()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_B1s",
            """
            // accellint-disable-next-line ACCEL011
                    /*@ACCEL001*/"enableAcceleratedNetworking": true,
            """));

        Assert.False(Assert.Single(result.Findings).IsSuppressed);
    }

    [Fact]
    public void Comment_reaches_only_the_next_line()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_B1s",
            """
            // accellint-disable-next-line ACCEL001
                    "primary": true,
                    /*@ACCEL001*/"enableAcceleratedNetworking": true,
            """));

        Assert.False(Assert.Single(result.Findings).IsSuppressed);
    }

    [Fact]
    public void Comment_suppresses_only_its_own_file_position_and_leaves_other_findings()
    {
        var result = Verifier.VerifyArm(
            NicOnVm(
                "Standard_B1s",
                """
                // accellint-disable-next-line ACCEL001
                        "enableAcceleratedNetworking": true,
                """,
                extraNic: """
                    {
                      "type": "Microsoft.Network/networkInterfaces",
                      "apiVersion": "2023-09-01",
                      "name": "nic2",
                      "location": "eastus",
                      "properties": { /*@ACCEL001*/"enableAcceleratedNetworking": true, "ipConfigurations": [] }
                    },
                    """));

        Assert.Equal(2, result.Findings.Count);
        Assert.Single(result.Findings, f => f.IsSuppressed);
    }

    [Fact]
    public void Resource_metadata_suppresses_findings_inside_the_resource()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_B1s",
            """ "enableAcceleratedNetworking": true,""",
            nicTop: """ "metadata": { "accellint": { "suppress": [ "ACCEL001" ], "justification": "resized before deployment" } },"""));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("ACCEL001", finding.RuleId);
        Assert.True(finding.IsSuppressed);
        Assert.Equal("resized before deployment", finding.Suppression!.Justification);
    }

    [Fact]
    public void Resource_metadata_for_another_rule_does_not_suppress()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_B1s",
            """ /*@ACCEL001*/"enableAcceleratedNetworking": true,""",
            nicTop: """ "metadata": { "accellint": { "suppress": [ "ACCEL004" ] } },"""));

        Assert.False(Assert.Single(result.Findings).IsSuppressed);
    }

    [Fact]
    public void Metadata_on_the_vm_does_not_suppress_a_finding_in_the_nic_resource()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_B1s",
            """ /*@ACCEL001*/"enableAcceleratedNetworking": true,""",
            vmTop: """ "metadata": { "accellint": { "suppress": [ "ACCEL001" ] } },"""));

        Assert.False(Assert.Single(result.Findings).IsSuppressed);
    }

    [Fact]
    public void Metadata_on_the_vm_suppresses_its_embedded_configurations()
    {
        var result = Verifier.VerifyArm(Template("""
            {
              "type": "Microsoft.Compute/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "vm1",
              "location": "eastus",
              "metadata": { "accellint": { "suppress": [ "ACCEL011" ] } },
              "properties": {
                "hardwareProfile": { "vmSize": "Standard_D4s_v3" },
                "networkProfile": {
                  "networkApiVersion": "2020-11-01",
                  "networkInterfaceConfigurations": [ { "name": "cfg1", "properties": { "ipConfigurations": [] } } ]
                }
              }
            }
            """));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("ACCEL011", finding.RuleId);
        Assert.True(finding.IsSuppressed);
    }

    [Fact]
    public void Metadata_suppresses_resources_in_a_nested_deployment()
    {
        var result = Verifier.VerifyArm(Template("""
            {
              "type": "Microsoft.Resources/deployments",
              "apiVersion": "2022-09-01",
              "name": "nested",
              "properties": {
                "mode": "Incremental",
                "expressionEvaluationOptions": { "scope": "inner" },
                "template": {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "resources": [
                    {
                      "type": "Microsoft.Compute/virtualMachineScaleSets",
                      "apiVersion": "2023-09-01",
                      "name": "vmss1",
                      "location": "eastus",
                      "metadata": { "accellint": { "suppress": [ "ACCEL001" ] } },
                      "sku": { "name": "Standard_B1s", "capacity": 1 },
                      "properties": {
                        "virtualMachineProfile": {
                          "networkProfile": {
                            "networkInterfaceConfigurations": [ { "name": "cfg1", "properties": { "enableAcceleratedNetworking": true, "ipConfigurations": [] } } ]
                          }
                        }
                      }
                    }
                  ]
                }
              }
            }
            """));

        Assert.True(Assert.Single(result.Findings).IsSuppressed);
    }

    [Fact]
    public void Suppressed_findings_keep_their_level_and_position()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_B1s",
            """ "enableAcceleratedNetworking": true,""",
            nicTop: """ "metadata": { "accellint": { "suppress": [ "ACCEL001" ] } },"""));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticLevel.Warning, finding.Level);
        var location = finding.Resolve();
        string line = finding.Location.File.Text.Split('\n')[location.Line - 1];
        Assert.Equal("\"enableAcceleratedNetworking\"", line.Substring(location.Column - 1, "\"enableAcceleratedNetworking\"".Length));
    }

    // ---------------------------------------------------------------- helpers

    private static string Template(string resources) => $$"""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
        {{resources}}
          ]
        }
        """;

    private static string NicOnVm(string size, string nicProperties, string nicTop = "", string vmTop = "", string extraNic = "") => Template($$"""
        {{extraNic}}
        {
          "type": "Microsoft.Network/networkInterfaces",
          "apiVersion": "2023-09-01",
          "name": "nic1",
          "location": "eastus",{{nicTop}}
          "properties": {
            {{nicProperties}}
            "ipConfigurations": []
          }
        },
        {
          "type": "Microsoft.Compute/virtualMachines",
          "apiVersion": "2023-09-01",
          "name": "vm1",
          "location": "eastus",{{vmTop}}
          "properties": {
            "hardwareProfile": { "vmSize": "{{size}}" },
            "networkProfile": {
              "networkInterfaces": [
                { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]" },
                { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic2')]" }
              ]
            }
          }
        }
        """);
}
