using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Tests;

/// <summary><c>accellint explain</c> (SPEC.md §5): the evaluated model, text and JSON, instead of findings.</summary>
[Collection(CliCollection.Name)]
public sealed class ExplainTests : IDisposable
{
    /// <summary>A size that is a choice, a location only the deployment knows, a NIC on a VM, a NIC on none, an id that names no NIC.</summary>
    private const string Arm = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {
            "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3", "allowedValues": [ "Standard_B1s", "Standard_D4s_v3" ] }
          },
          "resources": [
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "nic1",
              "location": "[resourceGroup().location]",
              "properties": { "enableAcceleratedNetworking": true, "ipConfigurations": [] }
            },
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "spare",
              "location": "eastus",
              "tags": "[reference('shared').tags]",
              "properties": { "ipConfigurations": [] }
            },
            {
              "type": "Microsoft.Compute/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "vm1",
              "location": "eastus",
              "properties": {
                "hardwareProfile": { "vmSize": "[parameters('vmSize')]" },
                "networkProfile": { "networkInterfaces": [
                  { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]" },
                  { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic9')]" }
                ] }
              }
            }
          ]
        }

        """;

    private const string Bicep = """
        @allowed([
          'dev'
          'prod'
        ])
        param env string = 'dev'
        param location string = resourceGroup().location

        resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
          name: 'app-nic'
          location: location
          properties: {
            enableAcceleratedNetworking: true
            ipConfigurations: []
          }
        }

        resource spare 'Microsoft.Network/networkInterfaces@2023-09-01' = {
          name: 'spare-nic'
          location: 'eastus'
          properties: {
            ipConfigurations: []
          }
        }

        resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
          name: 'app-vm'
          location: location
          properties: {
            hardwareProfile: {
              vmSize: env == 'dev' ? 'Standard_B1s' : 'Standard_D4s_v3'
            }
            networkProfile: {
              networkInterfaces: [
                { id: nic.id }
              ]
            }
          }
        }

        """;

    private readonly Workspace workspace = new();

    public void Dispose() => workspace.Dispose();

    private static string At(string file, string text, string needle, int occurrence = 1)
    {
        var (line, column) = TextPosition.Of(text, needle, occurrence);
        return $"{file}({line},{column})";
    }

    [Fact]
    public void Arm_text_shows_choices_unknowns_links_and_unlinked_nics()
    {
        workspace.Write("infra/azuredeploy.json", Arm);
        var result = workspace.Run("explain", "infra");
        Assert.True(result.ExitCode == 0, result.ToString());
        string F(string needle, int occurrence = 1) => At("infra/azuredeploy.json", Arm, needle, occurrence);

        // Where the nth resource object starts.
        string R(int n) => F("{\n      \"type\"", n);
        var expected = new[]
        {
            "Deployment infra/azuredeploy.json (no parameters file: defaults and allowed values)",
            $"  Virtual machine 'vm1' at {R(3)}",
            $"    size: one of 2 values at {F("\"vmSize\"", 2)}, from parameter 'vmSize' at {F("\"allowedValues\"")}:",
            "      'Standard_B1s' when parameter 'vmSize' is 'Standard_B1s'",
            "      'Standard_D4s_v3' when parameter 'vmSize' is 'Standard_D4s_v3' (the default)",
            "    vCPUsAvailable: not set",
            "    image: not set",
            $"    location: 'eastus' at {F("\"location\"", 3)}",
            "    network interfaces:",
            $"      'nic1' at {R(1)}",
            "    network interface ids that match no network interface in this deployment:",
            $"      '/subscriptions/{{subscriptionId}}/resourceGroups/{{resourceGroupName}}/providers/Microsoft.Network/networkInterfaces/nic9' at {F("\"[resourceId('Microsoft.Network/networkInterfaces', 'nic9')]\"")}",
            $"  Network interface 'nic1' at {R(1)}, on virtual machine 'vm1'",
            $"    location: unknown (resourceGroup().location is known only at deployment) at {F("\"location\"")}",
            $"    enableAcceleratedNetworking: true at {F("\"enableAcceleratedNetworking\"")}",
            "    auxiliaryMode: not set",
            $"  Network interface 'spare' at {R(2)}, on no virtual machine",
            $"    tags: unknown (reference() is known only at deployment) at {F("\"tags\"")}",
            "  Network interfaces on no virtual machine:",
            $"    'spare' at {R(2)}",
            "accellint explain: 1 deployment, 1 virtual machine or scale set, 2 network interfaces in 1 file",
        };
        foreach (var line in expected)
        {
            Assert.True(result.Lines.Contains(line), $"missing line:\n{line}\n{result}");
        }
    }

    [Fact]
    public void Arm_with_a_parameters_file_shows_the_supplied_value_and_where_it_came_from()
    {
        workspace.Write("azuredeploy.json", Arm);
        string parameters = Templates.Parameters("""    "vmSize": { "value": "Standard_B1s" }""");
        workspace.Write("prod.json", parameters);
        var result = workspace.Run("explain", "azuredeploy.json", "--parameters", "prod.json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Deployment azuredeploy.json (parameters: prod.json)", result.Lines[0]);
        Assert.Contains(
            $"    size: 'Standard_B1s' at {At("azuredeploy.json", Arm, "\"vmSize\"", 2)}, from parameter 'vmSize' in prod.json at {At("prod.json", parameters, "\"Standard_B1s\"")}",
            result.Lines);
    }

    [Fact]
    public void Bicep_text_shows_the_choice_each_candidate_depends_on()
    {
        workspace.Write("main.bicep", Bicep);
        var result = workspace.Run("explain", "main.bicep");
        Assert.True(result.ExitCode == 0, result.ToString());
        string F(string needle, int occurrence = 1) => At("main.bicep", Bicep, needle, occurrence);
        var expected = new[]
        {
            "Deployment main.bicep (no parameters file: defaults and allowed values)",
            $"  Virtual machine 'app-vm' at {F("resource vm")}",
            $"    size: one of 2 values at {F("vmSize")}:",
            "      'Standard_B1s' when parameter 'env' is 'dev' (the default)",
            "      'Standard_D4s_v3' when parameter 'env' is 'prod'",
            $"    location: unknown (resourceGroup().location is known only at deployment) at {F("location:", 3)}, from parameter 'location' at {F("resourceGroup()")}",
            "    network interfaces:",
            $"      'app-nic' at {F("resource nic")}",
            $"  Network interface 'app-nic' at {F("resource nic")}, on virtual machine 'app-vm'",
            $"    enableAcceleratedNetworking: true at {F("enableAcceleratedNetworking")}",
            $"  Network interface 'spare-nic' at {F("resource spare")}, on no virtual machine",
            "    enableAcceleratedNetworking: not set",
            "  Network interfaces on no virtual machine:",
            $"    'spare-nic' at {F("resource spare")}",
        };
        foreach (var line in expected)
        {
            Assert.True(result.Lines.Contains(line), $"missing line:\n{line}\n{result}");
        }

        Assert.DoesNotContain(result.Lines, l => l.Contains("match no network interface", StringComparison.Ordinal));
    }

    [Fact]
    public void Registry_modules_not_in_the_cache_are_listed_as_not_checked()
    {
        const string main = """
            module vm 'br/public:avm/res/compute/virtual-machine:0.21.0' = {
              name: 'vm'
              params: { name: 'vm1' }
            }
            """;
        workspace.Write("bicepconfig.json", """{ "cacheRootDirectory": "./empty-cache" }""");
        workspace.Write("main.bicep", main);
        var result = workspace.Run("explain", "main.bicep");
        Assert.True(result.ExitCode == 0, result.ToString());

        Assert.Contains("  Modules not checked:", result.Lines);
        Assert.Contains(result.Lines, l => l.StartsWith($"    module 'vm' (br/public:avm/res/compute/virtual-machine:0.21.0) at {At("main.bicep", main, "'br/public")}: ", StringComparison.Ordinal));

        var json = JObject.Parse(workspace.Run("explain", "main.bicep", "--format", "json").Stdout);
        var module = (JObject)json["deployments"]![0]!["modulesNotChecked"]![0]!;
        Assert.Equal("vm", (string?)module["name"]);
        Assert.Equal("br/public:avm/res/compute/virtual-machine:0.21.0", (string?)module["reference"]);
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        workspace.Write("main.bicep", Bicep);
        workspace.Write("broken.json", "{ \"$schema\": \"" + Templates.TemplateSchema + "\", \"resources\": [ }");
        var result = workspace.Run("explain", ".", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        var root = JObject.Parse(result.Stdout);
        Assert.Equal(1, (int)root["version"]!);
        Assert.Equal(2, (int)root["fileCount"]!);
        var problem = Assert.Single((JArray)root["problems"]!);
        Assert.Equal("broken.json", (string?)problem["file"]);
        Assert.Equal("ACCEL000", (string?)problem["ruleId"]);

        var deployment = Assert.Single((JArray)root["deployments"]!);
        Assert.Equal("main.bicep", (string?)deployment["file"]);
        Assert.Empty((JArray)deployment["parameters"]!);
        Assert.Empty((JArray)deployment["problems"]!);

        var vm = Assert.Single((JArray)deployment["virtualMachines"]!);
        Assert.Equal("virtualMachine", (string?)vm["kind"]);
        Assert.Equal("app-vm", (string?)vm["name"]);
        Assert.Equal(TextPosition.Of(Bicep, "resource vm"), ((int)vm["at"]!["line"]!, (int)vm["at"]!["column"]!));
        Assert.Equal(JTokenType.Null, vm["image"]!.Type);
        Assert.Equal("app-nic", (string?)Assert.Single((JArray)vm["networkInterfaces"]!)["name"]);
        Assert.Empty((JArray)vm["unmatchedNetworkInterfaceIds"]!);
        Assert.Empty((JArray)vm["networkInterfaceConfigurations"]!);

        var size = vm["properties"]!["size"]!;
        Assert.Equal("choices", (string?)size["state"]);
        Assert.Equal(new[] { "Standard_B1s", "Standard_D4s_v3" }, size["candidates"]!.Select(c => (string?)c["value"]));
        var when = Assert.Single((JArray)size["candidates"]![0]!["when"]!);
        Assert.Equal("parameter 'env'", (string?)when["point"]);
        Assert.Equal("'dev'", (string?)when["member"]);
        Assert.True((bool)when["isDefault"]!);

        var location = vm["properties"]!["location"]!;
        Assert.Equal("unknown", (string?)location["state"]);
        Assert.Equal("resourceGroup().location is known only at deployment", (string?)location["reason"]);
        Assert.Equal("parameter 'location'", (string?)location["origin"]!["description"]);
        Assert.Equal("absent", (string?)vm["properties"]!["vCPUsAvailable"]!["state"]);

        var nics = (JArray)deployment["networkInterfaces"]!;
        Assert.Equal(new[] { "app-nic", "spare-nic" }, nics.Select(n => (string?)n["name"]));
        var an = nics[0]["properties"]!["enableAcceleratedNetworking"]!;
        Assert.Equal("known", (string?)an["state"]);
        Assert.True((bool)an["value"]!);
        Assert.Equal("true", (string?)an["display"]);
        Assert.Equal(TextPosition.Of(Bicep, "enableAcceleratedNetworking"), ((int)an["at"]!["line"]!, (int)an["at"]!["column"]!));
        Assert.Equal("app-vm", (string?)Assert.Single((JArray)nics[0]["machines"]!)["name"]);
        Assert.Empty((JArray)nics[1]["machines"]!);
        Assert.Equal("spare-nic", (string?)Assert.Single((JArray)deployment["unlinkedNetworkInterfaces"]!)["name"]);
    }

    [Fact]
    public void Json_shows_every_size_of_an_instance_mix_and_a_Batch_pool_setting()
    {
        const string Shapes = """
            resource mix 'Microsoft.Compute/virtualMachineScaleSets@2024-07-01' = {
              name: 'mix1'
              location: 'eastus'
              sku: { name: 'Mix', capacity: 2 }
              properties: {
                skuProfile: {
                  vmSizes: [
                    { name: 'Standard_D4s_v3' }
                    { name: 'Standard_B2ms' }
                  ]
                }
              }
            }

            resource pool 'Microsoft.Batch/batchAccounts/pools@2024-07-01' = {
              name: 'batch1/pool1'
              properties: {
                vmSize: 'Standard_D4s_v3'
                networkConfiguration: { enableAcceleratedNetworking: true }
              }
            }

            """;
        workspace.Write("main.bicep", Shapes);
        var result = workspace.Run("explain", "main.bicep", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        var machines = (JArray)JObject.Parse(result.Stdout)["deployments"]![0]!["virtualMachines"]!;

        var mix = machines.Single(m => (string?)m["kind"] == "scaleSet");
        Assert.Equal("Mix", (string?)mix["properties"]!["size"]!["value"]);
        Assert.Equal("Standard_D4s_v3", (string?)mix["properties"]!["sizes[0]"]!["value"]);
        Assert.Equal("Standard_B2ms", (string?)mix["properties"]!["sizes[1]"]!["value"]);

        var pool = machines.Single(m => (string?)m["kind"] == "batchPool");
        Assert.Equal("batch1/pool1", (string?)pool["name"]);
        Assert.Null(pool["properties"]!["sizes[0]"]);
        var setting = Assert.Single((JArray)pool["networkInterfaceConfigurations"]!);
        Assert.Equal("machineSetting", (string?)setting["kind"]);
        Assert.True((bool)setting["properties"]!["enableAcceleratedNetworking"]!["value"]!);
        Assert.Equal(TextPosition.Of(Shapes, "networkConfiguration"), ((int)setting["at"]!["line"]!, (int)setting["at"]!["column"]!));
    }

    [Fact]
    public void Output_writes_to_a_file()
    {
        workspace.Write("main.bicep", Bicep);
        var result = workspace.Run("explain", "main.bicep", "--output", "out/model.txt");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith("Deployment main.bicep", workspace.Read("out/model.txt"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("explain")]
    [InlineData("explain", "missing.bicep")]
    [InlineData("explain", "main.bicep", "--format", "sarif")]
    [InlineData("explain", "main.bicep", "--baseline", "old.json")]
    public void Usage_errors_and_missing_paths_exit_2(params string[] args)
    {
        workspace.Write("main.bicep", Bicep);
        var result = workspace.Run(args);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Stdout);
    }
}
