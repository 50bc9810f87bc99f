namespace AccelLint.Cli.Tests;

/// <summary>Small ARM templates put together from resources, written the way people write them.</summary>
public static class Templates
{
    public const string TemplateSchema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
    public const string ParametersSchema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#";

    /// <summary>A template with the given parameters (the inside of the object) and resources.</summary>
    public static string WithParameters(string parameters, params string[] resources) => $$"""
        {
          "$schema": "{{TemplateSchema}}",
          "contentVersion": "1.0.0.0",
          "parameters": {{{parameters}}
          },
          "resources": [
        {{string.Join(",\n", resources)}}
          ]
        }

        """;

    /// <summary>A template without parameters.</summary>
    public static string Template(params string[] resources) => WithParameters(string.Empty, resources);

    /// <summary>A NIC; <paramref name="properties"/> are the lines before <c>ipConfigurations</c>, each ending with a comma.</summary>
    public static string Nic(string name, string properties, string extra = "") => $$"""
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "{{name}}",
              "location": "eastus",{{extra}}
              "properties": {
        {{properties}}
                "ipConfigurations": []
              }
            }
        """;

    /// <summary>A VM of size <paramref name="vmSize"/> (a JSON value: a quoted literal or expression) attached to the NIC named <paramref name="nicName"/>.</summary>
    public static string Vm(string name, string vmSize, string nicName) => $$"""
            {
              "type": "Microsoft.Compute/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "{{name}}",
              "location": "eastus",
              "properties": {
                "hardwareProfile": { "vmSize": {{vmSize}} },
                "networkProfile": {
                  "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', '{{nicName}}')]" } ]
                }
              }
            }
        """;

    /// <summary>One VM of <paramref name="vmSize"/> with one NIC (<c>nic1</c>/<c>vm1</c>) carrying <paramref name="nicProperties"/>.</summary>
    public static string VmWithNic(string vmSize, string nicProperties, string parameters = "") =>
        WithParameters(parameters, Nic("nic1", nicProperties), Vm("vm1", vmSize, "nic1"));

    /// <summary>AN enabled on Standard_B1s: one ACCEL001 warning, nothing else.</summary>
    public static string UnsupportedSize => VmWithNic("\"Standard_B1s\"", EnableAn);

    /// <summary>AN enabled on Standard_D4s_v3: no finding.</summary>
    public static string Clean => VmWithNic("\"Standard_D4s_v3\"", EnableAn);

    /// <summary>No AN on Standard_D4s_v3: one ACCEL011 info, nothing else.</summary>
    public static string AnNotEnabled => VmWithNic("\"Standard_D4s_v3\"", string.Empty);

    public const string EnableAn = """        "enableAcceleratedNetworking": true,""";

    /// <summary>A parameters file supplying the given values (the inside of <c>parameters</c>).</summary>
    public static string Parameters(string values) => $$"""
        {
          "$schema": "{{ParametersSchema}}",
          "contentVersion": "1.0.0.0",
          "parameters": {
        {{values}}
          }
        }

        """;
}
