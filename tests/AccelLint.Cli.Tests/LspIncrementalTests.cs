using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Tests;

/// <summary>
/// The incremental language server (SPEC §9): the workspace indexed once, a change re-evaluating only the
/// deployments that include the changed file, stale runs never published, every publish for an open
/// document carrying its version, and the same findings as the command line.
/// </summary>
public class LspIncrementalTests
{
    private const string Schema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

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

    /// <summary>A linked ARM template: a NIC with AN and a VM of the size passed.</summary>
    private const string LinkedVm = $$"""
        {
          "$schema": "{{Schema}}",
          "contentVersion": "1.0.0.0",
          "parameters": { "vmSize": { "type": "string" } },
          "resources": [
            { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2023-09-01", "name": "nic", "location": "eastus",
              "properties": { "enableAcceleratedNetworking": true } },
            { "type": "Microsoft.Compute/virtualMachines", "apiVersion": "2023-09-01", "name": "vm", "location": "eastus",
              "properties": { "hardwareProfile": { "vmSize": "[parameters('vmSize')]" },
                "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic')]" } ] } } }
          ]
        }
        """;

    private static string ArmEntry(string vmSize) => $$"""
        {
          "$schema": "{{Schema}}",
          "contentVersion": "1.0.0.0",
          "parameters": { "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3" } },
          "resources": [
            { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "vm",
              "properties": { "mode": "Incremental", "templateLink": { "relativePath": "nested/vm.json" },
                "parameters": { "vmSize": { "value": "[parameters('vmSize')]" } } } }
          ]
        }
        """;

    private static string ArmParameters(string vmSize) => $$"""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "vmSize": { "value": "{{vmSize}}" } }
        }
        """;

    /// <summary>
    /// Four deployments: a Bicep file calling a NIC module, another Bicep file on its own, an ARM template
    /// with its parameters file linking a nested template, and a Bicep file that does not parse.
    /// </summary>
    private static void WriteWorkspace(Workspace workspace)
    {
        Directory.CreateDirectory(workspace.Path(".git"));
        workspace.Write("a/nic.bicep", Nic.Replace("resource nic", "resource nicInModule", StringComparison.Ordinal) + "\noutput id string = nicInModule.id\n");
        workspace.Write("a/main.bicep", "param vmSize string = 'Standard_B1s'\nmodule m './nic.bicep' = {\n  name: 'nic'\n}\n" + Nic + "\n" + Vm + "\n");
        workspace.Write("b/main.bicep", "param vmSize string = 'Standard_B2s'\n" + Nic + "\n" + Vm + "\n");
        workspace.Write("c/azuredeploy.json", ArmEntry("Standard_D4s_v3"));
        workspace.Write("c/azuredeploy.parameters.json", ArmParameters("Standard_B1s"));
        workspace.Write("c/nested/vm.json", LinkedVm);
        workspace.Write("d/broken.bicep", "resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {\n  name: 'x'\n");
    }

    [Fact]
    public void Only_the_deployments_that_include_a_changed_file_are_evaluated_again()
    {
        using var workspace = new Workspace();
        WriteWorkspace(workspace);
        using var client = Start(workspace);
        Assert.Equal("accellint: indexed 4 of 4 deployments", WithoutTime((string)Index(client).Log["params"]!["message"]!));

        // A change to the Bicep module: only its caller's deployment.
        string module = workspace.Path("a/nic.bicep");
        Open(client, module, workspace.Read("a/nic.bicep"));
        Change(client, module, 2, workspace.Read("a/nic.bicep") + "\n");
        var logs = LogsUntilPublish(client, module, 2);
        Assert.NotEmpty(logs);
        Assert.All(logs, log => Assert.Equal($"accellint: re-evaluated 1 of 4 deployments: {workspace.Path("a/main.bicep")}", WithoutTime(log)));

        // A change to the linked ARM template: only the entry's deployment (with its parameters file).
        string linked = workspace.Path("c/nested/vm.json");
        Open(client, linked, LinkedVm);
        Change(client, linked, 2, LinkedVm + "\n");
        logs = LogsUntilPublish(client, linked, 2);
        Assert.NotEmpty(logs);
        Assert.All(logs, log => Assert.Equal($"accellint: re-evaluated 1 of 4 deployments: {workspace.Path("c/azuredeploy.json")} with {workspace.Path("c/azuredeploy.parameters.json")}", WithoutTime(log)));
        Shutdown(client);
    }

    [Fact]
    public void Every_publish_carries_the_version_it_reflects_and_a_stale_run_is_never_published()
    {
        using var workspace = new Workspace();
        Directory.CreateDirectory(workspace.Path(".git"));
        string good = "param vmSize string = 'Standard_D4s_v3'\n" + Nic + "\n" + Vm + "\n";
        string bad = "param vmSize string = 'Standard_B1s'\n" + Nic + "\n" + Vm + "\n";
        string path = workspace.Write("main.bicep", good);
        using var client = Start(workspace);
        Index(client);

        // Four versions sent at once, as fast typing does: bad, good, bad two lines lower, good.
        Open(client, path, bad);
        Change(client, path, 2, good);
        Change(client, path, 3, "// one\n// two\n" + bad);
        Change(client, path, 4, good);

        var publishes = new List<JObject>();
        client.WaitFor(m =>
        {
            if ((string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == LspClient.Uri(path))
            {
                publishes.Add((JObject)m["params"]!);
                return (int?)m["params"]!["version"] == 4;
            }

            return false;
        });

        // Versions never go back, and each publish says what its version's text gives.
        var versions = publishes.Select(p => (int)p["version"]!).ToList();
        Assert.Equal(versions.OrderBy(v => v), versions);
        foreach (var publish in publishes)
        {
            var diagnostics = (JArray)publish["diagnostics"]!;
            switch ((int)publish["version"]!)
            {
                case 1:
                    Assert.Equal(5, (int)Assert.Single(diagnostics)["range"]!["start"]!["line"]!);
                    break;
                case 3:
                    Assert.Equal(7, (int)Assert.Single(diagnostics)["range"]!["start"]!["line"]!);
                    break;
                default:
                    Assert.Empty(diagnostics);
                    break;
            }
        }

        Shutdown(client);
    }

    [Fact]
    public void The_language_server_reports_what_the_command_line_reports_before_and_after_an_edit()
    {
        using var workspace = new Workspace();
        WriteWorkspace(workspace);
        using var client = Start(workspace);
        var index = Index(client);
        Assert.Equal(string.Join("\n", CommandLine(workspace)), string.Join("\n", Render(workspace, index.Publishes)));

        // Edit the module on disk and in the buffer (B-series NIC module now names a size): both agree again.
        string changed = "param vmSize string = 'Standard_D4s_v3'\nmodule m './nic.bicep' = {\n  name: 'nic'\n}\n" + Nic + "\n" + Vm + "\n";
        string main = workspace.Path("a/main.bicep");
        Open(client, main, workspace.Read("a/main.bicep"));
        Change(client, main, 2, changed);
        var publishes = new Dictionary<string, JArray>(index.Publishes);
        bool reflected = false;
        client.WaitFor(m =>
        {
            if ((string?)m["method"] == "textDocument/publishDiagnostics")
            {
                publishes[(string)m["params"]!["uri"]!] = (JArray)m["params"]!["diagnostics"]!;
                reflected |= (string?)m["params"]!["uri"] == LspClient.Uri(main) && (int?)m["params"]!["version"] == 2;
            }

            // The run's log line follows everything it published.
            return reflected && (string?)m["method"] == "window/logMessage";
        });
        File.WriteAllText(main, changed);
        Assert.Equal(string.Join("\n", CommandLine(workspace)), string.Join("\n", Render(workspace, publishes)));
        Shutdown(client);
    }

    [Fact]
    public void The_workspace_is_indexed_in_the_background_with_progress_when_the_client_asks_for_it()
    {
        using var workspace = new Workspace();
        WriteWorkspace(workspace);
        using var client = new LspClient(workspace.Root);
        client.Request("initialize", new JObject
        {
            ["processId"] = null,
            ["workspaceFolders"] = new JArray(new JObject { ["uri"] = LspClient.Uri(workspace.Root), ["name"] = "w" }),
            ["capabilities"] = new JObject { ["window"] = new JObject { ["workDoneProgress"] = true } },
        });
        client.Notify("initialized", new JObject());

        var create = client.WaitFor(m => (string?)m["method"] == "window/workDoneProgress/create");
        string token = (string)create["params"]!["token"]!;
        var kinds = new List<string>();
        client.WaitFor(m =>
        {
            if ((string?)m["method"] == "$/progress" && (string?)m["params"]!["token"] == token)
            {
                kinds.Add((string)m["params"]!["value"]!["kind"]!);
            }

            return kinds.Contains("end");
        });
        Assert.Equal("begin", kinds[0]);
        Assert.Equal("end", kinds[^1]);
        Assert.All(kinds.Skip(1).SkipLast(1), k => Assert.Equal("report", k));

        // Then it publishes what the index found.
        Assert.Contains("ACCEL001", client.Diagnostics(workspace.Path("a/main.bicep")).ToString(), StringComparison.Ordinal);
        Shutdown(client);
    }

    [Fact]
    public void A_new_parameters_file_re_evaluates_the_template_beside_it_with_its_values()
    {
        using var workspace = new Workspace();
        Directory.CreateDirectory(workspace.Path(".git"));
        workspace.Write("c/azuredeploy.json", ArmEntry("Standard_D4s_v3"));
        workspace.Write("c/nested/vm.json", LinkedVm);
        using var client = Start(workspace);
        Index(client);

        // Only in the editor: not yet saved.
        string parameters = workspace.Path("c/azuredeploy.parameters.json");
        Open(client, parameters, ArmParameters("Standard_B1s"));
        var logs = LogsUntilPublish(client, parameters, 1);
        Assert.Equal($"accellint: re-evaluated 1 of 1 deployments: {workspace.Path("c/azuredeploy.json")} with {parameters}", WithoutTime(logs[^1]));
        Shutdown(client);
    }

    /// <summary>The log line without the run's duration (" in 12 ms").</summary>
    private static string WithoutTime(string log) => System.Text.RegularExpressions.Regex.Replace(log, " in [0-9]+ ms", string.Empty);

    /// <summary>The command line's unsuppressed findings: <c>file(line,col) rule message</c>, sorted.</summary>
    private static List<string> CommandLine(Workspace workspace)
    {
        var result = workspace.Run("lint", ".", "--format", "json", "--fail-level", "none");
        return JArray.Parse(result.Stdout)
            .Where(f => !(bool)f["suppressed"]!)
            .Select(f => $"{((string)f["file"]!).Replace('\\', '/')}({f["line"]},{f["column"]}) {f["ruleId"]} {f["message"]}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The language server's last diagnostics per file, in the same form.</summary>
    private static List<string> Render(Workspace workspace, Dictionary<string, JArray> publishes) =>
        publishes
            .SelectMany(p => p.Value.Select(d =>
                $"{Path.GetRelativePath(workspace.Root, new Uri(p.Key).LocalPath).Replace('\\', '/')}({(int)d["range"]!["start"]!["line"]! + 1},{(int)d["range"]!["start"]!["character"]! + 1}) {d["code"]} {d["message"]}"))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();

    /// <summary>Waits for the workspace index: what it published (per file uri) and its log line.</summary>
    private static (Dictionary<string, JArray> Publishes, JObject Log) Index(LspClient client)
    {
        var publishes = new Dictionary<string, JArray>(StringComparer.Ordinal);
        var log = client.WaitFor(m =>
        {
            if ((string?)m["method"] == "textDocument/publishDiagnostics")
            {
                publishes[(string)m["params"]!["uri"]!] = (JArray)m["params"]!["diagnostics"]!;
            }

            return (string?)m["method"] == "window/logMessage" && ((string)m["params"]!["message"]!).StartsWith("accellint: indexed", StringComparison.Ordinal);
        });
        return (publishes, log);
    }

    /// <summary>The server's run logs until the publish of this version of the file.</summary>
    private static List<string> LogsUntilPublish(LspClient client, string path, int version)
    {
        var logs = new List<string>();
        client.WaitFor(m =>
        {
            if ((string?)m["method"] == "window/logMessage")
            {
                logs.Add((string)m["params"]!["message"]!);
            }

            return (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == LspClient.Uri(path) && (int?)m["params"]!["version"] == version;
        });

        // The run that published it logs right after.
        logs.Add((string)client.WaitFor(m => (string?)m["method"] == "window/logMessage")["params"]!["message"]!);
        return logs;
    }

    private static void Open(LspClient client, string path, string text) =>
        client.Notify("textDocument/didOpen", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = LspClient.Uri(path), ["languageId"] = path.EndsWith(".json", StringComparison.Ordinal) ? "json" : "bicep", ["version"] = 1, ["text"] = text },
        });

    private static void Change(LspClient client, string path, int version, string text) =>
        client.Notify("textDocument/didChange", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = LspClient.Uri(path), ["version"] = version },
            ["contentChanges"] = new JArray(new JObject { ["text"] = text }),
        });

    private static LspClient Start(Workspace workspace)
    {
        var client = new LspClient(workspace.Root);
        client.Request("initialize", new JObject
        {
            ["processId"] = null,
            ["workspaceFolders"] = new JArray(new JObject { ["uri"] = LspClient.Uri(workspace.Root), ["name"] = "w" }),
            ["capabilities"] = new JObject(),
        });
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
}
