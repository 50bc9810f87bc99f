namespace AccelLint.Core.Tests.Arm;

/// <summary>
/// ARM evaluations the compiler oracle (tests/…/Oracle) found to disagree with the Bicep source they
/// were compiled from, each pinned to its rule, file, line and column.
/// </summary>
public class ArmFormAgreementTests
{
    [Fact]
    public void Properties_built_by_an_if_of_createObject_are_reported_at_the_property_holding_the_expression()
    {
        // The compiler writes a conditional object as if(c, createObject(...), createObject(...)); its
        // members have no place of their own, and the finding used to be dropped.
        Verifier.VerifyArm(Template(
            parameters: """ "useAn": { "type": "bool" } """,
            nic: """
                /*@ACCEL001*/"properties": "[if(parameters('useAn'), createObject('enableAcceleratedNetworking', true(), 'ipConfigurations', createArray()), createObject('enableAcceleratedNetworking', true(), 'ipConfigurations', createArray(), 'primary', true()))]"
                """,
            size: "Standard_B1s"));
    }

    [Fact]
    public void Properties_built_by_createObject_are_reported_at_the_property_holding_the_expression()
    {
        Verifier.VerifyArm(Template(
            parameters: string.Empty,
            nic: """
                /*@ACCEL001*/"properties": "[createObject('enableAcceleratedNetworking', true(), 'ipConfigurations', createArray())]"
                """,
            size: "Standard_B1s"));
    }

    [Fact]
    public void A_nested_deployment_parameter_its_caller_leaves_out_takes_its_default_not_its_allowed_values()
    {
        Verifier.VerifyArm(Template(parameters: string.Empty, nic: string.Empty, size: string.Empty, nested: """
            {
              "type": "Microsoft.Resources/deployments",
              "apiVersion": "2022-09-01",
              "name": "inner",
              "properties": {
                "mode": "Incremental",
                "expressionEvaluationOptions": { "scope": "inner" },
                "parameters": {},
                "template": {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "parameters": {
                    "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3", "allowedValues": [ "Standard_D4s_v3", "Standard_B1s" ] }
                  },
                  "resources": [
                    { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2024-05-01", "name": "nic2", "location": "eastus",
                      "properties": { "enableAcceleratedNetworking": true, "ipConfigurations": [] } },
                    { "type": "Microsoft.Compute/virtualMachines", "apiVersion": "2024-07-01", "name": "vm2", "location": "eastus",
                      "properties": { "hardwareProfile": { "vmSize": "[parameters('vmSize')]" },
                        "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic2')]" } ] } } }
                  ]
                }
              }
            }
            """));
    }

    [Fact]
    public void A_deployment_parameter_value_built_by_an_expression_reaches_the_nested_template()
    {
        // The compiler passes a conditional module parameter as if(c, createObject('value', a), createObject('value', b)).
        Verifier.VerifyArm(Template(parameters: """ "env": { "type": "string", "allowedValues": [ "dev", "prod" ] } """, nic: string.Empty, size: string.Empty, nested: """
            {
              "type": "Microsoft.Resources/deployments",
              "apiVersion": "2022-09-01",
              "name": "inner",
              "properties": {
                "mode": "Incremental",
                "expressionEvaluationOptions": { "scope": "inner" },
                "parameters": {
                  "vmSize": "[if(equals(parameters('env'), 'prod'), createObject('value', 'Standard_D4s_v3'), createObject('value', 'Standard_B1s'))]"
                },
                "template": {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "parameters": { "vmSize": { "type": "string" } },
                  "resources": [
                    { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2024-05-01", "name": "nic2", "location": "eastus",
                      "properties": { /*@ACCEL001*/"enableAcceleratedNetworking": true, "ipConfigurations": [] } },
                    { "type": "Microsoft.Compute/virtualMachines", "apiVersion": "2024-07-01", "name": "vm2", "location": "eastus",
                      "properties": { "hardwareProfile": { "vmSize": "[parameters('vmSize')]" },
                        "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic2')]" } ] } } }
                  ]
                }
              }
            }
            """));
    }

    [Fact]
    public void A_copy_count_choice_gives_each_index_the_arrays_that_reach_it()
    {
        // range(0, count)[copyIndex()] at index 1 is 1 (only count = 2 reaches it), so NIC 'nic-1' and
        // VM 'vm-1' link; before, the name was unknown there.
        Verifier.VerifyArm("""
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "parameters": { "count": { "type": "int", "defaultValue": 1, "allowedValues": [ 1, 2 ] } },
              "resources": [
                { "copy": { "name": "nics", "count": "[length(range(0, parameters('count')))]" },
                  "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2024-05-01",
                  "name": "[format('nic-{0}', range(0, parameters('count'))[copyIndex()])]", "location": "eastus",
                  "properties": { /*@ACCEL001*/"enableAcceleratedNetworking": true, "ipConfigurations": [] } },
                { "copy": { "name": "vms", "count": "[length(range(0, parameters('count')))]" },
                  "type": "Microsoft.Compute/virtualMachines", "apiVersion": "2024-07-01",
                  "name": "[format('vm-{0}', range(0, parameters('count'))[copyIndex()])]", "location": "eastus",
                  "properties": { "hardwareProfile": { "vmSize": "[if(equals(range(0, parameters('count'))[copyIndex()], 1), 'Standard_B1s', 'Standard_D4s_v3')]" },
                    "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', format('nic-{0}', range(0, parameters('count'))[copyIndex()]))]" } ] } } }
              ]
            }
            """);
    }

    [Fact]
    public void Reference_to_a_resource_of_the_same_template_gives_its_declared_properties()
    {
        // languageVersion 2.0, as the compiler writes nic.properties.enableAcceleratedNetworking.
        Verifier.VerifyArm("""
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "languageVersion": "2.0",
              "contentVersion": "1.0.0.0",
              "resources": {
                "nic": { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2024-05-01", "name": "nic1", "location": "eastus",
                  "properties": { "enableAcceleratedNetworking": true, "ipConfigurations": [] } },
                "nic2": { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2024-05-01", "name": "nic2", "location": "eastus",
                  "tags": "[reference('nic', '2024-05-01', 'full').tags]",
                  "properties": { /*@ACCEL001*/"enableAcceleratedNetworking": "[reference('nic').enableAcceleratedNetworking]", "ipConfigurations": [] } },
                "vm": { "type": "Microsoft.Compute/virtualMachines", "apiVersion": "2024-07-01", "name": "vm1", "location": "eastus",
                  "properties": { "hardwareProfile": { "vmSize": "Standard_D4s_v3" },
                    "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]" } ] } } },
                "vm2": { "type": "Microsoft.Compute/virtualMachines", "apiVersion": "2024-07-01", "name": "vm2", "location": "eastus",
                  "properties": { "hardwareProfile": { "vmSize": "Standard_B1s" },
                    "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic2')]" } ] } } }
              }
            }
            """);
    }

    [Fact]
    public void Reference_by_id_with_full_gives_declared_tags_and_leaves_runtime_state_unknown()
    {
        // nic2 takes nic1's tags (no fastpathenabled: ACCEL004) and nic1's provisioningState, which is
        // runtime state: unknown, so its auxiliarySku (from it) is not a tier.
        Verifier.VerifyArm("""
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "resources": [
                { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2024-05-01", "name": "nic1", "location": "eastus",
                  "tags": { "env": "test" },
                  "properties": { "enableAcceleratedNetworking": true, "ipConfigurations": [] } },
                { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2024-05-01", "name": "nic2", "location": "eastus",
                  "tags": "[reference(resourceId('Microsoft.Network/networkInterfaces', 'nic1'), '2024-05-01', 'full').tags]",
                  "properties": { "enableAcceleratedNetworking": true, /*@ACCEL004*/"auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "A2",
                    "ipConfigurations": [] } },
                { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2024-05-01", "name": "nic3", "location": "eastus",
                  "properties": { "enableAcceleratedNetworking": true, "auxiliarySku": "[reference(resourceId('Microsoft.Network/networkInterfaces', 'nic1'), '2024-05-01').provisioningState]",
                    "ipConfigurations": [] } }
              ]
            }
            """);
    }

    [Fact]
    public void A_vm_links_to_its_nic_by_the_same_name_expression_when_the_name_is_unknown()
    {
        // As the compiler writes a module linted on its own: parameters('name') has no value.
        Verifier.VerifyArm("""
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "parameters": { "name": { "type": "string" } },
              "resources": [
                { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2024-05-01", "name": "[format('{0}-nic', parameters('name'))]", "location": "eastus",
                  "properties": { /*@ACCEL001*/"enableAcceleratedNetworking": true, "ipConfigurations": [] } },
                { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2024-05-01", "name": "[format('{0}-other', parameters('name'))]", "location": "eastus",
                  "properties": { "enableAcceleratedNetworking": true, "ipConfigurations": [] } },
                { "type": "Microsoft.Compute/virtualMachines", "apiVersion": "2024-07-01", "name": "[parameters('name')]", "location": "eastus",
                  "properties": { "hardwareProfile": { "vmSize": "Standard_B1s" },
                    "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', format('{0}-nic', parameters('name')))]" } ] } } }
              ]
            }
            """);
    }

    [Fact]
    public void Reference_to_a_resource_whose_name_is_unknown_finds_it_by_the_same_name_expression()
    {
        Verifier.VerifyArm("""
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "parameters": { "name": { "type": "string" } },
              "resources": [
                { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2024-05-01", "name": "[format('{0}-nic', parameters('name'))]", "location": "eastus",
                  "properties": { "enableAcceleratedNetworking": true, "ipConfigurations": [] } },
                { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2024-05-01", "name": "[format('{0}-nic2', parameters('name'))]", "location": "eastus",
                  "properties": { /*@ACCEL001*/"enableAcceleratedNetworking": "[reference(resourceId('Microsoft.Network/networkInterfaces', format('{0}-nic', parameters('name'))), '2024-05-01').enableAcceleratedNetworking]", "ipConfigurations": [] } },
                { "type": "Microsoft.Compute/virtualMachines", "apiVersion": "2024-07-01", "name": "[parameters('name')]", "location": "eastus",
                  "properties": { "hardwareProfile": { "vmSize": "Standard_B1s" },
                    "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', format('{0}-nic2', parameters('name')))]" } ] } } }
              ]
            }
            """);
    }

    /// <summary>A template: NIC 'nic1' (its properties given whole) on VM 'vm1' of <paramref name="size"/>, plus a nested deployment; empty parts are left out.</summary>
    private static string Template(string parameters, string nic, string size, string nested = "")
    {
        var resources = new List<string>();
        if (nic.Length > 0)
        {
            resources.Add($$"""
                { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2024-05-01", "name": "nic1", "location": "eastus",
                  {{nic}} }
                """);
            resources.Add($$"""
                { "type": "Microsoft.Compute/virtualMachines", "apiVersion": "2024-07-01", "name": "vm1", "location": "eastus",
                  "properties": { "hardwareProfile": { "vmSize": "{{size}}" },
                    "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]" } ] } } }
                """);
        }

        if (nested.Length > 0)
        {
            resources.Add(nested);
        }

        return $$"""
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "parameters": { {{parameters}} },
              "resources": [
            {{string.Join(",\n", resources)}}
              ]
            }
            """;
    }
}
