namespace AccelLint.Core.Tests.Rules;

/// <summary>ACCEL004: Accelerated Connections on a NIC without the required tag (fastpathenabled = true).</summary>
public class ACCEL004Tests
{
    private static readonly string[] Only = { "ACCEL004" };

    [Fact]
    public void Nic_resource_without_tags_is_reported_at_auxiliaryMode()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL004*/"), nicTop: string.Empty));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("fastpathenabled", finding.Message);
        Assert.Contains("'nic1'", finding.Message);
    }

    [Fact]
    public void Nic_resource_with_the_tag_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac()));
    }

    [Fact]
    public void Tag_key_and_value_compare_case_insensitively()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac(), nicTop: """ "tags": { "FastPathEnabled": "True" },"""));
    }

    [Fact]
    public void Tag_with_another_value_fires()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL004*/"), nicTop: """ "tags": { "fastpathenabled": "false" },"""));
        Assert.Contains("'false'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Other_tags_without_the_required_one_fire()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL004*/"), nicTop: """ "tags": { "team": "network", "env": "prod" },"""));
        Assert.Contains("missing", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Tag_on_the_vm_does_not_count_for_a_nic_resource()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL004*/"), nicTop: string.Empty, vmTop: Tags));
    }

    [Fact]
    public void Unknown_tags_are_silent()
    {
        Verifier.VerifyArm(NicOnVm(
            "Standard_D4s_v3",
            Ac(),
            nicTop: """ "tags": "[parameters('tags')]",""",
            parameters: """ "tags": { "type": "object" } """));
    }

    [Fact]
    public void Unknown_tag_value_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac(), nicTop: """ "tags": { "fastpathenabled": "[reference('settings').fastpath]" },"""));
    }

    [Fact]
    public void Tag_value_from_allowed_values_with_a_wrong_candidate_fires()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_D4s_v3",
            Ac("/*@ACCEL004*/"),
            nicTop: """ "tags": { "fastpathenabled": "[parameters('fastPath')]" },""",
            parameters: """ "fastPath": { "type": "string", "defaultValue": "true", "allowedValues": [ "true", "false" ] } """));

        Assert.Contains("parameter 'fastPath' allows 'false'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Tags_from_a_parameters_file_are_used()
    {
        Verifier.VerifyArm(
            NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL004*/"), nicTop: """ "tags": "[parameters('tags')]",""", parameters: """ "tags": { "type": "object", "defaultValue": { "fastpathenabled": "true" } } """),
            ParametersFile(""" "tags": { "value": { "owner": "me" } } """));
    }

    [Fact]
    public void Tags_built_with_union_and_createObject_are_evaluated()
    {
        Verifier.VerifyArm(NicOnVm(
            "Standard_D4s_v3",
            Ac(),
            nicTop: """ "tags": "[union(parameters('baseTags'), createObject('fastpathenabled', 'true'))]",""",
            parameters: """ "baseTags": { "type": "object", "defaultValue": { "team": "network" } } """));
    }

    [Fact]
    public void Tier_only_request_is_reported_at_auxiliarySku()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL004*/"auxiliarySku": "A1",""", nicTop: string.Empty), only: Only);
    }

    [Fact]
    public void Floating_mode_without_tags_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "Floating",""", nicTop: string.Empty));
    }

    [Fact]
    public void Vm_embedded_configuration_without_tags_uses_the_vm_tags()
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac(), vmTop: Tags));
    }

    [Fact]
    public void Vm_embedded_configuration_fires_when_neither_it_nor_the_vm_has_the_tag()
    {
        var result = Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac("/*@ACCEL004*/"), vmTop: """ "tags": { "team": "network" },"""));
        Assert.Contains("'cfg1'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Vm_embedded_configuration_with_its_own_tags_ignores_the_vm_tags()
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac("/*@ACCEL004*/"), vmTop: Tags, configTop: """ "tags": { "team": "network" },"""));
    }

    [Fact]
    public void Vm_embedded_configuration_with_its_own_tag_needs_none_on_the_vm()
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac(), vmTop: string.Empty, configTop: Tags));
    }

    [Fact]
    public void Scale_set_configuration_uses_the_scale_set_tags()
    {
        Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", Ac(), top: Tags));
    }

    [Fact]
    public void Scale_set_configuration_without_any_tag_fires()
    {
        Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", Ac("/*@ACCEL004*/"), top: string.Empty));
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>The tag Accelerated Connections needs, as a resource's top-level property.</summary>
    private const string Tags = """ "tags": { "fastpathenabled": "true" },""";

    /// <summary>A complete, valid Accelerated Connections request; <paramref name="marker"/> goes before auxiliaryMode.</summary>
    private static string Ac(string marker = "", string sku = "A2") =>
        $""" "enableAcceleratedNetworking": true, {marker}"auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "{sku}",""";

    private static string Template(string resources, string parameters = "") => $$"""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { {{parameters}} },
          "resources": [
        {{resources}}
          ]
        }
        """;

    private static string ParametersFile(string parameters) => $$"""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { {{parameters}} }
        }
        """;

    /// <summary>NIC resource 'nic1' referenced by VM 'vm1' (no tags) of the given size.</summary>
    private static string NicOnVm(
        string size,
        string nicProperties,
        string nicTop = Tags,
        string location = "eastus",
        string apiVersion = "2023-09-01",
        string parameters = "",
        string nicMarker = "",
        string vmTop = "",
        string vmLocation = "eastus",
        string hardware = "") => Template($$"""
        {{nicMarker}}{
          "type": "Microsoft.Network/networkInterfaces",
          "apiVersion": "{{apiVersion}}",
          "name": "nic1",
          "location": "{{location}}",{{nicTop}}
          "properties": {
            {{nicProperties}}
            "ipConfigurations": []
          }
        },
        {
          "type": "Microsoft.Compute/virtualMachines",
          "apiVersion": "2023-09-01",
          "name": "vm1",
          "location": "{{vmLocation}}",{{vmTop}}
          "properties": {
            "hardwareProfile": { "vmSize": "{{size}}"{{hardware}} },
            "networkProfile": {
              "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]" } ]
            }
          }
        }
        """, parameters);

    /// <summary>VM 'vm1' with one embedded NIC configuration 'cfg1'; the VM's top-level extras default to the AC tag.</summary>
    private static string VmWithConfig(
        string size,
        string configProperties,
        string vmTop = Tags,
        string configTop = "",
        string location = "eastus",
        string apiVersion = "2023-09-01",
        string parameters = "",
        string configMarker = "",
        string hardware = "") => Template($$"""
        {
          "type": "Microsoft.Compute/virtualMachines",
          "apiVersion": "{{apiVersion}}",
          "name": "vm1",
          "location": "{{location}}",{{vmTop}}
          "properties": {
            "hardwareProfile": { "vmSize": "{{size}}"{{hardware}} },
            "networkProfile": {
              "networkApiVersion": "2020-11-01",
              "networkInterfaceConfigurations": [
                {{configMarker}}{
                  "name": "cfg1",{{configTop}}
                  "properties": {
                    {{configProperties}}
                    "ipConfigurations": []
                  }
                }
              ]
            }
          }
        }
        """, parameters);

    /// <summary>Flexible scale set 'vmss1' (size in sku.name) with one NIC configuration 'cfg1'.</summary>
    private static string ScaleSet(
        string size,
        string configProperties,
        string top = Tags,
        string configTop = "",
        string location = "eastus",
        string apiVersion = "2023-09-01",
        string parameters = "",
        string configMarker = "") => Template($$"""
        {
          "type": "Microsoft.Compute/virtualMachineScaleSets",
          "apiVersion": "{{apiVersion}}",
          "name": "vmss1",
          "location": "{{location}}",{{top}}
          "sku": { "name": "{{size}}", "capacity": 2 },
          "properties": {
            "orchestrationMode": "Flexible",
            "virtualMachineProfile": {
              "networkProfile": {
                "networkApiVersion": "2020-11-01",
                "networkInterfaceConfigurations": [
                  {{configMarker}}{
                    "name": "cfg1",{{configTop}}
                    "properties": {
                      {{configProperties}}
                      "ipConfigurations": []
                    }
                  }
                ]
              }
            }
          }
        }
        """, parameters);
}
