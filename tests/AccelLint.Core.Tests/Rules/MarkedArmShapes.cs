namespace AccelLint.Core.Tests.Rules;

/// <summary>
/// The shapes of <see cref="ArmShapes"/> with a marker parameter for each property the size-catalog
/// rules (ACCEL009-011) report at, including the NIC resource's own start.
/// </summary>
internal static class MarkedArmShapes
{
    internal static string Template(string resources, string parameters = "") => ArmShapes.Template(resources, parameters);

    internal static string ParametersFile(string parameters) => ArmShapes.ParametersFile(parameters);

    /// <summary>NIC resource 'nic1' referenced by VM 'vm1' (no tags) of the given size.</summary>
    internal static string NicOnVm(
        string size,
        string nicProperties,
        string nicTop = "",
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

    /// <summary>VM 'vm1' with one embedded NIC configuration 'cfg1'.</summary>
    internal static string VmWithConfig(
        string size,
        string configProperties,
        string vmTop = "",
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
        string top = "",
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
