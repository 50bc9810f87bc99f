using AccelLint.Catalog;
using AccelLint.Engine;

namespace AccelLint.Core.Tests.Arm;

/// <summary>
/// How the ARM front end evaluates templates (SPEC.md §1 and §4). Most tests put the construct under test
/// where the VM size goes: it evaluates to Standard_B1s (no AN: ACCEL001 fires) or Standard_D4s_v3 (AN: silent).
/// </summary>
public class ArmEvaluationTests
{
    private const string Fires = """/*@ACCEL001*/""";

    // ---------------------------------------------------------------- parameters

    [Fact]
    public void Parameter_default_value_is_used_and_is_the_origin()
    {
        var result = Verifier.VerifyArm(SizeTemplate("[parameters('vmSize')]", fires: true, parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_B1s" } """));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("parameter 'vmSize'", finding.Message);
        var related = Assert.Single(finding.Related);
        Assert.Equal("\"Standard_B1s\"", Text(related.Source));
    }

    [Fact]
    public void Allowed_values_are_a_candidate_set_even_when_the_default_is_fine()
    {
        var result = Verifier.VerifyArm(SizeTemplate(
            "[parameters('vmSize')]",
            fires: true,
            parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3", "allowedValues": [ "Standard_D4s_v3", "Standard_B1s", "Standard_D8s_v3" ] } """));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("when parameter 'vmSize' is 'Standard_B1s'", finding.Message);
        Assert.Contains(finding.Related, r => r.Message.Contains("allowed values", StringComparison.Ordinal));
    }

    [Fact]
    public void Parameter_without_default_is_unknown()
    {
        Verifier.VerifyArm(SizeTemplate("[parameters('vmSize')]", fires: false, parameters: """ "vmSize": { "type": "string" } """));
    }

    [Fact]
    public void Parameters_file_beside_the_template_overrides_the_default()
    {
        var result = Verifier.VerifyArm(
            SizeTemplate("[parameters('vmSize')]", fires: true, parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3" } """),
            ParametersFile(""" "vmSize": { "value": "Standard_B1s" } """));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("azuredeploy.parameters.json", finding.Message);
        var related = Assert.Single(finding.Related);
        Assert.EndsWith("azuredeploy.parameters.json", related.Source.File.Path, StringComparison.Ordinal);
        Assert.Equal("\"Standard_B1s\"", Text(related.Source));
    }

    [Fact]
    public void Parameters_the_file_lacks_fall_back_to_the_default()
    {
        Verifier.VerifyArm(
            SizeTemplate("[parameters('vmSize')]", fires: true, parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_B1s" }, "other": { "type": "string" } """),
            ParametersFile(""" "other": { "value": "x" } """));
    }

    [Fact]
    public void Parameters_file_value_wins_over_allowed_values()
    {
        Verifier.VerifyArm(
            SizeTemplate("[parameters('vmSize')]", fires: false, parameters: """ "vmSize": { "type": "string", "allowedValues": [ "Standard_D4s_v3", "Standard_B1s" ] } """),
            ParametersFile(""" "vmSize": { "value": "Standard_D4s_v3" } """));
    }

    [Fact]
    public void Key_vault_reference_in_the_parameters_file_is_unknown()
    {
        Verifier.VerifyArm(
            SizeTemplate("[parameters('vmSize')]", fires: false, parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_B1s" } """),
            ParametersFile("""
                "vmSize": {
                  "reference": {
                    "keyVault": { "id": "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv" },
                    "secretName": "vmSize"
                  }
                }
                """));
    }

    [Fact]
    public void Expression_in_the_parameters_file_is_unknown()
    {
        Verifier.VerifyArm(
            SizeTemplate("[parameters('vmSize')]", fires: false, parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_B1s" } """),
            ParametersFile(""" "vmSize": { "value": "[reference('sizing').vmSize]" } """));
    }

    [Fact]
    public void Default_that_is_a_runtime_value_is_unknown()
    {
        Verifier.VerifyArm(SizeTemplate("[parameters('vmSize')]", fires: false, parameters: """ "vmSize": { "type": "string", "defaultValue": "[reference('sizing').vmSize]" } """));
    }

    [Fact]
    public void Default_value_may_refer_to_another_parameter()
    {
        Verifier.VerifyArm(SizeTemplate(
            "[parameters('vmSize')]",
            fires: true,
            parameters: """ "family": { "type": "string", "defaultValue": "B1s" }, "vmSize": { "type": "string", "defaultValue": "[concat('Standard_', parameters('family'))]" } """));
    }

    [Fact]
    public void Parameters_file_in_another_folder_is_not_paired()
    {
        var files = new Dictionary<string, string>
        {
            ["azuredeploy.json"] = SizeTemplate("[parameters('vmSize')]", fires: true, parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_B1s" } """),
            ["other/azuredeploy.parameters.json"] = ParametersFile(""" "vmSize": { "value": "Standard_D4s_v3" } """),
        };

        Verifier.Verify(files);
    }

    [Fact]
    public void Explicit_parameters_file_pairs_with_the_single_template()
    {
        var files = new Dictionary<string, string>
        {
            ["azuredeploy.json"] = SizeTemplate("[parameters('vmSize')]", fires: true, parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3" } """),
            ["env/production.json"] = ParametersFile(""" "vmSize": { "value": "Standard_B1s" } """),
        };

        Verifier.Verify(files, options: new LintOptions { ParameterFiles = new[] { "env/production.json" } });
    }

    [Fact]
    public void Each_explicit_parameters_file_is_evaluated()
    {
        var files = new Dictionary<string, string>
        {
            ["azuredeploy.json"] = SizeTemplate("[parameters('vmSize')]", fires: true, parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_D8s_v3" } """),
            ["env/prod.json"] = ParametersFile(""" "vmSize": { "value": "Standard_D4s_v3" } """),
            ["env/dev.json"] = ParametersFile(""" "vmSize": { "value": "Standard_B1s" } """),
        };

        var result = Verifier.Verify(files, options: new LintOptions { ParameterFiles = new[] { "env/prod.json", "env/dev.json" } });

        var related = Assert.Single(Assert.Single(result.Findings).Related);
        Assert.EndsWith("dev.json", related.Source.File.Path, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- variables

    [Fact]
    public void Variable_is_evaluated_and_is_the_origin()
    {
        var result = Verifier.VerifyArm(SizeTemplate("[variables('size')]", fires: true, variables: """ "size": "Standard_B1s" """));
        Assert.Contains("variable 'size'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Variables_refer_to_parameters_and_to_other_variables()
    {
        Verifier.VerifyArm(SizeTemplate(
            "[variables('size')]",
            fires: true,
            parameters: """ "family": { "type": "string", "defaultValue": "B1s" } """,
            variables: """ "prefix": "Standard_", "size": "[concat(variables('prefix'), parameters('family'))]" """));
    }

    [Fact]
    public void Object_variable_member_and_array_index_access()
    {
        const string variables = """ "sizes": { "small": "Standard_B1s", "large": "Standard_D4s_v3" }, "list": [ "Standard_D4s_v3", "Standard_B1s" ] """;
        Verifier.VerifyArm(SizeTemplate("[variables('sizes').small]", fires: true, variables: variables));
        Verifier.VerifyArm(SizeTemplate("[variables('sizes')['large']]", fires: false, variables: variables));
        Verifier.VerifyArm(SizeTemplate("[variables('list')[1]]", fires: true, variables: variables));
        Verifier.VerifyArm(SizeTemplate("[variables('list')[0]]", fires: false, variables: variables));
    }

    [Fact]
    public void Copy_variables_are_expanded()
    {
        const string variables = """
            "copy": [
              { "name": "sizes", "count": 3, "input": "[if(equals(copyIndex('sizes'), 2), 'Standard_B1s', 'Standard_D4s_v3')]" }
            ]
            """;
        Verifier.VerifyArm(SizeTemplate("[variables('sizes')[2]]", fires: true, variables: variables));
        Verifier.VerifyArm(SizeTemplate("[variables('sizes')[1]]", fires: false, variables: variables));
        Verifier.VerifyArm(SizeTemplate("[if(equals(length(variables('sizes')), 3), 'Standard_B1s', 'Standard_D4s_v3')]", fires: true, variables: variables));
    }

    [Fact]
    public void Copy_variable_of_objects_with_a_parameter_count()
    {
        const string variables = """
            "copy": [
              { "name": "machines", "count": "[parameters('count')]", "input": { "name": "[concat('vm', copyIndex('machines'))]", "size": "[if(equals(copyIndex('machines'), 1), 'Standard_B1s', 'Standard_D4s_v3')]" } }
            ]
            """;
        Verifier.VerifyArm(SizeTemplate(
            "[variables('machines')[1].size]",
            fires: true,
            parameters: """ "count": { "type": "int", "defaultValue": 2 } """,
            variables: variables));
    }

    [Fact]
    public void Variable_cycle_does_not_crash_and_gives_no_rule_finding()
    {
        var result = Verifier.VerifyArm(
            SizeTemplate("[variables('a')]", fires: false, variables: """ "a": "[variables('b')]", "b": "[variables('a')]" """),
            only: new[] { "ACCEL001", "ACCEL011" });
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "ACCEL001");
    }

    // ---------------------------------------------------------------- functions

    [Theory]
    [InlineData("[concat('Standard_', 'B1s')]", true)]
    [InlineData("[concat('Standard_', 'D4s', '_v3')]", false)]
    [InlineData("[format('Standard_{0}', 'B1s')]", true)]
    [InlineData("[format('{0}_{1}', 'Standard', 'D4s_v3')]", false)]
    [InlineData("[toLower('STANDARD_B1S')]", true)]
    [InlineData("[toUpper('standard_b1s')]", true)]
    [InlineData("[string('Standard_B1s')]", true)]
    [InlineData("[if(equals(reference('sizing').tier, 'small'), 'Standard_B1s', 'Standard_D4s_v3')]", true)] // unknown condition: both arms
    [InlineData("[if(equals(reference('sizing').tier, 'small'), 'Standard_D8s_v3', 'Standard_D4s_v3')]", false)]
    [InlineData("[if(equals(reference('sizing').tier, 'small'), 'Standard_B1s', 'Standard_B1s')]", true)] // a set whose members are equal is known
    [InlineData("[if(equals('a', 'a'), 'Standard_D4s_v3', 'Standard_B1s')]", false)] // known condition: one arm
    [InlineData("[if(equals('a', 'b'), 'Standard_D4s_v3', 'Standard_B1s')]", true)]
    [InlineData("[if(not(equals('a', 'b')), 'Standard_D4s_v3', 'Standard_B1s')]", false)]
    [InlineData("[if(and(true(), equals(1, 2)), 'Standard_D4s_v3', 'Standard_B1s')]", true)]
    [InlineData("[if(or(false(), equals(1, 1)), 'Standard_D4s_v3', 'Standard_B1s')]", false)]
    [InlineData("[if(and(false(), reference('x').flag), 'Standard_B1s', 'Standard_D4s_v3')]", false)] // false decides and()
    [InlineData("[if(or(true(), reference('x').flag), 'Standard_D4s_v3', 'Standard_B1s')]", false)] // true decides or()
    [InlineData("[if(contains('Standard_B1s', 'B1'), 'Standard_B1s', 'Standard_D4s_v3')]", true)]
    [InlineData("[if(contains(createArray('a', 'b'), 'c'), 'Standard_B1s', 'Standard_D4s_v3')]", false)]
    [InlineData("[if(contains(createObject('small', 1), 'small'), 'Standard_B1s', 'Standard_D4s_v3')]", true)]
    [InlineData("[if(empty(''), 'Standard_B1s', 'Standard_D4s_v3')]", true)]
    [InlineData("[if(empty(createArray(1)), 'Standard_B1s', 'Standard_D4s_v3')]", false)]
    [InlineData("[if(equals(length(createArray(1, 2, 3)), 3), 'Standard_B1s', 'Standard_D4s_v3')]", true)]
    [InlineData("[if(equals(length('abc'), 3), 'Standard_B1s', 'Standard_D4s_v3')]", true)]
    [InlineData("[coalesce(null(), 'Standard_B1s')]", true)]
    [InlineData("[coalesce('Standard_D4s_v3', 'Standard_B1s')]", false)]
    [InlineData("[tryGet(createObject('small', 'Standard_B1s'), 'small')]", true)]
    [InlineData("[tryGet(createObject('small', 'Standard_B1s'), 'large')]", false)]
    [InlineData("[createObject('a', 'Standard_B1s').a]", true)]
    [InlineData("[createArray('Standard_D4s_v3', 'Standard_B1s')[1]]", true)]
    [InlineData("[union(createObject('size', 'Standard_D4s_v3'), createObject('size', 'Standard_B1s')).size]", true)] // later keys win
    [InlineData("[union(createObject('size', 'Standard_B1s'), createObject('size', 'Standard_D4s_v3')).size]", false)]
    [InlineData("[union(createArray('Standard_B1s'), createArray('Standard_D4s_v3'))[0]]", true)]
    [InlineData("[split('Standard_D4s_v3,Standard_B1s', ',')[1]]", true)]
    [InlineData("[split('Standard_D4s_v3,Standard_B1s', ',')[0]]", false)]
    [InlineData("[replace('Standard_D4s_v3', 'D4s_v3', 'B1s')]", true)]
    [InlineData("[substring('xxStandard_B1sxx', 2, 12)]", true)]
    [InlineData("[substring('--Standard_B1s', 2)]", true)]
    [InlineData("[first(createArray('Standard_B1s', 'Standard_D4s_v3'))]", true)]
    [InlineData("[last(createArray('Standard_B1s', 'Standard_D4s_v3'))]", false)]
    [InlineData("[last(createArray('Standard_D4s_v3', 'Standard_B1s'))]", true)]
    [InlineData("[reference('sizing').vmSize]", false)] // runtime: unknown
    [InlineData("[uniqueString(resourceGroup().id)]", false)]
    [InlineData("[resourceGroup().location]", false)]
    public void Function_is_evaluated(string size, bool fires)
    {
        Verifier.VerifyArm(SizeTemplate(size, fires));
    }

    [Fact]
    public void Json_function_parses_its_argument()
    {
        Verifier.VerifyArm(SizeTemplate("""[json('{\"size\": \"Standard_B1s\"}').size]""", fires: true));
        Verifier.VerifyArm(SizeTemplate("""[json('[\"Standard_D4s_v3\", \"Standard_B1s\"]')[0]]""", fires: false));
    }

    [Theory]
    [InlineData("[bool('true')]", true)]
    [InlineData("[bool(1)]", true)]
    [InlineData("[bool('false')]", false)]
    [InlineData("[not(false())]", true)]
    [InlineData("[equals(int('4'), 4)]", true)]
    [InlineData("[equals(string(4), '4')]", true)]
    [InlineData("[equals(string(true()), 'True')]", true)]
    [InlineData("[contains(reference('x').features, 'an')]", false)]
    public void Bool_int_and_string_conversions_decide_whether_AN_is_requested(string accelerate, bool fires)
    {
        Verifier.VerifyArm(Template($$"""
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "nic1",
              "location": "eastus",
              "properties": { {{(fires ? Fires : string.Empty)}}"enableAcceleratedNetworking": "{{accelerate}}", "ipConfigurations": [] }
            },
            {{Vm("vm1", "Standard_B1s", "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]")}}
            """));
    }

    [Fact]
    public void Equals_applies_to_each_candidate_so_a_set_that_cannot_match_is_known_false()
    {
        const string size = "[if(equals(parameters('tier'), 'basic'), 'Standard_B1s', 'Standard_D4s_v3')]";
        Verifier.VerifyArm(SizeTemplate(size, fires: false, parameters: """ "tier": { "type": "string", "defaultValue": "standard", "allowedValues": [ "standard", "premium" ] } """));
        Verifier.VerifyArm(SizeTemplate(size, fires: true, parameters: """ "tier": { "type": "string", "defaultValue": "standard", "allowedValues": [ "standard", "basic" ] } """));
    }

    [Fact]
    public void Index_by_a_candidate_set_yields_a_candidate_set()
    {
        Verifier.VerifyArm(SizeTemplate(
            "[variables('sizes')[parameters('tier')]]",
            fires: true,
            parameters: """ "tier": { "type": "string", "defaultValue": "large", "allowedValues": [ "small", "large" ] } """,
            variables: """ "sizes": { "small": "Standard_B1s", "large": "Standard_D4s_v3" } """));
    }

    [Fact]
    public void Escaped_bracket_is_a_literal_not_an_expression()
    {
        // "[[Standard_B1s]" is the text "[Standard_B1s]": a known value, but no size the catalog lists.
        var result = Verifier.VerifyArm(Template($$"""
            {{Nic("nic1", """ /*@ACCEL009*/"enableAcceleratedNetworking": true,""")}},
            {{Vm("vm1", "[[Standard_B1s]", "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]")}}
            """));
        Assert.Contains("'[Standard_B1s]'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Sets_larger_than_64_members_become_unknown()
    {
        var good = VmSizeCatalog.Embedded.Sizes.Where(s => s.AcceleratedNetworking).Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
        string Allowed(int goodCount) => string.Join(", ", good.Take(goodCount).Append("Standard_B1s").Select(n => $"\"{n}\""));

        // 63 good sizes and a bad one: 64 candidates, still a set, so the bad one is reported.
        Verifier.VerifyArm(SizeTemplate("[parameters('vmSize')]", fires: true, parameters: $$""" "vmSize": { "type": "string", "allowedValues": [ {{Allowed(63)}} ] } """));

        // 65 candidates: unknown, so nothing is reported.
        Verifier.VerifyArm(SizeTemplate("[parameters('vmSize')]", fires: false, parameters: $$""" "vmSize": { "type": "string", "allowedValues": [ {{Allowed(64)}} ] } """));
    }

    [Fact]
    public void Union_builds_tags()
    {
        const string variables = """ "common": { "team": "network" }, "fastPath": { "fastpathenabled": "true" } """;
        Verifier.VerifyArm(AcTemplate(tags: "[union(variables('common'), variables('fastPath'))]", fires: false, variables: variables));
        Verifier.VerifyArm(AcTemplate(tags: "[union(variables('common'), createObject('owner', 'me'))]", fires: true, variables: variables));
        Verifier.VerifyArm(AcTemplate(tags: "[createObject('fastpathenabled', string(true()))]", fires: false, variables: variables));
    }

    // ---------------------------------------------------------------- resource ids and linking

    [Theory]
    [InlineData("[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]")]
    [InlineData("[resourceId(resourceGroup().name, 'Microsoft.Network/networkInterfaces', 'nic1')]")]
    [InlineData("[resourceId('other-rg', 'Microsoft.Network/networkInterfaces', 'nic1')]")]
    [InlineData("[concat(resourceGroup().id, '/providers/Microsoft.Network/networkInterfaces/nic1')]")]
    [InlineData("[format('{0}/providers/Microsoft.Network/networkInterfaces/{1}', resourceGroup().id, 'NIC1')]")]
    [InlineData("/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic1")]
    [InlineData("[resourceId(subscription().subscriptionId, resourceGroup().name, 'Microsoft.Network/networkInterfaces', 'nic1')]")]
    [InlineData("Microsoft.Network/networkInterfaces/nic1")]
    public void Vm_links_to_the_nic_by_id(string id)
    {
        Verifier.VerifyArm(Template($$"""
            {{Nic("nic1", Fires)}},
            {{Vm("vm1", "Standard_B1s", id)}}
            """));
    }

    [Fact]
    public void Nic_name_from_a_parameter_links_by_the_same_parameter()
    {
        Verifier.VerifyArm(Template(
            $$"""
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "[parameters('nicName')]",
              "location": "eastus",
              "dependsOn": [],
              "properties": { {{Fires}}"enableAcceleratedNetworking": true, "ipConfigurations": [] }
            },
            {{Vm("vm1", "Standard_B1s", "[resourceId('Microsoft.Network/networkInterfaces', parameters('nicName'))]")}}
            """,
            parameters: """ "nicName": { "type": "string", "defaultValue": "frontend-nic" } """));
    }

    // ---------------------------------------------------------------- copy loops

    [Fact]
    public void Resource_copy_links_each_vm_to_its_own_nic_and_reports_once_per_source_position()
    {
        var result = Verifier.VerifyArm(Template(
            $$"""
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "[concat('nic-', copyIndex())]",
              "location": "eastus",
              "copy": { "name": "nicLoop", "count": 3 },
              "properties": { {{Fires}}"enableAcceleratedNetworking": true, "ipConfigurations": [] }
            },
            {
              "type": "Microsoft.Compute/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "[concat('vm-', copyIndex())]",
              "location": "eastus",
              "copy": { "name": "vmLoop", "count": 3 },
              "dependsOn": [ "[resourceId('Microsoft.Network/networkInterfaces', concat('nic-', copyIndex()))]" ],
              "properties": {
                "hardwareProfile": { "vmSize": "[variables('sizes')[copyIndex()]]" },
                "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', concat('nic-', copyIndex()))]" } ] }
              }
            }
            """,
            variables: """ "sizes": [ "Standard_D4s_v3", "Standard_B1s", "Standard_D8s_v3" ] """));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("'nic-1'", finding.Message);
        Assert.Contains("VM 'vm-1'", finding.Message);
    }

    [Fact]
    public void Resource_copy_where_every_iteration_fails_is_still_one_finding()
    {
        var result = Verifier.VerifyArm(Template(
            $$"""
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "[format('nic-{0}', copyIndex(1))]",
              "location": "eastus",
              "copy": { "name": "nicLoop", "count": "[parameters('count')]" },
              "properties": { {{Fires}}"enableAcceleratedNetworking": true, "ipConfigurations": [] }
            },
            {
              "type": "Microsoft.Compute/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "[format('vm-{0}', copyIndex(1))]",
              "location": "eastus",
              "copy": { "name": "vmLoop", "count": "[parameters('count')]" },
              "properties": {
                "hardwareProfile": { "vmSize": "Standard_B1s" },
                "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', format('nic-{0}', copyIndex('vmLoop', 1)))]" } ] }
              }
            }
            """,
            parameters: """ "count": { "type": "int", "defaultValue": 5 } """));

        Assert.Single(result.Findings);
    }

    [Fact]
    public void Copy_count_from_allowed_values_reaches_every_index_any_of_them_reaches()
    {
        Verifier.VerifyArm(Template(
            $$"""
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "[concat('nic-', copyIndex())]",
              "location": "eastus",
              "copy": { "name": "nicLoop", "count": "[parameters('count')]" },
              "properties": { {{Fires}}"enableAcceleratedNetworking": "[equals(copyIndex(), 2)]", "ipConfigurations": [] }
            },
            {{Vm("vm1", "Standard_B1s", "[resourceId('Microsoft.Network/networkInterfaces', 'nic-2')]")}}
            """,
            parameters: """ "count": { "type": "int", "defaultValue": 1, "allowedValues": [ 1, 3 ] } """));
    }

    [Fact]
    public void Property_copy_builds_the_networkInterfaces_array()
    {
        // Only nic-1 enables AN; the VM reaches it only through the second element the copy builds.
        var result = Verifier.VerifyArm(Template($$"""
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "[concat('nic-', copyIndex())]",
              "location": "eastus",
              "copy": { "name": "nicLoop", "count": 2 },
              "properties": { {{Fires}}"enableAcceleratedNetworking": "[equals(copyIndex(), 1)]", "ipConfigurations": [] }
            },
            {
              "type": "Microsoft.Compute/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "vm1",
              "location": "eastus",
              "properties": {
                "hardwareProfile": { "vmSize": "Standard_B1s" },
                "networkProfile": {
                  "copy": [
                    {
                      "name": "networkInterfaces",
                      "count": 2,
                      "input": {
                        "id": "[resourceId('Microsoft.Network/networkInterfaces', concat('nic-', copyIndex('networkInterfaces')))]",
                        "properties": { "primary": "[equals(copyIndex('networkInterfaces'), 0)]" }
                      }
                    }
                  ]
                }
              }
            }
            """));

        Assert.Contains("'nic-1'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Property_copy_builds_networkInterfaceConfigurations()
    {
        var result = Verifier.VerifyArm(Template($$"""
            {
              "type": "Microsoft.Compute/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "vm1",
              "location": "eastus",
              "properties": {
                "hardwareProfile": { "vmSize": "Standard_B1s" },
                "networkProfile": {
                  "networkApiVersion": "2020-11-01",
                  "copy": [
                    {
                      "name": "networkInterfaceConfigurations",
                      "count": 2,
                      "input": {
                        "name": "[concat('cfg', copyIndex('networkInterfaceConfigurations'))]",
                        "properties": { {{Fires}}"enableAcceleratedNetworking": true, "ipConfigurations": [] }
                      }
                    }
                  ]
                }
              }
            }
            """));

        Assert.Single(result.Findings);
    }

    [Fact]
    public void Property_copy_in_a_scale_set_with_a_per_index_setting()
    {
        Verifier.VerifyArm(Template($$"""
            {
              "type": "Microsoft.Compute/virtualMachineScaleSets",
              "apiVersion": "2023-09-01",
              "name": "vmss1",
              "location": "eastus",
              "sku": { "name": "Standard_D4s_v3", "capacity": 2 },
              "properties": {
                "virtualMachineProfile": {
                  "networkProfile": {
                    "copy": [
                      {
                        "name": "networkInterfaceConfigurations",
                        "count": 2,
                        "input": {
                          "name": "[concat('cfg', copyIndex('networkInterfaceConfigurations'))]",
                          "properties": { "enableAcceleratedNetworking": "[equals(copyIndex('networkInterfaceConfigurations'), 0)]", "ipConfigurations": [] }
                        }
                      }
                    ]
                  }
                }
              }
            }
            """), only: new[] { "ACCEL001" });

        // The second configuration (AN false on a supported size) is ACCEL011, at the input object.
        var template = Template("""
            {
              "type": "Microsoft.Compute/virtualMachineScaleSets",
              "apiVersion": "2023-09-01",
              "name": "vmss1",
              "location": "eastus",
              "sku": { "name": "Standard_D4s_v3", "capacity": 2 },
              "properties": {
                "virtualMachineProfile": {
                  "networkProfile": {
                    "copy": [
                      {
                        "name": "networkInterfaceConfigurations",
                        "count": 2,
                        "input": /*@ACCEL011*/{
                          "name": "[concat('cfg', copyIndex('networkInterfaceConfigurations'))]",
                          "properties": { "enableAcceleratedNetworking": "[equals(copyIndex('networkInterfaceConfigurations'), 0)]", "ipConfigurations": [] }
                        }
                      }
                    ]
                  }
                }
              }
            }
            """);
        Assert.Contains("'cfg1'", Assert.Single(Verifier.VerifyArm(template).Findings).Message);
    }

    // ---------------------------------------------------------------- condition

    [Fact]
    public void Condition_false_skips_the_resource()
    {
        Verifier.VerifyArm(Template($$"""
            {{Nic("nic1", string.Empty)}},
            {{Vm("vm1", "Standard_B1s", "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]", condition: "false")}}
            """));
        Verifier.VerifyArm(Template($$"""
            {{Nic("nic1", string.Empty, condition: "false")}},
            {{Vm("vm1", "Standard_B1s", "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]")}}
            """));
    }

    [Fact]
    public void Condition_known_false_through_a_parameter_skips_the_resource()
    {
        Verifier.VerifyArm(Template(
            $$"""
            {{Nic("nic1", string.Empty)}},
            {{Vm("vm1", "Standard_B1s", "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]", condition: "\"[equals(parameters('deployVm'), 'yes')]\"")}}
            """,
            parameters: """ "deployVm": { "type": "string", "defaultValue": "no" } """));
    }

    [Fact]
    public void Condition_true_from_the_parameters_file_keeps_the_resource()
    {
        Verifier.VerifyArm(
            Template(
                $$"""
                {{Nic("nic1", Fires)}},
                {{Vm("vm1", "Standard_B1s", "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]", condition: "\"[parameters('deployVm')]\"")}}
                """,
                parameters: """ "deployVm": { "type": "bool", "defaultValue": false } """),
            ParametersFile(""" "deployVm": { "value": true } """));
    }

    [Fact]
    public void Unknown_condition_keeps_the_resource()
    {
        Verifier.VerifyArm(Template($$"""
            {{Nic("nic1", Fires)}},
            {{Vm("vm1", "Standard_B1s", "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]", condition: "\"[reference('flags').deployVm]\"")}}
            """));
    }

    // ---------------------------------------------------------------- nested deployments

    [Fact]
    public void Inner_scope_nested_template_receives_the_parameters_passed_to_it()
    {
        var result = Verifier.VerifyArm(Template(
            NestedDeployment(
                scope: "inner",
                parameters: """ "size": { "value": "[parameters('vmSize')]" } """,
                nestedParameters: """ "size": { "type": "string", "defaultValue": "Standard_D4s_v3" } """,
                resources: $$"""
                    {{Nic("nic1", Fires)}},
                    {{Vm("vm1", "[parameters('size')]", "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]")}}
                    """),
            parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_B1s" } """));

        Assert.NotEmpty(Assert.Single(result.Findings).Related);
    }

    [Fact]
    public void Inner_scope_value_passed_in_overrides_a_bad_nested_default()
    {
        Verifier.VerifyArm(Template(NestedDeployment(
            scope: "inner",
            parameters: """ "size": { "value": "Standard_D4s_v3" } """,
            nestedParameters: """ "size": { "type": "string", "defaultValue": "Standard_B1s" } """,
            resources: $$"""
                {{Nic("nic1", """ "enableAcceleratedNetworking": true,""")}},
                {{Vm("vm1", "[parameters('size')]", "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]")}}
                """)));
    }

    [Fact]
    public void Inner_scope_parameter_passed_a_runtime_value_is_unknown()
    {
        Verifier.VerifyArm(Template(NestedDeployment(
            scope: "inner",
            parameters: """ "size": { "value": "[reference('sizing').outputs.size.value]" } """,
            nestedParameters: """ "size": { "type": "string", "defaultValue": "Standard_B1s" } """,
            resources: $$"""
                {{Nic("nic1", """ "enableAcceleratedNetworking": true,""")}},
                {{Vm("vm1", "[parameters('size')]", "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]")}}
                """)));
    }

    [Fact]
    public void A_template_linked_from_a_remote_uri_is_ACCEL014_not_an_error()
    {
        Verifier.VerifyArm(Template("""
            {
              "type": "Microsoft.Resources/deployments",
              "apiVersion": "2022-09-01",
              "name": "linked",
              "properties": {
                "mode": "Incremental",
                "templateLink": { "uri": /*@ACCEL014*/"https://example.invalid/vm.json" },
                "parameters": { "vmSize": { "value": "Standard_B1s" } }
              }
            }
            """));
    }

    [Fact]
    public void Inner_scope_does_not_see_the_outer_parameters()
    {
        // The nested template has its own 'vmSize' without a default: unknown, whatever the outer one is.
        Verifier.VerifyArm(Template(
            NestedDeployment(
                scope: "inner",
                parameters: string.Empty,
                nestedParameters: """ "vmSize": { "type": "string" } """,
                resources: $$"""
                    {{Nic("nic1", """ "enableAcceleratedNetworking": true,""")}},
                    {{Vm("vm1", "[parameters('vmSize')]", "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]")}}
                    """),
            parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_B1s" } """));
    }

    [Fact]
    public void Outer_scope_nested_template_sees_the_parent_parameters_and_variables()
    {
        Verifier.VerifyArm(Template(
            NestedDeployment(
                scope: "outer",
                parameters: string.Empty,
                nestedParameters: string.Empty,
                resources: $$"""
                    {{Nic("[variables('nicName')]", Fires)}},
                    {{Vm("vm1", "[parameters('vmSize')]", "[resourceId('Microsoft.Network/networkInterfaces', variables('nicName'))]")}}
                    """),
            parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_B1s" } """,
            variables: """ "nicName": "nested-nic" """));
    }

    [Fact]
    public void Nic_in_a_nested_deployment_links_to_a_vm_in_the_parent()
    {
        Verifier.VerifyArm(Template($$"""
            {{NestedDeployment(scope: "inner", parameters: string.Empty, nestedParameters: string.Empty, resources: Nic("nic1", Fires))}},
            {{Vm("vm1", "Standard_B1s", "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]")}}
            """));
    }

    [Fact]
    public void Deployment_nested_in_a_deployment()
    {
        string innermost = NestedDeployment(
            scope: "inner",
            parameters: """ "size": { "value": "[parameters('middleSize')]" } """,
            nestedParameters: """ "size": { "type": "string" } """,
            resources: $$"""
                {{Nic("nic1", Fires)}},
                {{Vm("vm1", "[parameters('size')]", "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]")}}
                """);
        Verifier.VerifyArm(Template(NestedDeployment(
            scope: "inner",
            parameters: """ "middleSize": { "value": "Standard_B1s" } """,
            nestedParameters: """ "middleSize": { "type": "string" } """,
            resources: innermost)));
    }

    // ---------------------------------------------------------------- languageVersion 2.0

    [Fact]
    public void Symbolic_resources_link_by_resourceId()
    {
        Verifier.VerifyArm(SymbolicTemplate($$"""
            "nic": {{Nic("nic1", Fires)}},
            "vm": {{Vm("vm1", "Standard_B1s", "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]")}}
            """));
    }

    [Fact]
    public void Symbolic_resources_link_by_resourceInfo()
    {
        Verifier.VerifyArm(SymbolicTemplate($$"""
            "nic": {{Nic("nic1", Fires)}},
            "vm": {{Vm("vm1", "Standard_B1s", "[resourceInfo('nic').id]")}}
            """));
    }

    [Fact]
    public void Symbolic_resources_link_by_reference_id()
    {
        Verifier.VerifyArm(SymbolicTemplate($$"""
            "nic": {{Nic("[format('{0}-nic', 'app')]", Fires)}},
            "vm": {{Vm("vm1", "Standard_B1s", "[reference('nic').id]")}}
            """));
    }

    [Fact]
    public void Symbolic_nic_without_AN_is_reported_at_its_symbolic_name()
    {
        Verifier.VerifyArm(SymbolicTemplate($$"""
            /*@ACCEL011*/"nic": {{Nic("nic1", string.Empty)}},
            "vm": {{Vm("vm1", "Standard_D4s_v3", "[resourceInfo('nic').id]")}}
            """));
    }

    [Fact]
    public void Existing_symbolic_resources_are_not_checked()
    {
        Verifier.VerifyArm(SymbolicTemplate($$"""
            "nic": {
              "existing": true,
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "nic1"
            },
            "vm": {{Vm("vm1", "Standard_D4s_v3", "[resourceInfo('nic').id]")}}
            """));
    }

    // ---------------------------------------------------------------- what ARM's own reader accepts

    [Fact]
    public void Comments_trailing_commas_and_raw_newlines_are_accepted()
    {
        const string template = """
            // A template as people write them.
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "metadata": { "description": "two
            lines" },
              /* block comment */
              "resources": [
                {
                  "type": "Microsoft.Network/networkInterfaces",
                  "apiVersion": "2023-09-01", // trailing comment
                  "name": "nic1",
                  "location": "eastus",
                  "properties": {
                    /*@ACCEL001*/"enableAcceleratedNetworking": true,
                    "ipConfigurations": [],
                  },
                },
                {
                  "type": "Microsoft.Compute/virtualMachines",
                  "apiVersion": "2023-09-01",
                  "name": "vm1",
                  "location": "eastus",
                  "properties": {
                    "hardwareProfile": { "vmSize": "Standard_B1s", },
                    "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]", }, ], },
                  },
                },
              ],
            }
            """;
        Verifier.VerifyArm(template);
    }

    [Fact]
    public void Property_names_and_types_compare_case_insensitively()
    {
        Verifier.VerifyArm(Template("""
            {
              "Type": "microsoft.network/NetworkInterfaces",
              "apiVersion": "2023-09-01",
              "Name": "nic1",
              "location": "eastus",
              "Properties": { /*@ACCEL001*/"EnableAcceleratedNetworking": true, "ipConfigurations": [] }
            },
            {
              "type": "Microsoft.Compute/VirtualMachines",
              "apiVersion": "2023-09-01",
              "name": "vm1",
              "location": "eastus",
              "properties": {
                "HardwareProfile": { "VMSize": "Standard_B1s" },
                "NetworkProfile": { "NetworkInterfaces": [ { "ID": "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]" } ] }
              }
            }
            """));
    }

    // ---------------------------------------------------------------- helpers

    private static string Text(AccelLint.Text.SourceRef source) => source.File.Text.Substring(source.Span.Start, source.Span.Length);

    private static string Template(string resources, string parameters = "", string variables = "") => $$"""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { {{parameters}} },
          "variables": { {{variables}} },
          "resources": [
        {{resources}}
          ]
        }
        """;

    private static string SymbolicTemplate(string resources) => $$"""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "languageVersion": "2.0",
          "contentVersion": "1.0.0.0",
          "resources": {
        {{resources}}
          }
        }
        """;

    private static string ParametersFile(string parameters) => $$"""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { {{parameters}} }
        }
        """;

    /// <summary>A NIC resource; <paramref name="properties"/> is inserted before ipConfigurations (a marker before AN when it must fire).</summary>
    private static string Nic(string name, string properties, string? condition = null)
    {
        if (properties == Fires)
        {
            properties = Fires + "\"enableAcceleratedNetworking\": true,";
        }

        string conditionLine = condition is null ? string.Empty : $"\"condition\": {condition},";
        return $$"""
            {
              {{conditionLine}}
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "{{name}}",
              "location": "eastus",
              "properties": { {{properties}} "ipConfigurations": [] }
            }
            """;
    }

    private static string Vm(string name, string size, string nicId, string? condition = null)
    {
        string conditionLine = condition is null ? string.Empty : $"\"condition\": {condition},";
        return $$"""
            {
              {{conditionLine}}
              "type": "Microsoft.Compute/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "{{name}}",
              "location": "eastus",
              "properties": {
                "hardwareProfile": { "vmSize": "{{size}}" },
                "networkProfile": { "networkInterfaces": [ { "id": "{{nicId}}" } ] }
              }
            }
            """;
    }

    /// <summary>NIC 'nic1' with AN on VM 'vm1' whose vmSize is <paramref name="size"/> (a JSON string's content).</summary>
    private static string SizeTemplate(string size, bool fires, string parameters = "", string variables = "") => Template(
        $$"""
        {{Nic("nic1", fires ? Fires : """ "enableAcceleratedNetworking": true,""")}},
        {{Vm("vm1", size, "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]")}}
        """,
        parameters,
        variables);

    /// <summary>A valid Accelerated Connections NIC on a valid VM; only its tags vary (ACCEL004 when <paramref name="fires"/>).</summary>
    private static string AcTemplate(string tags, bool fires, string variables) => Template(
        $$"""
        {
          "type": "Microsoft.Network/networkInterfaces",
          "apiVersion": "2023-09-01",
          "name": "nic1",
          "location": "eastus",
          "tags": "{{tags}}",
          "properties": {
            "enableAcceleratedNetworking": true,
            {{(fires ? "/*@ACCEL004*/" : string.Empty)}}"auxiliaryMode": "AcceleratedConnections",
            "auxiliarySku": "A4",
            "ipConfigurations": []
          }
        },
        {{Vm("vm1", "Standard_D8s_v3", "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]")}}
        """,
        variables: variables);

    private static string NestedDeployment(string scope, string parameters, string nestedParameters, string resources) => $$"""
        {
          "type": "Microsoft.Resources/deployments",
          "apiVersion": "2022-09-01",
          "name": "nested-{{scope}}",
          "properties": {
            "mode": "Incremental",
            "expressionEvaluationOptions": { "scope": "{{scope}}" },
            "parameters": { {{parameters}} },
            "template": {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "parameters": { {{nestedParameters}} },
              "resources": [
                {{resources}}
              ]
            }
          }
        }
        """;
}
