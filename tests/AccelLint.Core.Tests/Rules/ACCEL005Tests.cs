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
