using static AccelLint.Core.Tests.Rules.ArmShapes;

namespace AccelLint.Core.Tests.Rules;

/// <summary>ACCEL004: Accelerated Connections on a NIC without the required tag (fastpathenabled = true).</summary>
public class ACCEL004Tests
{
    private static readonly string[] Only = { "ACCEL004" };

    [Fact]
    public void Nic_resource_without_tags_is_reported_at_auxiliaryMode()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL004*/"), nicTop: string.Empty));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("fastpathenabled", finding.Message);
        Assert.Contains("'nic1'", finding.Message);
    }

    [Fact]
    public void Nic_resource_with_the_tag_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac()));
    }

    [Fact]
    public void Tag_key_and_value_compare_case_insensitively()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac(), nicTop: """ "tags": { "FastPathEnabled": "True" },"""));
    }

    [Fact]
    public void Tag_with_another_value_fires()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL004*/"), nicTop: """ "tags": { "fastpathenabled": "false" },"""));
        Assert.Contains("'false'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Other_tags_without_the_required_one_fire()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL004*/"), nicTop: """ "tags": { "team": "network", "env": "prod" },"""));
        Assert.Contains("missing", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Tag_on_the_vm_does_not_count_for_a_nic_resource()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL004*/"), nicTop: string.Empty, vmTop: Tags));
    }

    [Fact]
    public void Unknown_tags_are_silent()
    {
        Verifier.VerifyArm(NicOnVm(
            "Standard_D4s_v3",
            Ac(),
            nicTop: """ "tags": "[parameters('tags')]",""",
            parameters: """ "tags": { "type": "object" } """));
    }

    [Fact]
    public void Unknown_tag_value_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac(), nicTop: """ "tags": { "fastpathenabled": "[reference('settings').fastpath]" },"""));
    }

    [Fact]
    public void Tag_value_from_allowed_values_with_a_wrong_candidate_fires()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_D4s_v3",
            Ac("/*@ACCEL004*/"),
            nicTop: """ "tags": { "fastpathenabled": "[parameters('fastPath')]" },""",
            parameters: """ "fastPath": { "type": "string", "defaultValue": "true", "allowedValues": [ "true", "false" ] } """));

        Assert.Contains("when parameter 'fastPath' is 'false'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Tags_from_a_parameters_file_are_used()
    {
        Verifier.VerifyArm(
            NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL004*/"), nicTop: """ "tags": "[parameters('tags')]",""", parameters: """ "tags": { "type": "object", "defaultValue": { "fastpathenabled": "true" } } """),
            ParametersFile(""" "tags": { "value": { "owner": "me" } } """));
    }

    [Fact]
    public void Tags_built_with_union_and_createObject_are_evaluated()
    {
        Verifier.VerifyArm(NicOnVm(
            "Standard_D4s_v3",
            Ac(),
            nicTop: """ "tags": "[union(parameters('baseTags'), createObject('fastpathenabled', 'true'))]",""",
            parameters: """ "baseTags": { "type": "object", "defaultValue": { "team": "network" } } """));
    }

    [Fact]
    public void Tier_only_request_is_reported_at_auxiliarySku()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL004*/"auxiliarySku": "A1",""", nicTop: string.Empty), only: Only);
    }

    [Fact]
    public void Floating_mode_without_tags_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "Floating",""", nicTop: string.Empty));
    }

    [Fact]
    public void Vm_embedded_configuration_without_tags_uses_the_vm_tags()
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac(), vmTop: Tags));
    }

    [Fact]
    public void Vm_embedded_configuration_fires_when_neither_it_nor_the_vm_has_the_tag()
    {
        var result = Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac("/*@ACCEL004*/"), vmTop: """ "tags": { "team": "network" },"""));
        Assert.Contains("'cfg1'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Vm_embedded_configuration_with_its_own_tags_ignores_the_vm_tags()
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac("/*@ACCEL004*/"), vmTop: Tags, configTop: """ "tags": { "team": "network" },"""));
    }

    [Fact]
    public void Vm_embedded_configuration_with_its_own_tag_needs_none_on_the_vm()
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac(), vmTop: string.Empty, configTop: Tags));
    }

    [Fact]
    public void Scale_set_configuration_uses_the_scale_set_tags()
    {
        Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", Ac(), top: Tags));
    }

    [Fact]
    public void Scale_set_configuration_without_any_tag_fires()
    {
        Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", Ac("/*@ACCEL004*/"), top: string.Empty));
    }
}
