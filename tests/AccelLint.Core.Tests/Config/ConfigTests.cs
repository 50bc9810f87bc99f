using AccelLint.Config;
using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Text;

namespace AccelLint.Core.Tests.Config;

/// <summary><c>accellint.json</c> (SPEC.md §6): rule levels, Accelerated Connections regions and tags, catalog, errors.</summary>
public class ConfigTests
{
    /// <summary>D4s_v3 without AN: ACCEL011 (info) at the NIC resource.</summary>
    private static readonly string AnOff = Verifier.VmWithNic("\"Standard_D4s_v3\"", string.Empty);

    /// <summary>B1s with AN: ACCEL001 (warning).</summary>
    private static readonly string Unsupported = Verifier.VmWithNic("\"Standard_B1s\"", """/*@ACCEL001*/"enableAcceleratedNetworking": true,""");

    // ---------------------------------------------------------------- rule levels

    [Fact]
    public void Level_none_disables_a_rule()
    {
        var result = Verifier.Verify(new Dictionary<string, string>
        {
            ["accellint.json"] = """{ "rules": { "ACCEL011": "none" } }""",
            ["azuredeploy.json"] = AnOff,
        });

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Level_error_raises_a_rule()
    {
        var result = Verifier.Verify(new Dictionary<string, string>
        {
            ["accellint.json"] = """{ "rules": { "ACCEL001": "error" } }""",
            ["azuredeploy.json"] = Unsupported,
        });

        Assert.Equal(DiagnosticLevel.Error, Assert.Single(result.Findings).Level);
    }

    [Fact]
    public void Levels_can_lower_and_raise_info_and_warning()
    {
        var result = Verifier.Verify(new Dictionary<string, string>
        {
            ["accellint.json"] = """{ "rules": { "ACCEL011": "warning", "accel001": "info" } }""",
            ["a/azuredeploy.json"] = AnOff.Replace("""
                    {
                      "type": "Microsoft.Network/networkInterfaces",
                """, """
                    /*@ACCEL011*/{
                      "type": "Microsoft.Network/networkInterfaces",
                """),
            ["b/azuredeploy.json"] = Unsupported,
        });

        Assert.Equal(DiagnosticLevel.Warning, Assert.Single(result.Findings, f => f.RuleId == "ACCEL011").Level);
        Assert.Equal(DiagnosticLevel.Info, Assert.Single(result.Findings, f => f.RuleId == "ACCEL001").Level);
    }

    [Fact]
    public void Rules_not_named_keep_their_default_level()
    {
        var result = Verifier.Verify(new Dictionary<string, string>
        {
            ["accellint.json"] = """{ "rules": { "ACCEL011": "error" } }""",
            ["azuredeploy.json"] = Unsupported,
        });

        Assert.Equal(DiagnosticLevel.Warning, Assert.Single(result.Findings).Level);
    }

    [Fact]
    public void Nearest_config_walking_up_applies()
    {
        var result = Verifier.Verify(new Dictionary<string, string>
        {
            ["accellint.json"] = """{ "rules": { "ACCEL001": "none" } }""",
            ["deep/er/azuredeploy.json"] = Unsupported.Replace("/*@ACCEL001*/", string.Empty),
            ["other/accellint.json"] = """{ "rules": { "ACCEL001": "error" } }""",
            ["other/azuredeploy.json"] = Unsupported,
        });

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticLevel.Error, finding.Level);
        Assert.Contains("other", finding.Location.File.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_option_applies_to_every_file()
    {
        var result = Verifier.Verify(
            new Dictionary<string, string>
            {
                ["accellint.json"] = """{ "rules": { "ACCEL001": "info" } }""",
                ["settings/strict.json"] = """{ "rules": { "ACCEL001": "error" } }""",
                ["azuredeploy.json"] = Unsupported,
            },
            options: new LintOptions { ConfigFile = "settings/strict.json" });

        Assert.Equal(DiagnosticLevel.Error, Assert.Single(result.Findings).Level);
    }

    // ---------------------------------------------------------------- Accelerated Connections settings

    [Fact]
    public void Regions_replace_the_default_list_and_accept_display_names()
    {
        var result = Verifier.Verify(new Dictionary<string, string>
        {
            ["accellint.json"] = """{ "acceleratedConnections": { "regions": [ "japaneast", "Korea Central" ] } }""",
            ["japan/azuredeploy.json"] = AcNic("japaneast", marker: string.Empty),
            ["korea/azuredeploy.json"] = AcNic("koreacentral", marker: string.Empty),
            ["us/azuredeploy.json"] = AcNic("eastus", marker: "/*@ACCEL003*/"),
        });

        var finding = Assert.Single(result.Findings);
        Assert.Contains("japaneast", finding.Message, StringComparison.Ordinal);
        Assert.Contains("koreacentral", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_tags_replace_the_default_tag()
    {
        var result = Verifier.Verify(new Dictionary<string, string>
        {
            ["accellint.json"] = """{ "acceleratedConnections": { "requiredTags": { "team": "net", "fastpath": "on" } } }""",
            ["default-tag/azuredeploy.json"] = AcNic("eastus", marker: "/*@ACCEL004*/", tags: """{ "fastpathenabled": "true" }"""),
            ["configured/azuredeploy.json"] = AcNic("eastus", marker: string.Empty, tags: """{ "Team": "NET", "fastpath": "On" }"""),
            ["half/azuredeploy.json"] = AcNic("eastus", marker: "/*@ACCEL004*/", tags: """{ "team": "net" }"""),
        });

        Assert.All(result.Findings, f => Assert.Equal("ACCEL004", f.RuleId));
    }

    [Fact]
    public void Loaded_settings_hold_normalised_regions_and_tags()
    {
        var file = new SourceFile("accellint.json", """
            {
              "$schema": "https://example.invalid/accellint.schema.json",
              "rules": { "ACCEL009": "none" },
              "acceleratedConnections": { "regions": [ "East US 2", "uksouth" ], "requiredTags": { "nva": "yes" } }
            }
            """);

        var (settings, errors) = ConfigLoader.Load(file, LintSettings.Default);

        Assert.Empty(errors);
        Assert.Equal(new[] { "eastus2", "uksouth" }, settings.AcceleratedConnectionsRegions.OrderBy(r => r, StringComparer.Ordinal));
        Assert.Equal("nva", Assert.Single(settings.AcceleratedConnectionsRequiredTags).Key);
        Assert.Equal(DiagnosticLevel.None, settings.RuleLevels["ACCEL009"]);
    }

    [Fact]
    public void Catalog_key_extends_the_catalog_relative_to_the_config()
    {
        Verifier.Verify(new Dictionary<string, string>
        {
            ["accellint.json"] = """{ "catalog": "data/sizes.csv" }""",
            ["data/sizes.csv"] = "name,series,vcpus,accelerated_networking,an_required,source\nStandard_Z4s_v9,standardZFamily,4,false,false,test\n",
            ["azuredeploy.json"] = Verifier.VmWithNic("\"Standard_Z4s_v9\"", """/*@ACCEL001*/"enableAcceleratedNetworking": true,"""),
        });
    }

    // ---------------------------------------------------------------- errors

    [Fact]
    public void Unknown_key_is_ACCEL000_at_the_key()
    {
        var result = Verifier.Verify(new Dictionary<string, string>
        {
            ["accellint.json"] = """
                {
                  "rules": { "ACCEL011": "none" },
                  /*@ACCEL000*/"rule": { "ACCEL001": "none" }
                }
                """,
            ["azuredeploy.json"] = Unsupported,
        });

        var error = Assert.Single(result.Findings, f => f.RuleId == "ACCEL000");
        Assert.Equal(DiagnosticLevel.Error, error.Level);
        Assert.Contains("'rule'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_rule_id_is_ACCEL000_at_the_key()
    {
        Verifier.Verify(new Dictionary<string, string>
        {
            ["accellint.json"] = """{ "rules": { /*@ACCEL000*/"ACCEL099": "none" } }""",
            ["azuredeploy.json"] = Unsupported,
        });
    }

    [Fact]
    public void Unknown_level_is_ACCEL000_at_the_level()
    {
        Verifier.Verify(new Dictionary<string, string>
        {
            ["accellint.json"] = """{ "rules": { "ACCEL001": /*@ACCEL000*/"loud" } }""",
            ["azuredeploy.json"] = Unsupported,
        });
    }

    [Fact]
    public void Unknown_key_under_acceleratedConnections_is_ACCEL000_at_the_key()
    {
        Verifier.Verify(new Dictionary<string, string>
        {
            ["accellint.json"] = """
                {
                  "acceleratedConnections": {
                    "regions": [ "eastus" ],
                    /*@ACCEL000*/"tags": { "fastpathenabled": "true" }
                  }
                }
                """,
            ["azuredeploy.json"] = Unsupported,
        });
    }

    [Fact]
    public void Wrongly_shaped_values_are_ACCEL000()
    {
        Verifier.Verify(new Dictionary<string, string>
        {
            ["accellint.json"] = """
                {
                  /*@ACCEL000*/"rules": [ "ACCEL001" ],
                  "acceleratedConnections": { /*@ACCEL000*/"regions": "eastus" }
                }
                """,
            ["azuredeploy.json"] = Unsupported,
        });
    }

    [Fact]
    public void Broken_config_is_ACCEL000_and_linting_goes_on_with_the_defaults()
    {
        Verifier.Verify(new Dictionary<string, string>
        {
            ["accellint.json"] = """
                {
                  "rules": { "ACCEL001": "none" }
                  /*@ACCEL000*/"catalog": "x.csv"
                }
                """,
            ["azuredeploy.json"] = Unsupported,
        });
    }

    [Fact]
    public void Loader_reports_errors_with_their_position()
    {
        const string text = """
            {
              "rules": { "ACCEL001": "never" },
              "colour": "blue"
            }
            """;
        var file = new SourceFile("accellint.json", text);

        var (_, errors) = ConfigLoader.Load(file, LintSettings.Default);

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Location.Span.Start == text.IndexOf("\"never\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location.Span.Start == text.IndexOf("\"colour\"", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal("ACCEL000", e.RuleId));
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>A valid Accelerated Connections NIC on a D8s_v3 VM, with the NIC's location and tags given.</summary>
    private static string AcNic(string location, string marker, string tags = """{ "fastpathenabled": "true" }""") => $$"""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "nic1",
              "location": "{{location}}",
              "tags": {{tags}},
              "properties": {
                "enableAcceleratedNetworking": true,
                {{marker}}"auxiliaryMode": "AcceleratedConnections",
                "auxiliarySku": "A2",
                "ipConfigurations": []
              }
            },
            {
              "type": "Microsoft.Compute/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "vm1",
              "location": "{{location}}",
              "properties": {
                "hardwareProfile": { "vmSize": "Standard_D8s_v3" },
                "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]" } ] }
              }
            }
          ]
        }
        """;
}
