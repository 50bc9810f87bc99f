using System.Collections.Immutable;
using AccelLint.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace AccelLint.Analyzers.Tests.AdditionalFiles;

/// <summary>
/// ARM templates, Bicep files, parameters files and <c>accellint.json</c> passed as AdditionalFiles:
/// diagnostics land on the file with the engine's line and column (1-based in the engine, 0-based in
/// Roslyn's <see cref="LinePosition"/>), levels come from <c>accellint.json</c>, and broken inputs
/// are ACCEL000, never an analyzer exception.
/// </summary>
public class TemplateFilesTests
{
    private const string Root = "/src/app";

    /// <summary>No diagnostic at all (the framework checks that nothing is reported).</summary>
    private static readonly DiagnosticResult[] None = Array.Empty<DiagnosticResult>();

    /// <summary>A NIC with AN on a B1s VM (one ACCEL001); also read by the descriptor tests.</summary>
    internal const string Bicep = """
        param location string = 'eastus'

        resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
          name: 'app-nic'
          location: location
          properties: {
            enableAcceleratedNetworking: true
            ipConfigurations: []
          }
        }

        resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
          name: 'app-vm'
          location: location
          properties: {
            hardwareProfile: {
              vmSize: 'Standard_B1s'
            }
            networkProfile: {
              networkInterfaces: [
                {
                  id: nic.id
                }
              ]
            }
          }
        }
        """;

    private const string Arm = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {
            "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3" }
          },
          "resources": [
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "app-nic",
              "location": "eastus",
              "properties": {
                "enableAcceleratedNetworking": true
              }
            },
            {
              "type": "Microsoft.Compute/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "app-vm",
              "location": "eastus",
              "properties": {
                "hardwareProfile": { "vmSize": "[parameters('vmSize')]" },
                "networkProfile": {
                  "networkInterfaces": [
                    { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'app-nic')]" }
                  ]
                }
              }
            }
          ]
        }
        """;

    private const string ArmParameters = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {
            "vmSize": { "value": "Standard_B1s" }
          }
        }
        """;

    /// <summary>
    /// A framework run of an empty class with <paramref name="files"/> as AdditionalFiles: the framework
    /// checks that exactly <paramref name="expected"/> is reported; returns what it computed.
    /// </summary>
    private static async Task<ImmutableArray<Diagnostic>> Run(DiagnosticResult[] expected, params (string Path, string Text)[] files)
    {
        var test = new AccelLintAnalyzerTest();
        test.TestState.Sources.Add(("Test.cs", "class Empty { }"));
        test.TestState.AdditionalFiles.AddRange(files.Select(f => (f.Path, SourceText.From(f.Text))));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
        return test.Diagnostics;
    }

    private static (string Path, string Text) File(string relative, string text) => (Root + "/" + relative, text);

    /// <summary><paramref name="id"/> starting at the 1-based <paramref name="line"/> and <paramref name="column"/> of <paramref name="path"/> (any length).</summary>
    private static DiagnosticResult At(string id, DiagnosticSeverity severity, string path, int line, int column) =>
        new DiagnosticResult(id, severity).WithLocation(path.StartsWith('/') ? path : Root + "/" + path, line, column);

    /// <summary>Asserts the diagnostic is on <paramref name="path"/> at the 1-based <paramref name="line"/> and <paramref name="column"/>.</summary>
    private static void AssertAt(Diagnostic diagnostic, string path, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        Assert.Equal(path, span.Path);
        Assert.Equal(new LinePosition(line - 1, column - 1), span.StartLinePosition);
        Assert.True(span.EndLinePosition >= span.StartLinePosition);
    }

    private static Diagnostic Single(ImmutableArray<Diagnostic> diagnostics, string id) => CSharp.CSharpHarness.Single(diagnostics, id);

    [Fact]
    public async Task Bicep_finding_is_on_the_bicep_file_at_the_property_name()
    {
        var diagnostics = await Run([At("ACCEL001", DiagnosticSeverity.Warning, "infra/main.bicep", 7, 5)], File("infra/main.bicep", Bicep));
        var diagnostic = Single(diagnostics, "ACCEL001");
        AssertAt(diagnostic, Root + "/infra/main.bicep", 7, 5);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("'app-nic'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'Standard_B1s'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Single(diagnostics);
    }

    [Fact]
    public async Task Registry_modules_are_read_from_the_bicep_cache_on_disk_as_the_command_line_reads_them()
    {
        // bicepconfig.json is an AdditionalFile; the cache it names is on disk (restored modules are not
        // project files), inside the workspace (a folder holding .git), as SPEC §10 requires.
        string work = Path.Combine(Path.GetTempPath(), "accellint-tests", "analyzer-cache-" + Guid.NewGuid().ToString("N"));
        string restored = Path.Combine(work, ".bicep-cache", "br", "mcr.microsoft.com", "bicep$test$nic", "1.0.0$", "main.json");
        Directory.CreateDirectory(Path.GetDirectoryName(restored)!);
        Directory.CreateDirectory(Path.Combine(work, ".git"));
        System.IO.File.WriteAllText(restored, NicModule);
        try
        {
            var diagnostics = await Run(
                [
                    At("ACCEL001", DiagnosticSeverity.Warning, Path.Combine(work, "main.bicep"), 5, 5),
                    At("ACCEL014", DiagnosticSeverity.Info, Path.Combine(work, "main.bicep"), 9, 16),
                ],
                (Path.Combine(work, "main.bicep"), RegistryCaller),
                (Path.Combine(work, "bicepconfig.json"), """{ "cacheRootDirectory": ".bicep-cache" }"""));

            // The NIC inside the module: reported at the caller's argument that turns AN on.
            AssertAt(Single(diagnostics, "ACCEL001"), Path.Combine(work, "main.bicep"), 5, 5);
            var notRestored = Single(diagnostics, "ACCEL014");
            AssertAt(notRestored, Path.Combine(work, "main.bicep"), 9, 16);
            Assert.Equal(DiagnosticSeverity.Info, notRestored.Severity);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task A_cache_root_outside_the_workspace_is_not_read()
    {
        // A hostile bicepconfig.json in a pull request points the cache at another folder: not the
        // workspace and not the user's ~/.bicep, so its main.json is never opened (SPEC §10).
        string outside = Path.Combine(Path.GetTempPath(), "accellint-tests", "analyzer-outside-" + Guid.NewGuid().ToString("N"));
        string restored = Path.Combine(outside, "br", "mcr.microsoft.com", "bicep$test$nic", "1.0.0$", "main.json");
        Directory.CreateDirectory(Path.GetDirectoryName(restored)!);
        System.IO.File.WriteAllText(restored, NicModule);
        try
        {
            string config = "{ \"cacheRootDirectory\": " + System.Text.Json.JsonSerializer.Serialize(outside) + " }";
            var diagnostics = await Run(
                [At("ACCEL014", DiagnosticSeverity.Info, "main.bicep", 1, 12), At("ACCEL014", DiagnosticSeverity.Info, "main.bicep", 9, 16)],
                File("main.bicep", RegistryCaller),
                File("bicepconfig.json", config));

            Assert.DoesNotContain(diagnostics, d => d.Id == "ACCEL001");
            var notRead = diagnostics.Where(d => d.Id == "ACCEL014").ToList();
            Assert.Equal(2, notRead.Count);
            AssertAt(notRead[0], Root + "/main.bicep", 1, 12);
            Assert.Contains("was not read: it is outside the workspace", notRead[0].GetMessage(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task Files_named_outside_the_workspace_are_not_read()
    {
        // As on the command line (SPEC §10): the path is refused before any file system is asked.
        const string main = """
            module m '../../../../../../etc/passwd' = {
              name: 'x'
            }
            var t = loadTextContent('/etc/hostname')
            """;
        var diagnostics = await Run([At("ACCEL000", DiagnosticSeverity.Error, "main.bicep", 1, 10), At("ACCEL000", DiagnosticSeverity.Error, "main.bicep", 4, 25)], File("main.bicep", main));

        Assert.Equal(2, diagnostics.Length);
        AssertAt(diagnostics[0], Root + "/main.bicep", 1, 10);
        AssertAt(diagnostics[1], Root + "/main.bicep", 4, 25);
        Assert.All(diagnostics, d => Assert.Equal("ACCEL000", d.Id));
        Assert.All(diagnostics, d => Assert.Contains("it is outside the workspace", d.GetMessage(), StringComparison.Ordinal));
    }

    private const string RegistryCaller = """
        module nic 'br/public:test/nic:1.0.0' = {
          name: 'nic'
          params: {
            name: 'app-nic'
            enableAcceleratedNetworking: true
          }
        }

        module missing 'br/public:test/missing:1.0.0' = {
          name: 'missing'
        }

        resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
          name: 'app-vm'
          location: 'eastus'
          properties: {
            hardwareProfile: { vmSize: 'Standard_B1s' }
            networkProfile: { networkInterfaces: [ { id: nic.outputs.resourceId } ] }
          }
        }
        """;

    private const string NicModule = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {
            "name": { "type": "string" },
            "enableAcceleratedNetworking": { "type": "bool", "defaultValue": false }
          },
          "resources": [
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "[parameters('name')]",
              "location": "eastus",
              "properties": { "enableAcceleratedNetworking": "[parameters('enableAcceleratedNetworking')]" }
            }
          ],
          "outputs": {
            "resourceId": { "type": "string", "value": "[resourceId('Microsoft.Network/networkInterfaces', parameters('name'))]" }
          }
        }
        """;

    [Fact]
    public async Task Bicep_span_covers_the_property()
    {
        var diagnostic = Single(await Run([At("ACCEL001", DiagnosticSeverity.Warning, "main.bicep", 7, 5)], File("main.bicep", Bicep)), "ACCEL001");
        var span = diagnostic.Location.SourceSpan;
        Assert.StartsWith("enableAcceleratedNetworking", Bicep.Substring(span.Start), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arm_finding_is_on_the_opening_quote_of_the_key()
    {
        var diagnostics = await Run([At("ACCEL001", DiagnosticSeverity.Warning, "azuredeploy.json", 14, 9)], File("azuredeploy.json", Arm.Replace("Standard_D4s_v3", "Standard_B1s")));
        var diagnostic = Single(diagnostics, "ACCEL001");
        AssertAt(diagnostic, Root + "/azuredeploy.json", 14, 9);
        Assert.Contains("'app-vm'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Single(diagnostics);
    }

    [Fact]
    public async Task Arm_template_with_a_good_default_is_clean()
    {
        Assert.Empty(await Run(None, File("azuredeploy.json", Arm)));
    }

    [Fact]
    public async Task Arm_template_is_evaluated_with_its_parameters_file_once()
    {
        var diagnostics = await Run([At("ACCEL001", DiagnosticSeverity.Warning, "azuredeploy.json", 14, 9)], File("azuredeploy.json", Arm), File("azuredeploy.parameters.json", ArmParameters));
        var diagnostic = Single(diagnostics, "ACCEL001");
        AssertAt(diagnostic, Root + "/azuredeploy.json", 14, 9);
        Assert.Contains("azuredeploy.parameters.json", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Single(diagnostics);
    }

    [Fact]
    public async Task Bicepparam_supplies_the_values()
    {
        string template = Bicep.Replace("vmSize: 'Standard_B1s'", "vmSize: vmSize").Replace("param location string = 'eastus'", "param location string = 'eastus'\nparam vmSize string = 'Standard_D4s_v3'");
        var diagnostics = await Run([At("ACCEL001", DiagnosticSeverity.Warning, "main.bicep", 8, 5)], File("main.bicep", template), File("main.bicepparam", "using './main.bicep'\n\nparam vmSize = 'Standard_B1s'\n"));
        var diagnostic = Single(diagnostics, "ACCEL001");
        AssertAt(diagnostic, Root + "/main.bicep", 8, 5);
        Assert.Single(diagnostics);
    }

    [Fact]
    public async Task Module_finding_is_on_the_module_file_for_the_bad_caller_only()
    {
        const string module = """
            param vmSize string

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'nic-${vmSize}'
              location: 'eastus'
              properties: {
                enableAcceleratedNetworking: true
              }
            }

            resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'vm-${vmSize}'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: vmSize }
                networkProfile: { networkInterfaces: [ { id: nic.id } ] }
              }
            }
            """;
        const string main = """
            module good './modules/vm.bicep' = {
              name: 'good'
              params: { vmSize: 'Standard_D4s_v3' }
            }

            module bad './modules/vm.bicep' = {
              name: 'bad'
              params: { vmSize: 'Standard_B1s' }
            }
            """;
        var diagnostics = await Run([At("ACCEL001", DiagnosticSeverity.Warning, "modules/vm.bicep", 7, 5)], File("main.bicep", main), File("modules/vm.bicep", module));
        var diagnostic = Single(diagnostics, "ACCEL001");
        AssertAt(diagnostic, Root + "/modules/vm.bicep", 7, 5);
        Assert.Contains("Standard_B1s", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Single(diagnostics);
    }

    [Fact]
    public async Task Old_api_version_is_ACCEL008_in_templates()
    {
        const string bicep = """
            resource nic 'Microsoft.Network/networkInterfaces@2022-05-01' = {
              name: 'nva-nic'
              location: 'eastus'
              tags: { fastpathenabled: 'true' }
              properties: {
                enableAcceleratedNetworking: true
                auxiliaryMode: 'AcceleratedConnections'
                auxiliarySku: 'A1'
              }
            }
            """;
        var diagnostics = await Run([At("ACCEL008", DiagnosticSeverity.Warning, "nva.bicep", 7, 5)], File("nva.bicep", bicep));
        AssertAt(Single(diagnostics, "ACCEL008"), Root + "/nva.bicep", 7, 5);
        Assert.Single(diagnostics);
    }

    [Fact]
    public async Task Api_version_2022_11_01_is_not_ACCEL008_in_templates()
    {
        // Microsoft.Network 2022-11-01 defines auxiliarySku and AcceleratedConnections (Azure.Bicep.Types.Az).
        const string bicep = """
            resource nic 'Microsoft.Network/networkInterfaces@2022-11-01' = {
              name: 'nva-nic'
              location: 'eastus'
              tags: { fastpathenabled: 'true' }
              properties: {
                enableAcceleratedNetworking: true
                auxiliaryMode: 'AcceleratedConnections'
                auxiliarySku: 'A1'
              }
            }
            """;
        Assert.Empty(await Run(None, File("nva.bicep", bicep)));
    }

    [Fact]
    public async Task Accellint_json_level_error_is_honoured()
    {
        var diagnostics = await Run([At("ACCEL001", DiagnosticSeverity.Error, "main.bicep", 7, 5)], File("main.bicep", Bicep), File("accellint.json", """{ "rules": { "ACCEL001": "error" } }"""));
        var diagnostic = Single(diagnostics, "ACCEL001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        AssertAt(diagnostic, Root + "/main.bicep", 7, 5);
    }

    [Fact]
    public async Task Accellint_json_level_info_is_honoured()
    {
        var diagnostics = await Run([At("ACCEL001", DiagnosticSeverity.Info, "azuredeploy.json", 14, 9)], File("azuredeploy.json", Arm.Replace("Standard_D4s_v3", "Standard_B1s")), File("accellint.json", """{ "rules": { "ACCEL001": "info" } }"""));
        Assert.Equal(DiagnosticSeverity.Info, Single(diagnostics, "ACCEL001").Severity);
    }

    [Fact]
    public async Task Accellint_json_level_none_is_honoured()
    {
        Assert.Empty(await Run(None, File("main.bicep", Bicep), File("accellint.json", """{ "rules": { "ACCEL001": "none" } }""")));
    }

    [Fact]
    public async Task Accellint_json_in_a_parent_folder_applies_to_nested_templates()
    {
        var diagnostics = await Run([At("ACCEL001", DiagnosticSeverity.Error, "infra/network/main.bicep", 7, 5)], File("infra/network/main.bicep", Bicep), File("accellint.json", """{ "rules": { "ACCEL001": "error" } }"""));
        Assert.Equal(DiagnosticSeverity.Error, Single(diagnostics, "ACCEL001").Severity);
    }

    [Fact]
    public async Task The_same_accellint_json_also_sets_csharp_levels()
    {
        var test = CSharp.CSharpHarness.Test("""
            class C
            {
                void M()
                {
                    var vm = new VirtualMachineData(AzureLocation.EastUS)
                    {
                        HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                        NetworkProfile = new VirtualMachineNetworkProfile
                        {
                            NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {|#0:EnableAcceleratedNetworking = true|} } },
                        },
                    };
                }
            }
            """);
        test.TestState.AdditionalFiles.Add(File("main.bicep", Bicep));
        test.TestState.AdditionalFiles.Add(File("accellint.json", """{ "rules": { "ACCEL001": "error" } }"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("ACCEL001", DiagnosticSeverity.Error).WithLocation(0));
        test.ExpectedDiagnostics.Add(At("ACCEL001", DiagnosticSeverity.Error, "main.bicep", 7, 5));
        var diagnostics = await CSharp.CSharpHarness.Run(test);
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.Location.Kind == LocationKind.SourceFile && d.Location.SourceTree!.FilePath == "Test.cs");
        Assert.Contains(diagnostics, d => d.Location.Kind == LocationKind.ExternalFile && d.Location.GetLineSpan().Path == Root + "/main.bicep");
    }

    [Fact]
    public async Task Broken_json_template_is_ACCEL000_at_the_error()
    {
        const string broken = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "resources": [
                { "type": "Microsoft.Network/networkInterfaces", }
              }
            }
            """;
        var diagnostics = await Run([At("ACCEL000", DiagnosticSeverity.Error, "broken.json", 5, 3)], File("broken.json", broken));
        var diagnostic = Single(diagnostics, "ACCEL000");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(Root + "/broken.json", span.Path);
        Assert.Equal(4, span.StartLinePosition.Line);
        Assert.Single(diagnostics);
    }

    [Fact]
    public async Task Broken_bicep_is_ACCEL000_at_the_error()
    {
        string broken = Bicep.Replace("enableAcceleratedNetworking: true", "enableAcceleratedNetworking:");
        var diagnostics = await Run([At("ACCEL000", DiagnosticSeverity.Error, "main.bicep", 7, 33)], File("main.bicep", broken));
        var diagnostic = Single(diagnostics, "ACCEL000");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(Root + "/main.bicep", span.Path);
        Assert.Equal(6, span.StartLinePosition.Line);
        Assert.DoesNotContain(diagnostics, d => d.Id == "ACCEL001");
    }

    /// <summary>Each garbage input with where its ACCEL000 findings start ("line:column", "|" between findings; empty: none).</summary>
    [Theory]
    [InlineData("main.bicep", "resource {{{ ''' @@@ \u0000", "1:10")]
    [InlineData("main.bicep", "", "")]
    [InlineData("main.bicepparam", "using './missing.bicep'\nparam x = ", "1:7|2:11")]
    [InlineData("azuredeploy.json", "{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\", \"resources\": [ [ [ [ ", "1:117")]
    [InlineData("azuredeploy.json", "{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\", \"resources\": \"[concat(\" }", "")]
    public async Task Garbage_never_throws(string name, string text, string findings)
    {
        var expected = findings.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => At("ACCEL000", DiagnosticSeverity.Error, name, int.Parse(f.Split(':')[0]), int.Parse(f.Split(':')[1])))
            .ToArray();
        var diagnostics = await Run(expected, File(name, text));
        Assert.All(diagnostics, d => Assert.Equal("ACCEL000", d.Id));
    }

    [Fact]
    public async Task Deep_nesting_is_a_finding_not_a_crash()
    {
        string deep = "{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\", \"resources\": " + new string('[', 10_000) + new string(']', 10_000) + " }";
        var diagnostics = await Run([At("ACCEL000", DiagnosticSeverity.Error, "deep.json", 1, 365)], File("deep.json", deep));
        Assert.All(diagnostics, d => Assert.Equal("ACCEL000", d.Id));
    }

    [Fact]
    public async Task Unreadable_additional_file_does_not_throw()
    {
        // The framework holds AdditionalFiles as text and cannot model one that cannot be read.
        var diagnostics = await AnalyzerHost.AnalyzeAsync(new InMemoryAdditionalText(Root + "/main.bicep", null));
        Assert.All(diagnostics, d => Assert.Equal("ACCEL000", d.Id));
    }

    [Fact]
    public async Task Broken_accellint_json_is_ACCEL000_on_the_config()
    {
        var diagnostics = await Run(
            [At("ACCEL000", DiagnosticSeverity.Error, "accellint.json", 1, 26), At("ACCEL001", DiagnosticSeverity.Warning, "main.bicep", 7, 5)],
            File("main.bicep", Bicep),
            File("accellint.json", """{ "rules": { "ACCEL001": "loud" } }"""));
        var error = Single(diagnostics, "ACCEL000");
        Assert.Equal(Root + "/accellint.json", error.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(0, 25), error.Location.GetLineSpan().StartLinePosition);
        Assert.Single(diagnostics, d => d.Id == "ACCEL001");
    }

    [Fact]
    public async Task Broken_accellint_json_is_reported_without_templates_too()
    {
        var diagnostics = await Run([At("ACCEL000", DiagnosticSeverity.Error, "accellint.json", 1, 3)], File("accellint.json", """{ "rulez": {} }"""));
        var error = Single(diagnostics, "ACCEL000");
        Assert.Equal(Root + "/accellint.json", error.Location.GetLineSpan().Path);
    }

    [Fact]
    public async Task Other_json_and_other_files_are_ignored()
    {
        var diagnostics = await Run(
            None,
            File("appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information" } } }"""),
            File("package.json", """{ "name": "x", "version": "1.0.0" """),
            File("README.md", "# readme"),
            File("skus.csv", "name,vcpus\n"));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Bicep_disable_next_line_suppresses()
    {
        string suppressed = Bicep.Replace("    enableAcceleratedNetworking: true", "    #disable-next-line ACCEL001\n    enableAcceleratedNetworking: true");
        Assert.Empty(await Run(None, File("main.bicep", suppressed)));
    }

    [Fact]
    public async Task Arm_comment_suppresses()
    {
        string suppressed = Arm.Replace("Standard_D4s_v3", "Standard_B1s").Replace("        \"enableAcceleratedNetworking\": true", "        // accellint-disable-next-line ACCEL001\n        \"enableAcceleratedNetworking\": true");
        Assert.Empty(await Run(None, File("azuredeploy.json", suppressed)));
    }

    [Fact]
    public async Task Each_file_gets_its_own_findings()
    {
        var diagnostics = await Run(
            [At("ACCEL001", DiagnosticSeverity.Warning, "a/main.bicep", 7, 5), At("ACCEL001", DiagnosticSeverity.Warning, "b/azuredeploy.json", 14, 9)],
            File("a/main.bicep", Bicep),
            File("b/azuredeploy.json", Arm.Replace("Standard_D4s_v3", "Standard_B1s")));
        Assert.Equal(2, diagnostics.Length);
        Assert.Single(diagnostics, d => d.Location.GetLineSpan().Path == Root + "/a/main.bicep");
        Assert.Single(diagnostics, d => d.Location.GetLineSpan().Path == Root + "/b/azuredeploy.json");
    }

    [Fact]
    public async Task Compilation_options_set_template_severities_like_any_analyzer()
    {
        var asError = await RunWith(ReportDiagnostic.Error, [At("ACCEL001", DiagnosticSeverity.Error, "main.bicep", 7, 5)]);
        Assert.Equal(DiagnosticSeverity.Error, Single(asError, "ACCEL001").Severity);
        Assert.Empty(await RunWith(ReportDiagnostic.Suppress, None));

        static async Task<ImmutableArray<Diagnostic>> RunWith(ReportDiagnostic report, DiagnosticResult[] expected)
        {
            var test = new AccelLintAnalyzerTest();
            test.TestState.Sources.Add(("Test.cs", "class Empty { }"));
            test.TestState.AdditionalFiles.Add(File("main.bicep", Bicep));
            test.SolutionTransforms.Add((solution, project) => solution.WithProjectCompilationOptions(
                project,
                solution.GetProject(project)!.CompilationOptions!.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["ACCEL001"] = report })));
            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync();
            return test.Diagnostics;
        }
    }

    [Fact]
    public async Task Crlf_line_endings_give_the_same_positions()
    {
        var diagnostic = Single(await Run([At("ACCEL001", DiagnosticSeverity.Warning, "main.bicep", 7, 5)], File("main.bicep", Bicep.Replace("\n", "\r\n"))), "ACCEL001");
        AssertAt(diagnostic, Root + "/main.bicep", 7, 5);
    }
}
