using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Tests;

/// <summary>The language server as an editor uses it: diagnostics appear on open, move on change, clear when fixed; modules re-publish callers.</summary>
public class LspTests
{
    private const string Vm = """
        resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
          name: 'vm1'
          location: 'eastus'
          properties: {
            hardwareProfile: { vmSize: vmSize }
            networkProfile: { networkInterfaces: [ { id: nic.id } ] }
          }
        }
        """;

    private const string Nic = """
        resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
          name: 'nic1'
          location: 'eastus'
          properties: {
            enableAcceleratedNetworking: true
          }
        }
        """;

    [Fact]
    public void Diagnostics_appear_on_open_move_on_change_and_clear_when_fixed()
    {
        using var workspace = new Workspace();
        string path = workspace.Write("main.bicep", "param vmSize string = 'Standard_D4s_v3'\n" + Nic + "\n" + Vm + "\n");
        using var client = Start(workspace);

        // The buffer, not the file on disk, is linted.
        string bad = "param vmSize string = 'Standard_B1s'\n" + Nic + "\n" + Vm + "\n";
        var diagnostic = Open(client, path, bad, "ACCEL001");
        Assert.Equal(5, (int)diagnostic["range"]!["start"]!["line"]!);
        Assert.Equal(4, (int)diagnostic["range"]!["start"]!["character"]!);
        Assert.Equal(2, (int)diagnostic["severity"]!);
        Assert.EndsWith("docs/rules/ACCEL001.md", (string)diagnostic["codeDescription"]!["href"]!, StringComparison.Ordinal);

        // Insert two lines at the top (incremental sync): the diagnostic moves down two lines.
        client.Notify("textDocument/didChange", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = LspClient.Uri(path), ["version"] = 2 },
            ["contentChanges"] = new JArray(new JObject
            {
                ["range"] = new JObject { ["start"] = Position(0, 0), ["end"] = Position(0, 0) },
                ["text"] = "// a comment\n// another\n",
            }),
        });
        Assert.Equal(7, (int)Single(client.Diagnostics(path), "ACCEL001")["range"]!["start"]!["line"]!);

        // A full-text change that fixes the size clears it.
        client.Notify("textDocument/didChange", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = LspClient.Uri(path), ["version"] = 3 },
            ["contentChanges"] = new JArray(new JObject { ["text"] = "param vmSize string = 'Standard_D4s_v3'\n" + Nic.Replace("enableAcceleratedNetworking: true", "enableAcceleratedNetworking: true", StringComparison.Ordinal) + "\n" + Vm + "\n" }),
        });
        Assert.Empty(client.Diagnostics(path));

        Shutdown(client);
    }

    [Fact]
    public void A_change_to_a_module_republishes_the_callers_findings()
    {
        using var workspace = new Workspace();
        string module = workspace.Write("sizes.bicep", "output size string = 'Standard_D4s_v3'\n");
        string main = workspace.Write("main.bicep", "module sizes './sizes.bicep' = {\n  name: 'sizes'\n}\nvar vmSize = sizes.outputs.size\n" + Nic + "\n" + Vm + "\n");
        using var client = Start(workspace);

        client.Notify("textDocument/didOpen", new JObject { ["textDocument"] = new JObject { ["uri"] = LspClient.Uri(module), ["languageId"] = "bicep", ["version"] = 1, ["text"] = "output size string = 'Standard_D4s_v3'\n" } });
        client.Notify("textDocument/didChange", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = LspClient.Uri(module), ["version"] = 2 },
            ["contentChanges"] = new JArray(new JObject { ["text"] = "output size string = 'Standard_B1s'\n" }),
        });

        var diagnostic = Single(client.Diagnostics(main), "ACCEL001");
        Assert.Equal(8, (int)diagnostic["range"]!["start"]!["line"]!);
        Assert.Contains("Standard_B1s", (string)diagnostic["message"]!, StringComparison.Ordinal);
        Shutdown(client);
    }

    [Fact]
    public void Code_actions_disable_the_rule_for_the_line()
    {
        using var workspace = new Workspace();
        string path = workspace.Write("main.bicep", "param vmSize string = 'Standard_B1s'\n" + Nic + "\n" + Vm + "\n");
        using var client = Start(workspace);
        var diagnostic = Open(client, path, File.ReadAllText(path), "ACCEL001");

        var actions = CodeActionsFor(client, path, diagnostic);
        var disable = actions.Single(a => (string?)a["title"] == "Disable ACCEL001 for this line");
        var edit = disable["edit"]!["changes"]![LspClient.Uri(path)]![0]!;
        Assert.Equal("    #disable-next-line ACCEL001\n", (string)edit["newText"]!);
        Assert.Equal(5, (int)edit["range"]!["start"]!["line"]!);
        Assert.Contains(actions, a => (string?)a["title"] == "Set enableAcceleratedNetworking to false");
        Shutdown(client);
    }

    [Theory]
    [InlineData("  tags: {\n    env: 'prod'\n  }\n", "  tags: {\n    env: 'prod'\n    fastpathenabled: 'true'\n  }\n")]
    [InlineData("  tags: { env: 'prod' }\n", "  tags: { env: 'prod', fastpathenabled: 'true' }\n")]
    [InlineData("", "  tags: {\n    fastpathenabled: 'true'\n  }\n")]
    public void Code_action_adds_the_required_tag_to_a_bicep_nic(string tags, string fixedTags)
    {
        using var workspace = new Workspace();
        string Nic(string tagText) =>
            "resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {\n  name: 'nic1'\n" + tagText + "  location: 'eastus'\n  properties: {\n    enableAcceleratedNetworking: true\n    auxiliaryMode: 'AcceleratedConnections'\n    auxiliarySku: 'A2'\n  }\n}\n";
        string text = "param vmSize string = 'Standard_D4s_v3'\n" + Nic(tags) + Vm + "\n";
        string path = workspace.Write("main.bicep", text);
        using var client = Start(workspace);
        var diagnostic = Open(client, path, text, "ACCEL004");

        var action = CodeActionsFor(client, path, diagnostic).Single(a => (string?)a["title"] == "Add the tag fastpathenabled = 'true'");
        var (fixedText, after) = Apply(client, path, text, action);
        Assert.Equal("param vmSize string = 'Standard_D4s_v3'\n" + Nic(fixedTags) + Vm + "\n", fixedText);
        Assert.DoesNotContain(after, d => (string?)d["code"] == "ACCEL004");
        Shutdown(client);
    }

    [Theory]
    [InlineData("      \"tags\": {\n        \"env\": \"prod\"\n      },\n", "      \"tags\": {\n        \"fastpathenabled\": \"true\",\n        \"env\": \"prod\"\n      },\n")]
    [InlineData("      \"tags\": { \"env\": \"prod\" },\n", "      \"tags\": { \"fastpathenabled\": \"true\", \"env\": \"prod\" },\n")]
    [InlineData("      \"tags\": {},\n", "      \"tags\": { \"fastpathenabled\": \"true\" },\n")]
    [InlineData("      \"tags\": { \"FastPathEnabled\": \"false\" },\n", "      \"tags\": { \"FastPathEnabled\": \"true\" },\n")]
    [InlineData("", "      \"tags\": {\n        \"fastpathenabled\": \"true\"\n      },\n")]
    public void Code_action_gives_an_arm_nic_the_required_tag(string tags, string fixedTags)
    {
        using var workspace = new Workspace();
        string Template(string tagText) =>
            "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n  \"contentVersion\": \"1.0.0.0\",\n  \"resources\": [\n    {\n"
            + "      \"type\": \"Microsoft.Network/networkInterfaces\",\n      \"apiVersion\": \"2023-09-01\",\n      \"name\": \"nic1\",\n      \"location\": \"eastus\",\n"
            + tagText
            + "      \"properties\": {\n        \"enableAcceleratedNetworking\": true,\n        \"auxiliaryMode\": \"AcceleratedConnections\",\n        \"auxiliarySku\": \"A2\"\n      }\n    }\n  ]\n}\n";
        string text = Template(tags);
        string path = workspace.Write("azuredeploy.json", text);
        using var client = Start(workspace);
        var diagnostic = Open(client, path, text, "ACCEL004");

        var action = CodeActionsFor(client, path, diagnostic).Single(a => ((string?)a["title"])!.Contains("fastpathenabled", StringComparison.Ordinal));
        var (fixedText, after) = Apply(client, path, text, action);
        Assert.Equal(Template(fixedTags), fixedText);
        Assert.DoesNotContain(after, d => (string?)d["code"] == "ACCEL004" || (string?)d["code"] == "ACCEL000");
        Shutdown(client);
    }

    [Theory]
    [InlineData("main.bicep", "param vmSize string = 'Standard_B1s'\nresource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {\n  name: 'nic1'\n  location: 'eastus'\n  properties: {\n    enableAcceleratedNetworking: true\n  }\n}\n" + Vm + "\n",
        "param vmSize string = 'Standard_B1s'\nresource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {\n  name: 'nic1'\n  location: 'eastus'\n  properties: {\n  }\n}\n" + Vm + "\n")]
    [InlineData("azuredeploy.json", ArmWithNicProperties + "        \"enableAcceleratedNetworking\": true,\n        \"primary\": true\n" + ArmVm,
        ArmWithNicProperties + "        \"primary\": true\n" + ArmVm)]
    [InlineData("azuredeploy.json", ArmWithNicProperties + "        \"primary\": true,\n        \"enableAcceleratedNetworking\": true\n" + ArmVm,
        ArmWithNicProperties + "        \"primary\": true\n" + ArmVm)]
    public void Code_action_removes_the_accelerated_networking_request(string name, string text, string fixedText)
    {
        using var workspace = new Workspace();
        string path = workspace.Write(name, text);
        using var client = Start(workspace);
        var diagnostic = Open(client, path, text, "ACCEL001");

        var action = CodeActionsFor(client, path, diagnostic).Single(a => (string?)a["title"] == "Remove the accelerated networking request");
        var (result, after) = Apply(client, path, text, action);
        Assert.Equal(fixedText, result);
        Assert.DoesNotContain(after, d => (string?)d["code"] is "ACCEL001" or "ACCEL000");
        Shutdown(client);
    }

    [Theory]
    [InlineData("main.bicep", "param vmSize string = 'Standard_B1s'\n" + Nic + "\n" + Vm + "\n", "param vmSize string = 'Standard_B2s_v2'\n" + Nic + "\n" + Vm + "\n")]
    [InlineData("azuredeploy.json", ArmWithNicProperties + "        \"enableAcceleratedNetworking\": true\n" + ArmVm, ArmWithNicProperties + "        \"enableAcceleratedNetworking\": true\n" + ArmVmB2sV2)]
    public void Code_action_changes_the_size_to_the_suggested_one(string name, string text, string fixedText)
    {
        using var workspace = new Workspace();
        string path = workspace.Write(name, text);
        using var client = Start(workspace);
        var diagnostic = Open(client, path, text, "ACCEL001");
        Assert.Equal("Standard_B2s_v2", (string?)diagnostic["data"]!["suggestion"]!["replacement"]);

        var action = CodeActionsFor(client, path, diagnostic).Single(a => (string?)a["title"] == "Change the size to 'Standard_B2s_v2'");
        var (result, after) = Apply(client, path, text, action);
        Assert.Equal(fixedText, result);
        Assert.DoesNotContain(after, d => (string?)d["code"] is "ACCEL001" or "ACCEL000");
        Shutdown(client);
    }

    [Fact]
    public void Code_action_changes_the_size_where_the_parameters_file_writes_it()
    {
        using var workspace = new Workspace();
        string template = ArmWithNicProperties.Replace("\"contentVersion\": \"1.0.0.0\",\n", "\"contentVersion\": \"1.0.0.0\",\n  \"parameters\": { \"vmSize\": { \"type\": \"string\" } },\n", StringComparison.Ordinal)
            + "        \"enableAcceleratedNetworking\": true\n" + ArmVm.Replace("\"Standard_B1s\"", "\"[parameters('vmSize')]\"", StringComparison.Ordinal);
        string parameters = "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\",\n  \"contentVersion\": \"1.0.0.0\",\n  \"parameters\": {\n    \"vmSize\": { \"value\": \"Standard_DS1_v2\" }\n  }\n}\n";
        string path = workspace.Write("azuredeploy.json", template);
        string parametersPath = workspace.Write("azuredeploy.parameters.json", parameters);
        using var client = Start(workspace);
        var diagnostic = Open(client, path, template, "ACCEL001");

        var action = CodeActionsFor(client, path, diagnostic).Single(a => (string?)a["title"] == "Change the size to 'Standard_DS2_v2'");
        var changes = (JObject)action["edit"]!["changes"]!;
        var edit = Assert.Single(changes.Properties());
        Assert.Equal(LspClient.Uri(parametersPath), edit.Name);
        var change = (JObject)edit.Value[0]!;
        Assert.Equal("Standard_DS2_v2", (string?)change["newText"]);
        Assert.Equal(4, (int)change["range"]!["start"]!["line"]!);
        Assert.Equal(parameters.Split('\n')[4].IndexOf("Standard_DS1_v2", StringComparison.Ordinal), (int)change["range"]!["start"]!["character"]!);
        Assert.Equal(parameters.Split('\n')[4].IndexOf("Standard_DS1_v2", StringComparison.Ordinal) + "Standard_DS1_v2".Length, (int)change["range"]!["end"]!["character"]!);
        Shutdown(client);
    }

    [Fact]
    public void No_size_code_action_for_a_computed_size_or_when_nothing_fits()
    {
        using var workspace = new Workspace();
        string computed = "param family string = 'B1s'\n" + Nic + "\n" + Vm.Replace("vmSize: vmSize", "vmSize: 'Standard_${family}'", StringComparison.Ordinal) + "\n";
        string noFit = "param vmSize string = 'Standard_A2_v2'\n" + Nic + "\n" + Vm + "\n";
        string computedPath = workspace.Write("computed/main.bicep", computed);
        string noFitPath = workspace.Write("nofit/main.bicep", noFit);
        using var client = Start(workspace);

        foreach (var (path, text) in new[] { (computedPath, computed), (noFitPath, noFit) })
        {
            var diagnostic = Open(client, path, text, "ACCEL001");
            Assert.DoesNotContain(CodeActionsFor(client, path, diagnostic), a => ((string?)a["title"])!.StartsWith("Change the size", StringComparison.Ordinal));
        }

        Shutdown(client);
    }

    [Fact]
    public void Code_action_changes_the_region_to_the_nearest_ac_region()
    {
        using var workspace = new Workspace();
        string Text(string location) =>
            "param vmSize string = 'Standard_D4s_v3'\nresource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {\n  name: 'nic1'\n  location: '" + location + "'\n  tags: { fastpathenabled: 'true' }\n"
            + "  properties: {\n    enableAcceleratedNetworking: true\n    auxiliaryMode: 'AcceleratedConnections'\n    auxiliarySku: 'A2'\n  }\n}\n" + Vm + "\n";
        string path = workspace.Write("main.bicep", Text("japaneast"));
        using var client = Start(workspace);
        var diagnostic = Open(client, path, Text("japaneast"), "ACCEL003");

        var action = CodeActionsFor(client, path, diagnostic).Single(a => (string?)a["title"] == "Change the location to 'southeastasia'");
        var (result, after) = Apply(client, path, Text("japaneast"), action);
        Assert.Equal(Text("southeastasia"), result);
        Assert.DoesNotContain(after, d => (string?)d["code"] is "ACCEL003" or "ACCEL000");
        Shutdown(client);
    }

    private const string ArmVmB2sV2 =
        "      }\n    },\n    {\n      \"type\": \"Microsoft.Compute/virtualMachines\",\n      \"apiVersion\": \"2023-09-01\",\n      \"name\": \"vm1\",\n      \"location\": \"eastus\",\n"
        + "      \"properties\": {\n        \"hardwareProfile\": { \"vmSize\": \"Standard_B2s_v2\" },\n"
        + "        \"networkProfile\": { \"networkInterfaces\": [ { \"id\": \"[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]\" } ] }\n      }\n    }\n  ]\n}\n";

    private const string ArmWithNicProperties =
        "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n  \"contentVersion\": \"1.0.0.0\",\n  \"resources\": [\n    {\n"
        + "      \"type\": \"Microsoft.Network/networkInterfaces\",\n      \"apiVersion\": \"2023-09-01\",\n      \"name\": \"nic1\",\n      \"location\": \"eastus\",\n      \"properties\": {\n";

    private const string ArmVm =
        "      }\n    },\n    {\n      \"type\": \"Microsoft.Compute/virtualMachines\",\n      \"apiVersion\": \"2023-09-01\",\n      \"name\": \"vm1\",\n      \"location\": \"eastus\",\n"
        + "      \"properties\": {\n        \"hardwareProfile\": { \"vmSize\": \"Standard_B1s\" },\n"
        + "        \"networkProfile\": { \"networkInterfaces\": [ { \"id\": \"[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]\" } ] }\n      }\n    }\n  ]\n}\n";

    [Fact]
    public void No_tag_code_action_for_arm_tags_written_as_an_expression()
    {
        using var workspace = new Workspace();
        string text = "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n  \"contentVersion\": \"1.0.0.0\",\n"
            + "  \"parameters\": { \"tags\": { \"type\": \"object\", \"defaultValue\": { \"env\": \"prod\" } } },\n  \"resources\": [\n    {\n"
            + "      \"type\": \"Microsoft.Network/networkInterfaces\",\n      \"apiVersion\": \"2023-09-01\",\n      \"name\": \"nic1\",\n      \"location\": \"eastus\",\n"
            + "      \"tags\": \"[parameters('tags')]\",\n"
            + "      \"properties\": {\n        \"enableAcceleratedNetworking\": true,\n        \"auxiliaryMode\": \"AcceleratedConnections\",\n        \"auxiliarySku\": \"A2\"\n      }\n    }\n  ]\n}\n";
        string path = workspace.Write("azuredeploy.json", text);
        using var client = Start(workspace);
        var diagnostic = Open(client, path, text, "ACCEL004");

        var titles = CodeActionsFor(client, path, diagnostic).Select(a => (string?)a["title"]).ToList();
        Assert.Equal(new[] { "Disable ACCEL004 for this line" }, titles);
        Shutdown(client);
    }

    /// <summary>Opens the buffer and returns its one finding with this code.</summary>
    private static JObject Open(LspClient client, string path, string text, string code)
    {
        string language = path.EndsWith(".json", StringComparison.Ordinal) ? "json" : "bicep";
        client.Notify("textDocument/didOpen", new JObject { ["textDocument"] = new JObject { ["uri"] = LspClient.Uri(path), ["languageId"] = language, ["version"] = 1, ["text"] = text } });
        return Single(client.Diagnostics(path), code);
    }

    private static JArray CodeActionsFor(LspClient client, string path, JObject diagnostic) =>
        (JArray)client.Request("textDocument/codeAction", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = LspClient.Uri(path) },
            ["range"] = diagnostic["range"],
            ["context"] = new JObject { ["diagnostics"] = new JArray(diagnostic) },
        })["result"]!;

    /// <summary>Applies the action's edit as an editor would, sends the result as the buffer, and returns it with its new diagnostics.</summary>
    private static (string Text, JArray Diagnostics) Apply(LspClient client, string path, string text, JToken action)
    {
        var edit = (JObject)action["edit"]!["changes"]![LspClient.Uri(path)]![0]!;
        var document = new AccelLint.Cli.Lsp.TextDocument(text, 1);
        document.Apply(new JArray(new JObject { ["range"] = edit["range"], ["text"] = edit["newText"] }), 2);
        client.Notify("textDocument/didChange", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = LspClient.Uri(path), ["version"] = 2 },
            ["contentChanges"] = new JArray(new JObject { ["text"] = document.Text }),
        });
        return (document.Text, client.Diagnostics(path));
    }

    private static LspClient Start(Workspace workspace)
    {
        var client = new LspClient(workspace.Root);
        var initialize = client.Request("initialize", new JObject { ["processId"] = null, ["rootUri"] = LspClient.Uri(workspace.Root), ["capabilities"] = new JObject() });
        Assert.Equal(2, (int)initialize["result"]!["capabilities"]!["textDocumentSync"]!["change"]!);
        client.Notify("initialized", new JObject());
        return client;
    }

    private static void Shutdown(LspClient client)
    {
        client.Request("shutdown", new JObject());
        client.Notify("exit");
        Assert.True(client.WaitForExit(10_000));
        Assert.Equal(0, client.ExitCode);
    }

    private static JObject Single(JArray diagnostics, string code) => (JObject)Assert.Single(diagnostics, d => (string?)d["code"] == code);

    private static JObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };
}
