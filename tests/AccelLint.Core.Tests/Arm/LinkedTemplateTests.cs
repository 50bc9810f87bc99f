namespace AccelLint.Core.Tests.Arm;

/// <summary>
/// Linked ARM templates (SPEC §4): <c>templateLink.relativePath</c>, and a <c>templateLink.uri</c> built
/// from <c>_artifactsLocation</c> (defaulting to <c>deployment().properties.templateLink.uri</c>), are
/// the local file, evaluated with the parameters passed and not again on its own; other links are
/// ACCEL014.
/// </summary>
public class LinkedTemplateTests
{
    private const string Schema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

    /// <summary>A linked template with a NIC that turns AN on and a VM of the size passed (Standard_D2s_v3 by default).</summary>
    private const string NestedVm = $$"""
        {
          "$schema": "{{Schema}}",
          "contentVersion": "1.0.0.0",
          "parameters": { "vmSize": { "type": "string", "defaultValue": "Standard_D2s_v3" } },
          "resources": [
            { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2023-09-01", "name": "nic", "location": "eastus",
              "properties": { MARK"enableAcceleratedNetworking": true } },
            { "type": "Microsoft.Compute/virtualMachines", "apiVersion": "2023-09-01", "name": "vm", "location": "eastus",
              "properties": { "hardwareProfile": { "vmSize": "[parameters('vmSize')]" },
                "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic')]" } ] } } }
          ]
        }
        """;

    private static string Entry(string link, string vmSize) => $$"""
        {
          "$schema": "{{Schema}}",
          "contentVersion": "1.0.0.0",
          "parameters": {
            "_artifactsLocation": { "type": "string", "defaultValue": "[deployment().properties.templateLink.uri]" },
            "_artifactsLocationSasToken": { "type": "securestring", "defaultValue": "" }
          },
          "resources": [
            {
              "type": "Microsoft.Resources/deployments",
              "apiVersion": "2022-09-01",
              "name": "vmDeployment",
              "properties": {
                "mode": "Incremental",
                "templateLink": { {{link}} },
                "parameters": { "vmSize": { "value": "{{vmSize}}" } }
              }
            }
          ]
        }
        """;

    private static string Nested(bool marked) => NestedVm.Replace("MARK", marked ? "/*@ACCEL001*/" : string.Empty, StringComparison.Ordinal);

    [Fact]
    public void The_artifactsLocation_pattern_links_the_local_file_with_the_values_passed()
    {
        // The issue's case: Standard_B1s passed to nested/vm.json, which turns AN on.
        Verifier.Verify(new Dictionary<string, string>
        {
            ["azuredeploy.json"] = Entry("\"uri\": \"[uri(parameters('_artifactsLocation'), concat('nested/vm.json', parameters('_artifactsLocationSasToken')))]\"", "Standard_B1s"),
            ["nested/vm.json"] = Nested(marked: true),
        });
    }

    [Fact]
    public void A_relative_path_links_the_local_file()
    {
        Verifier.Verify(new Dictionary<string, string>
        {
            ["azuredeploy.json"] = Entry("\"relativePath\": \"nested/vm.json\"", "Standard_B1s"),
            ["nested/vm.json"] = Nested(marked: true),
        });
    }

    [Fact]
    public void The_deployment_uri_itself_links_the_local_file()
    {
        Verifier.Verify(new Dictionary<string, string>
        {
            ["azuredeploy.json"] = Entry("\"uri\": \"[uri(deployment().properties.templateLink.uri, 'nested/vm.json')]\"", "Standard_B1s"),
            ["nested/vm.json"] = Nested(marked: true),
        });
    }

    [Fact]
    public void A_linked_template_is_not_evaluated_again_on_its_own()
    {
        // Passed a size that supports AN: silent, though the linked file's own default would fail.
        Verifier.Verify(new Dictionary<string, string>
        {
            ["azuredeploy.json"] = Entry("\"relativePath\": \"nested/vm.json\"", "Standard_D4s_v3"),
            ["nested/vm.json"] = Nested(marked: false).Replace("Standard_D2s_v3", "Standard_B1s", StringComparison.Ordinal),
        });
    }

    [Fact]
    public void A_remote_link_is_ACCEL014_at_its_uri()
    {
        Verifier.Verify(new Dictionary<string, string>
        {
            ["azuredeploy.json"] = Entry("\"uri\": /*@ACCEL014*/\"https://raw.githubusercontent.com/Azure/azure-quickstart-templates/master/nested/vm.json\"", "Standard_B1s"),
        });
    }

    [Fact]
    public void A_link_to_a_local_file_that_is_missing_is_ACCEL000()
    {
        Verifier.Verify(new Dictionary<string, string>
        {
            ["azuredeploy.json"] = Entry("\"relativePath\": /*@ACCEL000*/\"nested/missing.json\"", "Standard_B1s"),
        });
    }

    [Fact]
    public void A_link_to_a_file_that_is_not_a_template_quotes_nothing_from_it()
    {
        var result = Verifier.Verify(new Dictionary<string, string>
        {
            ["azuredeploy.json"] = Entry("\"relativePath\": /*@ACCEL000*/\"notes.txt\"", "Standard_B1s"),
            ["notes.txt"] = "root:x:0:0:hidden-value\n",
        });
        Assert.Contains("is not an ARM template (it is not valid JSON: line 1)", Assert.Single(result.Findings).Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden-value", Assert.Single(result.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_that_only_link_each_other_are_still_evaluated()
    {
        // No entry reaches the cycle: each file keeps its own run, so nothing goes unchecked.
        string a = Entry("\"relativePath\": \"b.json\"", "Standard_D4s_v3").Replace("vmDeployment", "toB", StringComparison.Ordinal);
        string b = Nested(marked: true).Replace("Standard_D2s_v3", "Standard_B1s", StringComparison.Ordinal)
            .Replace("\"resources\": [", "\"resources\": [ { \"type\": \"Microsoft.Resources/deployments\", \"apiVersion\": \"2022-09-01\", \"name\": \"toA\", \"properties\": { \"mode\": \"Incremental\", \"templateLink\": { \"relativePath\": \"a.json\" } } },", StringComparison.Ordinal);
        Verifier.Verify(new Dictionary<string, string> { ["a.json"] = a, ["b.json"] = b });
    }

    [Fact]
    public void A_link_that_depends_on_a_choice_passes_each_file_the_values_of_its_choice()
    {
        // 'big' links big.json with Standard_D4s_v3, 'small' links small.json with Standard_B1s; the
        // small template does not turn AN on, the big one does: no finding. (Resources of the two
        // files are named apart: which one exists is not modelled, as for a resource 'condition'.)
        string entry = $$"""
            {
              "$schema": "{{Schema}}",
              "contentVersion": "1.0.0.0",
              "parameters": { "tier": { "type": "string", "defaultValue": "big", "allowedValues": [ "big", "small" ] } },
              "variables": { "sizes": { "big": "Standard_D4s_v3", "small": "Standard_B1s" } },
              "resources": [
                { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "vm",
                  "properties": { "mode": "Incremental",
                    "templateLink": { "relativePath": "[concat(parameters('tier'), '.json')]" },
                    "parameters": { "vmSize": { "value": "[variables('sizes')[parameters('tier')]]" } } } }
              ]
            }
            """;
        Verifier.Verify(new Dictionary<string, string>
        {
            ["azuredeploy.json"] = entry,
            ["big.json"] = Nested(marked: false),
            ["small.json"] = Nested(marked: false).Replace("\"enableAcceleratedNetworking\": true", "\"enableAcceleratedNetworking\": false", StringComparison.Ordinal)
                .Replace("'nic'", "'nic-small'", StringComparison.Ordinal).Replace("\"nic\"", "\"nic-small\"", StringComparison.Ordinal).Replace("\"vm\"", "\"vm-small\"", StringComparison.Ordinal),
        });
    }
}
