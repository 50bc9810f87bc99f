using AccelLint.Diagnostics;
using AccelLint.Engine;

namespace AccelLint.Core.Tests.Registry;

/// <summary>
/// The Azure Verified Modules virtual machine (corpus/avm): its NIC comes from the registry module
/// <c>br/public:avm/res/network/network-interface:0.5.3</c>, which turns accelerated networking on by
/// default (<c>nicConfiguration.?enableAcceleratedNetworking ?? true</c>), so <c>Standard_B1s</c> fails.
/// Checked when the modules are in the cache, ACCEL014 when they are not, and the same from ARM JSON.
/// </summary>
public class AvmRegistryModuleTests
{
    private const string VirtualMachine = "avm/res/compute/virtual-machine";
    private const string NetworkInterfaceFolder = "br/mcr.microsoft.com/bicep$avm$res$network$network-interface/0.5.3$";
    private const string VirtualMachineFolder = "br/mcr.microsoft.com/bicep$avm$res$compute$virtual-machine/0.21.0$";

    /// <summary>The caller: the module's required parameters, <c>Standard_B1s</c>, one NIC configuration with default AN.</summary>
    private static string Caller(string modulePath) => $$"""
        param subnetResourceId string = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default'

        module vm '{{modulePath}}' = {
          name: 'app-vm'
          params: {
            name: 'app-vm'
            location: 'eastus'
            vmSize: 'Standard_B1s'
            adminUsername: 'localAdminUser'
            adminPassword: 'not-a-real-password-1!'
            availabilityZone: -1
            osType: 'Linux'
            imageReference: {
              publisher: 'Canonical'
              offer: '0001-com-ubuntu-server-jammy'
              sku: '22_04-lts-gen2'
              version: 'latest'
            }
            osDisk: {
              managedDisk: { storageAccountType: 'Premium_LRS' }
            }
            nicConfigurations: [
              {
                nicSuffix: '-nic-01'
                ipConfigurations: [
                  { name: 'ipconfig01', subnetResourceId: subnetResourceId }
                ]
              }
            ]
          }
        }
        """;

    [Fact]
    public void Local_virtual_machine_module_with_the_registry_network_interface_in_the_cache_gets_ACCEL001()
    {
        if (Avm() is not { } avm)
        {
            return;
        }

        using var cache = new RegistryCache().WithConfig();
        cache.CopyFolder(Path.Combine(avm, VirtualMachine), VirtualMachine);
        cache.Restore(NetworkInterfaceFolder, File.ReadAllText(Path.Combine(avm, "avm/res/network/network-interface/main.json")));
        string main = cache.Write("main.bicep", Caller(VirtualMachine + "/main.bicep"));

        var result = Lint(main);

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.SizeDoesNotSupportAcceleratedNetworking);
        Assert.Contains("'Standard_B1s'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("module 'networkInterface' (br/public:avm/res/network/network-interface:0.5.3)", finding.Message, StringComparison.Ordinal);

        // Reported where the registry module is called (the local nic-configuration module), at the argument that turns AN on.
        var location = finding.Resolve();
        Assert.EndsWith("nic-configuration.bicep", location.Path, StringComparison.Ordinal);
        Assert.StartsWith("enableAcceleratedNetworking:", LineAt(finding).TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.RuleId is RuleIds.InvalidInput or RuleIds.ModuleNotAvailableLocally);
    }

    [Fact]
    public void Local_virtual_machine_module_without_the_registry_network_interface_gets_ACCEL014_naming_it()
    {
        if (Avm() is not { } avm)
        {
            return;
        }

        using var cache = new RegistryCache().WithConfig();
        cache.CopyFolder(Path.Combine(avm, VirtualMachine), VirtualMachine);
        string main = cache.Write("main.bicep", Caller(VirtualMachine + "/main.bicep"));

        var result = Lint(main);

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.ModuleNotAvailableLocally);
        Assert.Contains("'br/public:avm/res/network/network-interface:0.5.3'", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("'br/public:avm/res/network/network-interface:0.5.3'", finding.Location.File.Text.Substring(finding.Location.Span.Start), StringComparison.Ordinal);
        Assert.Equal(DiagnosticLevel.Info, finding.Level);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.SizeDoesNotSupportAcceleratedNetworking);
    }

    [Fact]
    public void Registry_virtual_machine_module_in_the_cache_gets_ACCEL001_at_the_callers_vmSize()
    {
        if (Avm() is not { } avm)
        {
            return;
        }

        using var cache = new RegistryCache().WithConfig();
        cache.Restore(VirtualMachineFolder, File.ReadAllText(Path.Combine(avm, VirtualMachine, "main.json")));
        string main = cache.Write("main.bicep", Caller("br/public:avm/res/compute/virtual-machine:0.21.0"));

        var result = Lint(main);

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.SizeDoesNotSupportAcceleratedNetworking);
        Assert.Equal(main, finding.Location.File.Path);
        Assert.StartsWith("vmSize: 'Standard_B1s'", LineAt(finding).TrimStart(), StringComparison.Ordinal);
        Assert.Contains("module 'vm' (br/public:avm/res/compute/virtual-machine:0.21.0)", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.RuleId is RuleIds.InvalidInput or RuleIds.ModuleNotAvailableLocally);
    }

    [Fact]
    public void Registry_virtual_machine_module_not_in_the_cache_gets_ACCEL014_only()
    {
        using var cache = new RegistryCache().WithConfig();
        string main = cache.Write("main.bicep", Caller("br/public:avm/res/compute/virtual-machine:0.21.0"));

        var result = Lint(main);

        Assert.Equal(new[] { RuleIds.ModuleNotAvailableLocally }, result.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void The_virtual_machine_modules_main_json_with_a_parameters_file_gets_ACCEL001_in_ARM()
    {
        if (Avm() is not { } avm)
        {
            return;
        }

        using var cache = new RegistryCache();
        string template = Path.Combine(cache.Root, "main.json");
        File.Copy(Path.Combine(avm, VirtualMachine, "main.json"), template);
        cache.Write("main.parameters.json", """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
              "contentVersion": "1.0.0.0",
              "parameters": {
                "name": { "value": "app-vm" },
                "location": { "value": "eastus" },
                "vmSize": { "value": "Standard_B1s" },
                "adminUsername": { "value": "localAdminUser" },
                "availabilityZone": { "value": -1 },
                "osType": { "value": "Linux" },
                "imageReference": { "value": { "publisher": "Canonical", "offer": "0001-com-ubuntu-server-jammy", "sku": "22_04-lts-gen2", "version": "latest" } },
                "osDisk": { "value": { "managedDisk": { "storageAccountType": "Premium_LRS" } } },
                "nicConfigurations": { "value": [ { "nicSuffix": "-nic-01", "ipConfigurations": [ { "name": "ipconfig01", "subnetResourceId": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default" } ] } ] }
              }
            }
            """);

        var result = Lint(template);

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.SizeDoesNotSupportAcceleratedNetworking);
        Assert.Contains("'Standard_B1s'", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.InvalidInput);
    }

    private static string? Avm() =>
        CorpusTests.CorpusFolder() is { } corpus && Directory.Exists(Path.Combine(corpus, "avm", "bicep-registry-modules"))
            ? Path.Combine(corpus, "avm", "bicep-registry-modules")
            : null;

    private static LintResult Lint(string path)
    {
        var run = Task.Run(() => LintEngine.Lint(new LintOptions { Paths = new[] { path }, WorkspaceRoots = Oracle.FormComparison.AnyFile }));
        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), "the lint did not finish within 60 seconds");
        return run.Result;
    }

    private static string LineAt(Finding finding)
    {
        var file = finding.Location.File;
        int line = file.GetLinePosition(finding.Location.Span.Start).Line;
        int start = file.LineStarts[line - 1];
        int end = line < file.LineStarts.Length ? file.LineStarts[line] : file.Text.Length;
        return file.Text.Substring(start, end - start);
    }
}
