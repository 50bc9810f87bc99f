namespace AccelLint.Core.Tests.Rules;

/// <summary>ARM template shapes the rule tests share: a template around resources, a parameters file, a NIC on a VM, a VM or scale set with an embedded configuration, AC properties.</summary>
internal static class ArmShapes
{
    internal static string Template(string resources, string parameters = "") => $$"""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { {{parameters}} },
          "resources": [
        {{resources}}
          ]
        }
        """;

    internal static string ParametersFile(string parameters) => $$"""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { {{parameters}} }
        }
        """;

    /// <summary>NIC resource 'nic1' referenced by VM 'vm1' (no tags) of the given size.</summary>
    internal static string NicOnVm(
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
    internal static string VmWithConfig(
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
    internal static string ScaleSet(
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

    /// <summary>The tag Accelerated Connections needs, as a resource's top-level property.</summary>
    internal const string Tags = """ "tags": { "fastpathenabled": "true" },""";

    /// <summary>A complete, valid Accelerated Connections request; <paramref name="marker"/> goes before auxiliaryMode.</summary>
    internal static string Ac(string marker = "", string sku = "A2") =>
        $""" "enableAcceleratedNetworking": true, {marker}"auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "{sku}",""";
}
