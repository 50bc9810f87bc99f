using AccelLint.Config;
using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Model;
using AccelLint.Text;

using static AccelLint.Core.Tests.Rules.MarkedArmShapes;

namespace AccelLint.Core.Tests.Rules;

/// <summary>ACCEL009 (info): acceleration requested on a known size that the catalog does not list.</summary>
public class ACCEL009Tests
{
    private const string NewSize = "Standard_Z96s_v9";

    [Fact]
    public void Accelerated_networking_on_a_size_missing_from_the_catalog_is_info_at_the_property()
    {
        var result = Verifier.VerifyArm(NicOnVm(NewSize, """ /*@ACCEL009*/"enableAcceleratedNetworking": true,"""));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticLevel.Info, finding.Level);
        Assert.Contains(NewSize, finding.Message);
        Assert.Contains("--catalog", finding.Message);
        Assert.Contains("az vm list-skus", finding.Message);
    }

    [Fact]
    public void Size_in_the_catalog_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true,"""));
    }

    [Fact]
    public void No_acceleration_requested_is_silent()
    {
        Verifier.VerifyArm(NicOnVm(NewSize, """ "enableAcceleratedNetworking": false,"""));
        Verifier.VerifyArm(NicOnVm(NewSize, string.Empty));
    }

    [Fact]
    public void Runtime_size_is_unknown_not_missing()
    {
        Verifier.VerifyArm(NicOnVm("[reference('plan').vmSize]", """ "enableAcceleratedNetworking": true,"""));
    }

    [Fact]
    public void Accelerated_connections_alone_is_reported_at_auxiliaryMode()
    {
        Verifier.VerifyArm(NicOnVm(
            NewSize,
            """ /*@ACCEL005,ACCEL009*/"auxiliaryMode": "AcceleratedConnections", "auxiliarySku": "A2",""",
            nicTop: """ "tags": { "fastpathenabled": "true" },"""));
    }

    [Fact]
    public void Allowed_values_with_a_size_missing_from_the_catalog_fire()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "[parameters('vmSize')]",
            """ /*@ACCEL009*/"enableAcceleratedNetworking": true,""",
            parameters: $$""" "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3", "allowedValues": [ "Standard_D4s_v3", "{{NewSize}}" ] } """));

        Assert.Contains($"when parameter 'vmSize' is '{NewSize}'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Parameters_file_choosing_a_size_missing_from_the_catalog_fires()
    {
        Verifier.VerifyArm(
            NicOnVm("[parameters('vmSize')]", """ /*@ACCEL009*/"enableAcceleratedNetworking": true,""", parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3" } """),
            ParametersFile($$""" "vmSize": { "value": "{{NewSize}}" } """));
    }

    [Fact]
    public void Vm_embedded_configuration_fires()
    {
        Verifier.VerifyArm(VmWithConfig(NewSize, """ /*@ACCEL009*/"enableAcceleratedNetworking": true,"""));
    }

    [Fact]
    public void Scale_set_configuration_fires()
    {
        Verifier.VerifyArm(ScaleSet(NewSize, """ /*@ACCEL009*/"enableAcceleratedNetworking": true,"""));
    }

    [Fact]
    public void Extra_catalog_makes_the_size_known()
    {
        var files = new Dictionary<string, string>
        {
            ["azuredeploy.json"] = NicOnVm(NewSize, """ /*@ACCEL001*/"enableAcceleratedNetworking": true,"""),
            ["sizes.csv"] = $"""
                name,series,vcpus,accelerated_networking,an_required,source
                {NewSize},standardZSv9Family,96,false,false,test
                """,
        };

        Verifier.Verify(files, options: new LintOptions { CatalogFile = "sizes.csv" });
    }

    [Fact]
    public void Site_recovery_size_missing_from_the_catalog_is_reported_at_the_flag()
    {
        const string code = """
            var update = new UpdateReplicationProtectedItemInputProperties { RecoveryAzureVmSize = "Standard_Z96s_v9" };
            var nic = new VmNicInputDetails { EnableAcceleratedNetworkingOnRecovery = true };
            """;
        var file = new SourceFile("Recovery.cs", code);
        SourceRef At(string needle) => new(file, new TextSpan(code.IndexOf(needle, StringComparison.Ordinal), needle.Length));

        var model = new ResourceModel();
        model.SiteRecoveryNics.Add(new SiteRecoveryNic(At("new VmNicInputDetails"))
        {
            RecoveryVmSize = new ModelProperty(new StringValue(NewSize), At("RecoveryAzureVmSize")),
            EnableOnRecovery = new ModelProperty(BoolValue.True, At("EnableAcceleratedNetworkingOnRecovery")),
        });

        var finding = Assert.Single(LintEngine.RunRules(model, LintSettings.Default));
        Assert.Equal("ACCEL009", finding.RuleId);
        Assert.Equal(At("EnableAcceleratedNetworkingOnRecovery"), finding.Location);
    }
}
