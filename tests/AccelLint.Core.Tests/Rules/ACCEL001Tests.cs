using AccelLint.Config;
using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Model;
using AccelLint.Text;

using static AccelLint.Core.Tests.Rules.ArmShapes;

namespace AccelLint.Core.Tests.Rules;

/// <summary>ACCEL001: accelerated networking requested on a VM size the catalog says does not support it.</summary>
public class ACCEL001Tests
{
    private const string AnTrue = """/*@ACCEL001*/"enableAcceleratedNetworking": true,""";

    // ---------------------------------------------------------------- NIC resource linked to a VM

    [Fact]
    public void Nic_resource_on_unsupported_size_is_reported_at_enableAcceleratedNetworking()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_B1s", AnTrue));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticLevel.Warning, finding.Level);
        Assert.Contains("'nic1'", finding.Message);
        Assert.Contains("Standard_B1s", finding.Message);
        Assert.Contains("VMSizeIsNotPermittedToEnableAcceleratedNetworking", finding.Message);
        Assert.DoesNotContain("ForVmss", finding.Message);
    }

    [Theory]
    [InlineData("Standard_D4s_v3")]
    [InlineData("Standard_D2s_v3")] // 2 vCPUs, hyperthreaded: the catalog (not the old 4-vCPU rule) says it supports AN
    [InlineData("Standard_F2s_v2")]
    [InlineData("Standard_D4s_v5")]
    [InlineData("Standard_D4ls_v5")]
    public void Supported_size_is_silent(string size)
    {
        Verifier.VerifyArm(NicOnVm(size, """ "enableAcceleratedNetworking": true,"""));
    }

    [Theory]
    [InlineData("Standard_B1s")]
    [InlineData("Standard_B1ms")]
    [InlineData("Standard_DS1_v2")]
    [InlineData("Standard_A2_v2")]
    [InlineData("Standard_F1")]
    public void Every_unsupported_size_fires(string size)
    {
        Verifier.VerifyArm(NicOnVm(size, AnTrue));
    }

    [Fact]
    public void Size_names_compare_case_insensitively()
    {
        Verifier.VerifyArm(NicOnVm("standard_b1S", AnTrue));
    }

    [Fact]
    public void Accelerated_networking_false_on_unsupported_size_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_B1s", """ "enableAcceleratedNetworking": false,"""));
    }

    [Fact]
    public void Accelerated_networking_absent_on_unsupported_size_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_B1s", string.Empty));
    }

    [Theory]
    [InlineData("[reference('sizeSource').vmSize]")]
    [InlineData("[parameters('noDefault')]")]
    [InlineData("[concat('Standard_', uniqueString(resourceGroup().id))]")]
    public void Unknown_size_never_fires(string size)
    {
        Verifier.VerifyArm(NicOnVm(size, """ "enableAcceleratedNetworking": true,""", parameters: """ "noDefault": { "type": "string" } """));
    }

    [Fact]
    public void Unknown_accelerated_networking_value_never_fires()
    {
        Verifier.VerifyArm(NicOnVm("Standard_B1s", """ "enableAcceleratedNetworking": "[reference('settings').an]","""));
    }

    [Fact]
    public void Accelerated_networking_that_may_be_true_fires()
    {
        // if() over an unknown condition is both arms: {true, false}.
        Verifier.VerifyArm(NicOnVm("Standard_B1s", """/*@ACCEL001*/"enableAcceleratedNetworking": "[if(equals(reference('settings').tier, 'fast'), true(), false())]","""));
    }

    [Fact]
    public void Nic_that_no_vm_references_is_silent()
    {
        var template = NicOnVm("Standard_B1s", """ "enableAcceleratedNetworking": true,""")
            .Replace("[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]", "[resourceId('Microsoft.Network/networkInterfaces', 'other')]");
        Verifier.VerifyArm(template);
    }

    [Fact]
    public void Nic_linked_by_concatenated_id_fires()
    {
        var template = NicOnVm("Standard_B1s", AnTrue)
            .Replace("[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]", "[concat(resourceGroup().id, '/providers/Microsoft.Network/networkInterfaces/', 'nic1')]");
        Verifier.VerifyArm(template);
    }

    // ---------------------------------------------------------------- candidate sets and parameters

    [Fact]
    public void Allowed_values_with_one_unsupported_size_fire_even_when_the_default_is_fine()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "[parameters('vmSize')]",
            AnTrue,
            parameters: """
                "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3", "allowedValues": [ "Standard_D4s_v3", "Standard_B1s" ] }
                """));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("when parameter 'vmSize' is 'Standard_B1s'", finding.Message);
        Assert.NotEmpty(finding.Related);
    }

    [Fact]
    public void Allowed_values_that_all_support_accelerated_networking_are_silent()
    {
        Verifier.VerifyArm(NicOnVm(
            "[parameters('vmSize')]",
            """ "enableAcceleratedNetworking": true,""",
            parameters: """
                "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3", "allowedValues": [ "Standard_D4s_v3", "Standard_D8s_v3", "Standard_D2s_v3" ] }
                """));
    }

    [Fact]
    public void Unsupported_default_value_fires_and_names_the_parameter()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "[parameters('vmSize')]",
            AnTrue,
            parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_B1s" } """));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("parameter 'vmSize'", finding.Message);
    }

    [Fact]
    public void Parameters_file_value_overrides_a_good_default()
    {
        var result = Verifier.VerifyArm(
            NicOnVm("[parameters('vmSize')]", AnTrue, parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3" } """),
            ParametersFile(""" "vmSize": { "value": "Standard_B1s" } """));

        var finding = Assert.Single(result.Findings);
        Assert.EndsWith("azuredeploy.json", finding.Location.File.Path);
        Assert.Contains(finding.Related, r => r.Source.File.Path.EndsWith("azuredeploy.parameters.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Parameters_file_value_overrides_a_bad_default_and_the_template_is_not_linted_on_its_defaults()
    {
        Verifier.VerifyArm(
            NicOnVm("[parameters('vmSize')]", """ "enableAcceleratedNetworking": true,""", parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_B1s" } """),
            ParametersFile(""" "vmSize": { "value": "Standard_D4s_v3" } """));
    }

    [Fact]
    public void Parameters_file_value_overrides_allowed_values()
    {
        Verifier.VerifyArm(
            NicOnVm(
                "[parameters('vmSize')]",
                """ "enableAcceleratedNetworking": true,""",
                parameters: """ "vmSize": { "type": "string", "allowedValues": [ "Standard_D4s_v3", "Standard_B1s" ] } """),
            ParametersFile(""" "vmSize": { "value": "Standard_D4s_v3" } """));
    }

    [Fact]
    public void Size_from_a_variable_fires()
    {
        var template = NicOnVm("[variables('size')]", AnTrue).Replace("\"resources\":", "\"variables\": { \"size\": \"Standard_B1s\" },\n  \"resources\":");
        Verifier.VerifyArm(template);
    }

    // ---------------------------------------------------------------- a NIC on several VMs, several NICs on a VM

    [Fact]
    public void Nic_reached_from_several_vms_is_checked_against_each()
    {
        var template = Template($$"""
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "shared",
              "location": "eastus",
              "properties": { {{AnTrue}} "ipConfigurations": [] }
            },
            {{Vm("good", "Standard_D4s_v3", "shared")}},
            {{Vm("bad", "Standard_B1s", "shared")}}
            """);

        var finding = Assert.Single(Verifier.VerifyArm(template).Findings);
        Assert.Contains("VM 'bad'", finding.Message);
    }

    [Fact]
    public void Only_the_nic_that_requests_accelerated_networking_fires()
    {
        var template = Template($$"""
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "fast",
              "location": "eastus",
              "properties": { {{AnTrue}} "ipConfigurations": [] }
            },
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "slow",
              "location": "eastus",
              "properties": { "enableAcceleratedNetworking": false, "ipConfigurations": [] }
            },
            {{Vm("vm1", "Standard_B1s", "fast", "slow")}}
            """);

        var finding = Assert.Single(Verifier.VerifyArm(template).Findings);
        Assert.Contains("'fast'", finding.Message);
    }

    // ---------------------------------------------------------------- embedded configurations

    [Fact]
    public void Vm_embedded_configuration_on_unsupported_size_fires()
    {
        var result = Verifier.VerifyArm(VmWithConfig("Standard_B1s", AnTrue));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("'cfg1'", finding.Message);
        Assert.Contains("VM 'vm1'", finding.Message);
        Assert.Contains("VMSizeIsNotPermittedToEnableAcceleratedNetworking", finding.Message);
        Assert.DoesNotContain("ForVmss", finding.Message);
    }

    [Fact]
    public void Vm_embedded_configuration_on_supported_size_is_silent()
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", """ "enableAcceleratedNetworking": true,"""));
    }

    [Fact]
    public void Scale_set_on_unsupported_size_fires_with_the_scale_set_error()
    {
        var result = Verifier.VerifyArm(ScaleSet("Standard_B1s", AnTrue));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("scale set 'vmss1'", finding.Message);
        Assert.Contains("VMSizeIsNotPermittedToEnableAcceleratedNetworkingForVmss", finding.Message);
    }

    [Fact]
    public void Scale_set_on_supported_size_is_silent()
    {
        Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", """ "enableAcceleratedNetworking": true,"""));
    }

    [Fact]
    public void Scale_set_size_from_allowed_values_fires()
    {
        var result = Verifier.VerifyArm(ScaleSet(
            "[parameters('skuName')]",
            AnTrue,
            parameters: """ "skuName": { "type": "string", "allowedValues": [ "Standard_D4s_v3", "Standard_DS1_v2" ] } """));

        Assert.Contains("when parameter 'skuName' is 'Standard_DS1_v2'", Assert.Single(result.Findings).Message);
    }

    // ---------------------------------------------------------------- Site Recovery (C# only: a model built by hand)

    [Fact]
    public void Site_recovery_flag_on_unsupported_recovery_size_is_reported_at_the_flag()
    {
        var code = new RecoveryCode();
        var nic = code.Nic("Standard_B1s", onRecovery: true, onTfo: null);

        var finding = Assert.Single(Run(nic), f => f.RuleId == "ACCEL001");
        Assert.Equal(code.At("EnableAcceleratedNetworkingOnRecovery"), finding.Location);
        Assert.Contains("Standard_B1s", finding.Message);
        Assert.Contains("VMSizeIsNotPermittedToEnableAcceleratedNetworking", finding.Message);
    }

    [Fact]
    public void Site_recovery_test_failover_flag_is_reported_at_its_own_flag()
    {
        var code = new RecoveryCode();
        var nic = code.Nic("Standard_B1s", onRecovery: true, onTfo: true);

        var locations = Run(nic).Where(f => f.RuleId == "ACCEL001").Select(f => f.Location).ToList();
        Assert.Equal(2, locations.Count);
        Assert.Contains(code.At("EnableAcceleratedNetworkingOnRecovery"), locations);
        Assert.Contains(code.At("EnableAcceleratedNetworkingOnTfo"), locations);
    }

    [Fact]
    public void Site_recovery_on_supported_size_is_silent()
    {
        var nic = new RecoveryCode().Nic("Standard_D4s_v3", onRecovery: true, onTfo: true);
        Assert.DoesNotContain(Run(nic), f => f.RuleId == "ACCEL001");
    }

    [Fact]
    public void Site_recovery_flags_false_are_silent()
    {
        var nic = new RecoveryCode().Nic("Standard_B1s", onRecovery: false, onTfo: false);
        Assert.DoesNotContain(Run(nic), f => f.RuleId == "ACCEL001");
    }

    [Fact]
    public void Site_recovery_with_unknown_size_is_silent()
    {
        var code = new RecoveryCode();
        var nic = new SiteRecoveryNic(code.At("new VmNicInputDetails"))
        {
            RecoveryVmSize = new ModelProperty(UnknownValue.Instance, code.At("RecoveryAzureVmSize")),
            EnableOnRecovery = new ModelProperty(BoolValue.True, code.At("EnableAcceleratedNetworkingOnRecovery")),
        };
        Assert.Empty(Run(nic));
    }

    [Fact]
    public void Site_recovery_size_candidate_set_fires_on_the_bad_candidate()
    {
        var code = new RecoveryCode();
        var sizes = OneOfValue.Create(
            new Value[] { new StringValue("Standard_D4s_v3"), new StringValue("Standard_B1s") },
            new Origin("variable 'size'", code.At("RecoveryAzureVmSize"), IsCandidateSet: true));
        var nic = new SiteRecoveryNic(code.At("new VmNicInputDetails"))
        {
            RecoveryVmSize = new ModelProperty(sizes, code.At("RecoveryAzureVmSize")),
            EnableOnRecovery = new ModelProperty(BoolValue.True, code.At("EnableAcceleratedNetworkingOnRecovery")),
        };

        var finding = Assert.Single(Run(nic));
        Assert.Equal("ACCEL001", finding.RuleId);
        Assert.Contains("Standard_B1s", finding.Message);
    }

    // ---------------------------------------------------------------- helpers

    private static IReadOnlyList<Finding> Run(SiteRecoveryNic nic)
    {
        var model = new ResourceModel();
        model.SiteRecoveryNics.Add(nic);
        return LintEngine.RunRules(model, LintSettings.Default);
    }

    /// <summary>C# source the Site Recovery model points into.</summary>
    private sealed class RecoveryCode
    {
        private const string Text = """
            var update = new UpdateReplicationProtectedItemInputProperties { RecoveryAzureVmSize = size };
            var nic = new VmNicInputDetails { NicId = sourceNic.Id, EnableAcceleratedNetworkingOnRecovery = on, EnableAcceleratedNetworkingOnTfo = tfo };
            """;

        private readonly SourceFile file = new("Recovery.cs", Text);

        public SourceRef At(string needle) => new(file, new TextSpan(Text.IndexOf(needle, StringComparison.Ordinal), needle.Length));

        public SiteRecoveryNic Nic(string size, bool? onRecovery, bool? onTfo) => new(At("new VmNicInputDetails"))
        {
            RecoveryVmSize = new ModelProperty(new StringValue(size), At("RecoveryAzureVmSize")),
            EnableOnRecovery = onRecovery is bool r ? new ModelProperty(BoolValue.Of(r), At("EnableAcceleratedNetworkingOnRecovery")) : ModelProperty.Absent,
            EnableOnTfo = onTfo is bool t ? new ModelProperty(BoolValue.Of(t), At("EnableAcceleratedNetworkingOnTfo")) : ModelProperty.Absent,
        };
    }

    private static string ParametersFile(string parameters) => $$"""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { {{parameters}} }
        }
        """;

    private static string Vm(string name, string size, params string[] nics) => $$"""
        {
          "type": "Microsoft.Compute/virtualMachines",
          "apiVersion": "2023-09-01",
          "name": "{{name}}",
          "location": "eastus",
          "properties": {
            "hardwareProfile": { "vmSize": "{{size}}" },
            "networkProfile": {
              "networkInterfaces": [ {{NicReferences(nics)}} ]
            }
          }
        }
        """;

    private static string NicReferences(string[] nics) =>
        string.Join(", ", nics.Select(n => "{ \"id\": \"[resourceId('Microsoft.Network/networkInterfaces', '" + n + "')]\" }"));

    /// <summary>NIC resource 'nic1' referenced by VM 'vm1' of the given size.</summary>
    private static string NicOnVm(string size, string nicProperties, string parameters = "") => Template($$"""
        {
          "type": "Microsoft.Network/networkInterfaces",
          "apiVersion": "2023-09-01",
          "name": "nic1",
          "location": "eastus",
          "properties": {
            {{nicProperties}}
            "ipConfigurations": []
          }
        },
        {{Vm("vm1", size, "nic1")}}
        """, parameters);

    /// <summary>VM 'vm1' with one embedded NIC configuration 'cfg1'.</summary>
    private static string VmWithConfig(string size, string configProperties, string parameters = "") => Template($$"""
        {
          "type": "Microsoft.Compute/virtualMachines",
          "apiVersion": "2023-09-01",
          "name": "vm1",
          "location": "eastus",
          "properties": {
            "hardwareProfile": { "vmSize": "{{size}}" },
            "networkProfile": {
              "networkApiVersion": "2020-11-01",
              "networkInterfaceConfigurations": [
                {
                  "name": "cfg1",
                  "properties": {
                    {{configProperties}}
                    "ipConfigurations": []
                  }
                }
              ]
            }
          }
        }
        """, parameters);

    /// <summary>Scale set 'vmss1' (size in sku.name) with one NIC configuration 'cfg1'.</summary>
    private static string ScaleSet(string size, string configProperties, string parameters = "") => Template($$"""
        {
          "type": "Microsoft.Compute/virtualMachineScaleSets",
          "apiVersion": "2023-09-01",
          "name": "vmss1",
          "location": "eastus",
          "sku": { "name": "{{size}}", "capacity": 2 },
          "properties": {
            "virtualMachineProfile": {
              "networkProfile": {
                "networkInterfaceConfigurations": [
                  {
                    "name": "cfg1",
                    "properties": {
                      {{configProperties}}
                      "ipConfigurations": []
                    }
                  }
                ]
              }
            }
          }
        }
        """, parameters);
}
