using AccelLint.Diagnostics;
using AccelLint.Engine;
using static AccelLint.Core.Tests.Rules.ArmShapes;

namespace AccelLint.Core.Tests.Rules;

/// <summary>
/// ACCEL001, ACCEL002, ACCEL003 and ACCEL006 end their message with the nearest size or region that
/// works, and carry it on the finding (<see cref="Finding.Suggestion"/>) with where the current value
/// is written, for the quick fixes.
/// </summary>
public class SuggestionRuleTests
{
    private const string An = """/*@ACCEL001*/"enableAcceleratedNetworking": true,""";

    [Fact]
    public void Unsupported_size_names_the_nearest_size_that_supports_AN()
    {
        string template = NicOnVm("Standard_B1s", An);
        var finding = Assert.Single(Verifier.VerifyArm(template).Findings);

        Assert.EndsWith("VMSizeIsNotPermittedToEnableAcceleratedNetworking. Nearest size that supports it: 'Standard_B2s_v2'.", finding.Message, StringComparison.Ordinal);
        var suggestion = Assert.IsType<Suggestion>(finding.Suggestion);
        Assert.Equal((Suggestion.Size, "Standard_B1s", "Standard_B2s_v2"), (suggestion.Property, suggestion.Current, suggestion.Replacement));

        // Written in place: the literal itself.
        var at = suggestion.WrittenAt!.Value.ToLocation();
        Assert.Equal(("azuredeploy.json", LineOf(template, "\"vmSize\": \"Standard_B1s\""), ColumnOf(template, "\"Standard_B1s\"")), (Path.GetFileName(at.Path), at.Line, at.Column));
    }

    [Fact]
    public void Size_from_a_parameters_file_is_written_there()
    {
        var template = NicOnVm("[parameters('vmSize')]", An, parameters: """ "vmSize": { "type": "string" } """);
        var parameters = ParametersFile(""" "vmSize": { "value": "Standard_DS1_v2" } """);

        var finding = Assert.Single(Verifier.VerifyArm(template, parameters).Findings);

        Assert.EndsWith("(from parameter 'vmSize' in azuredeploy.parameters.json), which does not support it; the deployment fails with VMSizeIsNotPermittedToEnableAcceleratedNetworking. Nearest size that supports it: 'Standard_DS2_v2'.", finding.Message, StringComparison.Ordinal);
        var at = finding.Suggestion!.WrittenAt!.Value.ToLocation();
        Assert.Equal(("azuredeploy.parameters.json", LineOf(parameters, "Standard_DS1_v2"), ColumnOf(parameters, "\"Standard_DS1_v2\"")), (Path.GetFileName(at.Path), at.Line, at.Column));
    }

    [Fact]
    public void Sentence_comes_after_the_choice_the_finding_depends_on()
    {
        var template = NicOnVm(
            "[parameters('vmSize')]",
            An,
            parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3", "allowedValues": [ "Standard_B1s", "Standard_D4s_v3" ] } """);

        var finding = Assert.Single(Verifier.VerifyArm(template).Findings);

        Assert.EndsWith(". Nearest size that supports it: 'Standard_B2s_v2'.", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'Standard_B1s'", finding.Message, StringComparison.Ordinal);

        // One of the allowed values: not a literal a fix should rewrite.
        Assert.Null(finding.Suggestion!.WrittenAt);
    }

    [Fact]
    public void Nothing_fits_says_nothing_more()
    {
        var finding = Assert.Single(Verifier.VerifyArm(NicOnVm("Standard_A2_v2", An)).Findings);

        Assert.EndsWith("VMSizeIsNotPermittedToEnableAcceleratedNetworking.", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Nearest", finding.Message, StringComparison.Ordinal);
        Assert.Null(finding.Suggestion);
    }

    [Fact]
    public void User_catalog_is_the_one_suggested_from()
    {
        var files = new Dictionary<string, string>
        {
            ["azuredeploy.json"] = NicOnVm("Standard_B1s", An),
            ["sizes.csv"] = """
                name,series,vcpus,accelerated_networking,an_required,source
                Standard_B2s_v2,standardBsv2Family,2,false,false,test
                """,
        };

        var finding = Assert.Single(Verifier.Verify(files, options: new LintOptions { CatalogFile = "sizes.csv" }).Findings);

        Assert.Equal("Standard_B2ls_v2", finding.Suggestion?.Replacement);
        Assert.EndsWith(" Nearest size that supports it: 'Standard_B2ls_v2'.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dv5_size_names_the_next_generation()
    {
        var finding = Assert.Single(Verifier.VerifyArm(NicOnVm("Standard_D8s_v5", Ac("/*@ACCEL002*/"))).Findings);

        Assert.Equal("ACCEL002", finding.RuleId);
        Assert.EndsWith("has size 'Standard_D8s_v5'. Nearest size that supports it: 'Standard_D8s_v6'.", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Standard_D8s_v6", finding.Suggestion?.Replacement);
    }

    [Fact]
    public void Two_vcpu_Dv5_size_names_the_same_size_for_both_rules()
    {
        var findings = Verifier.VerifyArm(NicOnVm("Standard_D2s_v5", Ac("/*@ACCEL002,ACCEL006*/"))).Findings;

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("Standard_D4s_v6", f.Suggestion?.Replacement));
        Assert.All(findings, f => Assert.EndsWith(" Nearest size that supports it: 'Standard_D4s_v6'.", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Too_few_vcpus_names_a_size_with_four()
    {
        var finding = Assert.Single(Verifier.VerifyArm(NicOnVm("Standard_D2s_v3", Ac("/*@ACCEL006*/"))).Findings);

        Assert.EndsWith("and it has 2. Nearest size that supports it: 'Standard_D4s_v3'.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_vcpus_available_suggests_no_size()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D8s_v3", Ac("/*@ACCEL006*/"), hardware: """, "vmSizeProperties": { "vCPUsAvailable": 2 }"""));

        var finding = Assert.Single(result.Findings);
        Assert.Null(finding.Suggestion);
        Assert.DoesNotContain("Nearest", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Region_names_the_nearest_AC_region()
    {
        string template = NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL003*/"), location: "japaneast");
        var finding = Assert.Single(Verifier.VerifyArm(template).Findings);

        Assert.EndsWith(" Nearest region that offers it: 'southeastasia'.", finding.Message, StringComparison.Ordinal);
        var suggestion = Assert.IsType<Suggestion>(finding.Suggestion);
        Assert.Equal((Suggestion.Location, "japaneast", "southeastasia"), (suggestion.Property, suggestion.Current, suggestion.Replacement));
        Assert.Equal(LineOf(template, "\"japaneast\""), suggestion.WrittenAt!.Value.ToLocation().Line);
    }

    [Fact]
    public void Region_without_coordinates_says_nothing_more()
    {
        var finding = Assert.Single(Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL003*/"), location: "moonbase1")).Findings);

        Assert.EndsWith("westus3.", finding.Message, StringComparison.Ordinal);
        Assert.Null(finding.Suggestion);
    }

    private static int LineOf(string text, string part) => Array.FindIndex(text.Split('\n'), l => l.Contains(part, StringComparison.Ordinal)) + 1;

    private static int ColumnOf(string text, string part) => text.Split('\n').First(l => l.Contains(part, StringComparison.Ordinal)).IndexOf(part, StringComparison.Ordinal) + 1;

    [Fact]
    public void Good_sizes_and_regions_are_silent()
    {
        Assert.Empty(Verifier.VerifyArm(NicOnVm("Standard_B2s_v2", """ "enableAcceleratedNetworking": true,""")).Findings);
        Assert.Empty(Verifier.VerifyArm(NicOnVm("Standard_D8s_v6", Ac())).Findings);
    }
}
