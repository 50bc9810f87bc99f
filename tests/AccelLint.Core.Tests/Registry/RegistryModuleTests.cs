using AccelLint.Engine;
using static AccelLint.Core.Tests.BicepSemantics.BicepTest;

namespace AccelLint.Core.Tests.Registry;

/// <summary>
/// Registry and template-spec modules (SPEC.md §4): read from the Bicep cache that the nearest
/// bicepconfig.json names, evaluated with the caller's values, outputs back to the caller, findings
/// inside reported at the caller; not restored: ACCEL014 at the module path string.
/// </summary>
public class RegistryModuleTests
{
    /// <summary>A NIC module as the Bicep compiler writes it: name and AN flag as parameters (AN on by default), its id as an output.</summary>
    private const string NicModule = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {
            "name": { "type": "string" },
            "enableAcceleratedNetworking": { "type": "bool", "defaultValue": true },
            "location": { "type": "string", "defaultValue": "eastus" }
          },
          "resources": [
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "[parameters('name')]",
              "location": "[parameters('location')]",
              "properties": {
                "enableAcceleratedNetworking": "[parameters('enableAcceleratedNetworking')]",
                "ipConfigurations": []
              }
            }
          ],
          "outputs": {
            "resourceId": { "type": "string", "value": "[resourceId('Microsoft.Network/networkInterfaces', parameters('name'))]" }
          }
        }
        """;

    private const string NicFolder = "br/mcr.microsoft.com/bicep$test$nic/1.0.0$";

    private static string Caller(string moduleLine, string parameters) => $$"""
        {{moduleLine}} = {
          name: 'nic'
          params: {
            name: 'nic1'
        {{parameters}}
          }
        }

        resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
          name: 'vm1'
          location: 'eastus'
          properties: {
            hardwareProfile: { vmSize: 'Standard_B1s' }
            networkProfile: { networkInterfaces: [ { id: nic.outputs.resourceId } ] }
          }
        }
        """;

    [Fact]
    public void A_finding_inside_a_restored_module_is_reported_at_the_callers_argument_that_causes_it()
    {
        string main = Caller("module nic 'br/public:test/nic:1.0.0'", "    /*@ACCEL001*/enableAcceleratedNetworking: true");
        var result = Lint(main, cache => cache.Restore(NicFolder, NicModule));

        var finding = Single(result, "ACCEL001");
        Assert.Contains("module 'nic' (br/public:test/nic:1.0.0)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'nic1'", finding.Message, StringComparison.Ordinal);
        Assert.Contains(finding.Related, r => r.Source.File.Path.EndsWith("main.json", StringComparison.Ordinal));
    }

    [Fact]
    public void A_finding_from_a_module_default_is_reported_at_the_module_declaration()
    {
        string main = Caller("module /*@ACCEL001*/nic 'br/public:test/nic:1.0.0'", string.Empty);
        Lint(main, cache => cache.Restore(NicFolder, NicModule));
    }

    [Fact]
    public void A_module_that_is_not_restored_is_ACCEL014_at_its_path_and_nothing_else()
    {
        string main = Caller("module nic /*@ACCEL014*/'br/public:test/nic:1.0.0'", "    enableAcceleratedNetworking: true");
        var result = Lint(main, _ => { });

        var finding = Single(result, "ACCEL014");
        Assert.Contains("'br/public:test/nic:1.0.0'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("bicep restore main.bicep", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_that_deploys_nothing_is_not_reported_when_it_is_not_restored()
    {
        Lint(
            """
            param deploy bool = false

            module skipped 'br/public:test/nic:1.0.0' = if (deploy) {
              name: 'nic'
              params: { name: 'nic1' }
            }

            module none 'br/public:test/nic:1.0.0' = [for name in []: {
              name: name
              params: { name: name }
            }]
            """,
            _ => { });
    }

    [Fact]
    public void A_module_reused_with_a_good_and_a_bad_value_reports_only_for_the_bad_caller()
    {
        const string main = """
            module good 'br/public:test/nic:1.0.0' = {
              name: 'good'
              params: { name: 'good-nic' }
            }

            module /*@ACCEL001*/bad 'br/public:test/nic:1.0.0' = {
              name: 'bad'
              params: { name: 'bad-nic' }
            }

            resource goodVm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'good-vm'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: 'Standard_D4s_v3' }
                networkProfile: { networkInterfaces: [ { id: good.outputs.resourceId } ] }
              }
            }

            resource badVm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'bad-vm'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: 'Standard_B1s' }
                networkProfile: { networkInterfaces: [ { id: bad.outputs.resourceId } ] }
              }
            }
            """;

        // The size is the caller's own (not an argument of the module), so the finding is at the bad module's declaration.
        var result = Lint(main, cache => cache.Restore(NicFolder, NicModule));
        Assert.Contains("'bad-nic'", Single(result, "ACCEL001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_template_specs_and_digests_are_read_from_the_cache()
    {
        const string main = """
            module a /*@ACCEL014*/'br/contoso:network/nic:v2' = {
              name: 'a'
              params: { name: 'a-nic' }
            }

            module b 'ts/specs:nic:1.0' = {
              name: 'b'
              params: {
                name: 'b-nic'
                /*@ACCEL001*/enableAcceleratedNetworking: true
              }
            }

            module c 'br:example.azurecr.io/nic@sha256:e207a69d02b3de40d48ede9fd208d80441a9e590a83a0bc915d46244c03310d4' = {
              name: 'c'
              params: {
                name: 'c-nic'
                /*@ACCEL001*/enableAcceleratedNetworking: true
              }
            }

            resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'vm1'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: 'Standard_B1s' }
                networkProfile: { networkInterfaces: [ { id: a.outputs.resourceId }, { id: b.outputs.resourceId }, { id: c.outputs.resourceId } ] }
              }
            }
            """;
        const string aliases = """
            "moduleAliases": {
                "br": { "contoso": { "registry": "contoso.azurecr.io", "modulePath": "bicep/modules" } },
                "ts": { "specs": { "subscription": "00000000-0000-0000-0000-000000000001", "resourceGroup": "Specs" } }
              }
            """;
        Lint(
            main,
            cache =>
            {
                // A template spec's cache file is the template spec version resource, the template under properties.mainTemplate.
                cache.Restore("ts/00000000-0000-0000-0000-000000000001/specs/nic/1.0", "{ \"id\": \"/subscriptions/x\", \"properties\": { \"mainTemplate\": " + NicModule + " } }");
                cache.Restore("br/example.azurecr.io/nic/sha256#e207a69d02b3de40d48ede9fd208d80441a9e590a83a0bc915d46244c03310d4", NicModule);
            },
            aliases);
    }

    [Fact]
    public void Variables_imported_from_a_restored_module_have_their_values()
    {
        const string sizes = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "languageVersion": "2.0",
              "contentVersion": "1.0.0.0",
              "variables": {
                "smallSize": "Standard_B1s",
                "sizes": { "small": "[variables('smallSize')]" }
              },
              "resources": {}
            }
            """;
        const string main = """
            import { smallSize } from 'br/public:test/sizes:1.0.0'
            import * as catalog from 'br/public:test/sizes:1.0.0'

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'nic1'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }

            resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'vm1'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: smallSize }
                networkProfile: { networkInterfaces: [ { id: nic.id } ] }
              }
            }

            resource nic2 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'nic2'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }

            resource vm2 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'vm2'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: catalog.sizes.small }
                networkProfile: { networkInterfaces: [ { id: nic2.id } ] }
              }
            }
            """;
        Lint(main, cache => cache.Restore("br/mcr.microsoft.com/bicep$test$sizes/1.0.0$", sizes));
    }

    /// <summary>Lints main.bicep in a fresh folder whose bicepconfig.json points at a fresh cache, comparing findings with markers.</summary>
    private static LintResult Lint(string main, Action<RegistryCache> restore, string configProperties = "")
    {
        using var cache = new RegistryCache().WithConfig(configProperties);
        restore(cache);

        // The cache lives in a dot-folder inside the test folder, which linting a folder skips.
        var files = new Dictionary<string, string> { ["main.bicep"] = main };
        return Files(files, root: cache.Root);
    }
}
