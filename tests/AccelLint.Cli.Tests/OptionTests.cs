using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Tests;

/// <summary><c>--parameters</c>, <c>--catalog</c>, <c>--config</c> and <c>accellint.json</c>, <c>--baseline</c>, broken inputs and <c>accellint rules</c> (SPEC.md §5, §6).</summary>
[Collection(CliCollection.Name)]
public sealed class OptionTests : IDisposable
{
    /// <summary>A size the embedded catalog does not know.</summary>
    private const string NewSize = "Standard_D4s_v8";

    private const string CsvHeader = "name,series,vcpus,accelerated_networking,an_required,source\n";

    private readonly Workspace workspace = new();

    public void Dispose() => workspace.Dispose();

    /// <summary>The findings of a JSON-format run as <c>file(line,col): level RULE</c>.</summary>
    private static List<string> Findings(CliResult result)
    {
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        return ((JArray)JToken.Parse(result.Stdout))
            .Where(f => !(bool)f["suppressed"]!)
            .Select(f => $"{f["file"]}({f["line"]},{f["column"]}): {f["level"]} {f["ruleId"]}")
            .ToList();
    }

    private static string At(string file, string text, string needle, string what, int occurrence = 1)
    {
        var (line, column) = TextPosition.Of(text, needle, occurrence);
        return $"{file}({line},{column}): {what}";
    }

    // --parameters

    [Fact]
    public void Parameters_pairs_a_differently_named_file_with_the_single_template()
    {
        string template = Templates.VmWithNic("\"[parameters('vmSize')]\"", Templates.EnableAn, """

                "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3" }
            """);
        string parameters = Templates.Parameters("""    "vmSize": { "value": "Standard_B1s" }""");
        workspace.Write("infra/azuredeploy.json", template);
        workspace.Write("infra/prod.settings.json", parameters);

        // Not paired by name: evaluated on its defaults, which are fine.
        Assert.Empty(Findings(workspace.Run("lint", "infra", "--format", "json")));

        foreach (var target in new[] { "infra", "infra/azuredeploy.json" })
        {
            var result = workspace.Run("lint", target, "--parameters", "infra/prod.settings.json", "--format", "json");
            Assert.Equal(new[] { At("infra/azuredeploy.json", template, "\"enableAcceleratedNetworking\"", "warning ACCEL001") }, Findings(result));
            var related = Assert.Single((JArray)JArray.Parse(result.Stdout)[0]["related"]!);
            Assert.Equal("infra/prod.settings.json", (string?)related["file"]);
            Assert.Equal(TextPosition.Of(parameters, "\"Standard_B1s\""), ((int)related["line"]!, (int)related["column"]!));
        }
    }

    [Fact]
    public void A_paired_template_is_not_evaluated_a_second_time_on_its_defaults()
    {
        // The default size is bad, the parameters file's is good: nothing to report.
        string template = Templates.VmWithNic("\"[parameters('vmSize')]\"", Templates.EnableAn, """

                "vmSize": { "type": "string", "defaultValue": "Standard_B1s" }
            """);
        workspace.Write("infra/azuredeploy.json", template);
        workspace.Write("infra/azuredeploy.parameters.json", Templates.Parameters("""    "vmSize": { "value": "Standard_D4s_v3" }"""));
        Assert.Empty(Findings(workspace.Run("lint", "infra", "--format", "json")));

        workspace.Write("other/azuredeploy.json", template);
        workspace.Write("other/dev.json", Templates.Parameters("""    "vmSize": { "value": "Standard_D4s_v3" }"""));
        Assert.Empty(Findings(workspace.Run("lint", "other/azuredeploy.json", "--parameters", "other/dev.json", "--format", "json")));
    }

    [Fact]
    public void A_missing_parameters_file_exits_2()
    {
        workspace.Write("azuredeploy.json", Templates.Clean);
        var result = workspace.Run("lint", "azuredeploy.json", "--parameters", "missing.parameters.json");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("missing.parameters.json", result.Stderr, StringComparison.Ordinal);
    }

    // --catalog

    [Fact]
    public void Catalog_csv_row_decides_an_unknown_size()
    {
        string template = Templates.VmWithNic($"\"{NewSize}\"", Templates.EnableAn);
        workspace.Write("infra/azuredeploy.json", template);
        string at = At("infra/azuredeploy.json", template, "\"enableAcceleratedNetworking\"", string.Empty);

        var unknown = workspace.Run("lint", "infra", "--format", "json");
        Assert.Equal(new[] { at + "info ACCEL009" }, Findings(unknown));
        string message = (string)JArray.Parse(unknown.Stdout)[0]["message"]!;
        Assert.Contains("--catalog", message, StringComparison.Ordinal);
        Assert.Contains("az vm list-skus", message, StringComparison.Ordinal);

        workspace.Write("unsupported.csv", CsvHeader + NewSize + ",standardDSv8Family,4,false,false,test\n");
        Assert.Equal(new[] { at + "warning ACCEL001" }, Findings(workspace.Run("lint", "infra", "--catalog", "unsupported.csv", "--format", "json")));

        workspace.Write("supported.csv", CsvHeader + NewSize + ",standardDSv8Family,4,true,false,test\n");
        Assert.Empty(Findings(workspace.Run("lint", "infra", "--catalog", "supported.csv", "--format", "json")));
    }

    [Fact]
    public void Catalog_csv_row_replaces_an_embedded_row()
    {
        workspace.Write("infra/azuredeploy.json", Templates.UnsupportedSize);
        workspace.Write("b1s.csv", CsvHeader + "standard_b1s,standardBSFamily,1,true,false,pretend\n");
        Assert.Empty(Findings(workspace.Run("lint", "infra", "--catalog", "b1s.csv", "--format", "json")));
    }

    [Fact]
    public void Catalog_accepts_az_vm_list_skus_json()
    {
        string template = Templates.VmWithNic($"\"{NewSize}\"", Templates.EnableAn);
        workspace.Write("infra/azuredeploy.json", template);
        string at = At("infra/azuredeploy.json", template, "\"enableAcceleratedNetworking\"", string.Empty);

        workspace.Write("skus-off.json", Skus("False"));
        Assert.Equal(new[] { at + "warning ACCEL001" }, Findings(workspace.Run("lint", "infra", "--catalog", "skus-off.json", "--format", "json")));

        workspace.Write("skus-on.json", Skus("True"));
        Assert.Empty(Findings(workspace.Run("lint", "infra", "--catalog", "skus-on.json", "--format", "json")));
    }

    [Fact]
    public void Catalog_vcpus_from_az_json_feed_the_vcpu_rule()
    {
        string template = Templates.Template(
            Templates.Nic("nic1", """
                        "enableAcceleratedNetworking": true,
                        "auxiliaryMode": "AcceleratedConnections",
                        "auxiliarySku": "A1",
                """, """

                      "tags": { "fastpathenabled": "true" },
                """),
            Templates.Vm("vm1", $"\"{NewSize}\"", "nic1"));
        workspace.Write("infra/azuredeploy.json", template);
        workspace.Write("skus.json", Skus("True", vcpus: 2));
        Assert.Equal(
            new[] { At("infra/azuredeploy.json", template, "\"auxiliaryMode\"", "warning ACCEL006") },
            Findings(workspace.Run("lint", "infra", "--catalog", "skus.json", "--format", "json")));
    }

    [Fact]
    public void A_catalog_that_is_neither_csv_nor_skus_json_exits_2()
    {
        workspace.Write("infra/azuredeploy.json", Templates.Clean);
        workspace.Write("bad.csv", "size;an\nStandard_B1s;yes\n");
        var result = workspace.Run("lint", "infra", "--catalog", "bad.csv");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    // --config and accellint.json

    [Fact]
    public void Config_file_sets_rule_levels()
    {
        string template = Templates.Template(
            Templates.Nic("nic1", Templates.EnableAn),
            Templates.Vm("vm1", "\"Standard_B1s\"", "nic1"),
            Templates.Nic("nic2", string.Empty),
            Templates.Vm("vm2", "\"Standard_D4s_v3\"", "nic2"));
        workspace.Write("infra/azuredeploy.json", template);
        Assert.Equal(new[] { "warning ACCEL001", "info ACCEL011" }, Findings(workspace.Run("lint", "infra", "--format", "json")).Select(Tail));

        workspace.Write("settings/strict.json", """{ "rules": { "ACCEL001": "error", "ACCEL011": "none" } }""");
        var strict = workspace.Run("lint", "infra", "--config", "settings/strict.json", "--format", "json", "--fail-level", "error");
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(new[] { At("infra/azuredeploy.json", template, "\"enableAcceleratedNetworking\"", "error ACCEL001") }, Findings(strict));

        workspace.Write("settings/relaxed.json", """{ "rules": { "ACCEL001": "info", "ACCEL011": "warning" } }""");
        Assert.Equal(new[] { "info ACCEL001", "warning ACCEL011" }, Findings(workspace.Run("lint", "infra", "--config", "settings/relaxed.json", "--format", "json")).Select(Tail));
    }

    [Fact]
    public void The_nearest_accellint_json_walking_up_applies()
    {
        workspace.Write("repo/accellint.json", """{ "rules": { "ACCEL001": "error" } }""");
        workspace.Write("repo/team-a/accellint.json", """{ "rules": { "ACCEL001": "info" } }""");
        workspace.Write("repo/team-a/infra/vm/azuredeploy.json", Templates.UnsupportedSize);
        workspace.Write("repo/team-b/infra/azuredeploy.json", Templates.UnsupportedSize);
        workspace.Write("elsewhere/azuredeploy.json", Templates.UnsupportedSize);

        var findings = Findings(workspace.Run("lint", "repo", "elsewhere", "--format", "json"));
        Assert.Equal(
            new[]
            {
                "elsewhere/azuredeploy.json warning ACCEL001",
                "repo/team-a/infra/vm/azuredeploy.json info ACCEL001",
                "repo/team-b/infra/azuredeploy.json error ACCEL001",
            },
            findings.Select(f => f.Substring(0, f.IndexOf('(', StringComparison.Ordinal)) + " " + Tail(f)).OrderBy(f => f, StringComparer.Ordinal));
    }

    [Fact]
    public void Config_changes_accelerated_connections_regions_and_tags()
    {
        string template = Templates.Template(
            Templates.Nic("nic1", """
                        "enableAcceleratedNetworking": true,
                        "auxiliaryMode": "AcceleratedConnections",
                        "auxiliarySku": "A1",
                """, """

                      "tags": { "fastpathenabled": "true" },
                """).Replace("\"location\": \"eastus\"", "\"location\": \"Brazil South\"", StringComparison.Ordinal),
            Templates.Vm("vm1", "\"Standard_D4s_v3\"", "nic1"));
        workspace.Write("infra/azuredeploy.json", template);
        string at = At("infra/azuredeploy.json", template, "\"auxiliaryMode\"", string.Empty);
        Assert.Equal(new[] { at + "warning ACCEL003" }, Findings(workspace.Run("lint", "infra", "--format", "json")));

        workspace.Write("infra/accellint.json", """
            {
              "acceleratedConnections": {
                "regions": [ "brazilsouth", "eastus" ],
                "requiredTags": { "fastpathenabled": "true", "team": "network" }
              }
            }
            """);
        Assert.Equal(new[] { at + "warning ACCEL004" }, Findings(workspace.Run("lint", "infra", "--format", "json")));
    }

    [Fact]
    public void Config_catalog_is_read_relative_to_the_config()
    {
        workspace.Write("infra/azuredeploy.json", Templates.VmWithNic($"\"{NewSize}\"", Templates.EnableAn));
        workspace.Write("infra/data/sizes.csv", CsvHeader + NewSize + ",standardDSv8Family,4,false,false,test\n");
        workspace.Write("infra/accellint.json", """{ "catalog": "data/sizes.csv" }""");
        Assert.Equal(new[] { "warning ACCEL001" }, Findings(workspace.Run("lint", "infra", "--format", "json")).Select(Tail));
    }

    [Fact]
    public void An_unknown_config_key_is_an_ACCEL000_finding_in_accellint_json()
    {
        const string config = """
            {
              "rules": { "ACCEL011": "none" },
              "colour": "red"
            }
            """;
        workspace.Write("infra/accellint.json", config);
        workspace.Write("infra/azuredeploy.json", Templates.UnsupportedSize);
        var result = workspace.Run("lint", "infra", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        var findings = Findings(result);
        Assert.Contains(At("infra/accellint.json", config, "\"colour\"", "error ACCEL000"), findings);
        Assert.Contains("warning ACCEL001", findings.Select(Tail));
        Assert.Contains("colour", (string)JArray.Parse(result.Stdout).First(f => (string?)f["ruleId"] == "ACCEL000")["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_level_or_rule_in_config_is_an_ACCEL000_finding_at_its_position()
    {
        const string config = """
            {
              "rules": {
                "ACCEL001": "loud",
                "ACCEL099": "none"
              }
            }
            """;
        workspace.Write("settings.json", config);
        workspace.Write("infra/azuredeploy.json", Templates.Clean);
        var result = workspace.Run("lint", "infra", "--config", "settings.json", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            new[]
            {
                At("settings.json", config, "\"loud\"", "error ACCEL000"),
                At("settings.json", config, "\"ACCEL099\"", "error ACCEL000"),
            },
            Findings(result));
    }

    [Fact]
    public void A_broken_accellint_json_is_an_ACCEL000_finding_and_the_templates_use_the_defaults()
    {
        workspace.Write("infra/accellint.json", "{ \"rules\": { \"ACCEL001\": \"none\" }\n");
        workspace.Write("infra/azuredeploy.json", Templates.UnsupportedSize);
        var result = workspace.Run("lint", "infra", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        var findings = Findings(result);
        Assert.Equal(2, findings.Count);
        Assert.StartsWith("infra/accellint.json(", findings[0], StringComparison.Ordinal);
        Assert.EndsWith("error ACCEL000", findings[0], StringComparison.Ordinal);
        Assert.StartsWith("infra/azuredeploy.json(", findings[1], StringComparison.Ordinal);
        Assert.EndsWith("warning ACCEL001", findings[1], StringComparison.Ordinal);
    }

    // --baseline

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Baseline_hides_known_findings_even_when_lines_move(string format)
    {
        string template = Templates.Template(
            Templates.Nic("nic1", Templates.EnableAn),
            Templates.Vm("vm1", "\"Standard_B1s\"", "nic1"));
        workspace.Write("infra/azuredeploy.json", template);
        var first = workspace.Run("lint", "infra", "--format", format, "--output", "baseline." + format);
        Assert.True(first.ExitCode == 1, first.ToString());

        // Lines move: a comment and a new (good) NIC+VM are inserted above the known finding.
        string moved = template.Replace(
            "  \"resources\": [\n",
            "  \"resources\": [\n    // added later\n" + Templates.Nic("nic0", Templates.EnableAn) + ",\n" + Templates.Vm("vm0", "\"Standard_D4s_v3\"", "nic0") + ",\n",
            StringComparison.Ordinal);
        Assert.NotEqual(TextPosition.Of(template, "\"enableAcceleratedNetworking\""), TextPosition.Of(moved, "\"enableAcceleratedNetworking\"", 2));
        workspace.Write("infra/azuredeploy.json", moved);

        var again = workspace.Run("lint", "infra", "--baseline", "baseline." + format);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.DoesNotContain("ACCEL001", again.Stdout, StringComparison.Ordinal);

        // A new finding is still reported.
        string worse = moved.Replace(Templates.Vm("vm0", "\"Standard_D4s_v3\"", "nic0"), Templates.Vm("vm0", "\"Standard_A1_v2\"", "nic0"), StringComparison.Ordinal);
        workspace.Write("infra/azuredeploy.json", worse);
        var third = workspace.Run("lint", "infra", "--baseline", "baseline." + format, "--format", "json");
        Assert.Equal(new[] { At("infra/azuredeploy.json", worse, "\"enableAcceleratedNetworking\"", "warning ACCEL001") }, Findings(third));
        Assert.Contains("nic0", (string)JArray.Parse(third.Stdout)[0]["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_that_is_not_a_report_exits_2()
    {
        workspace.Write("infra/azuredeploy.json", Templates.UnsupportedSize);
        workspace.Write("baseline.json", "{ \"not\": \"a report\" }");
        var result = workspace.Run("lint", "infra", "--baseline", "baseline.json");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    // Broken input

    [Fact]
    public void A_broken_template_is_an_ACCEL000_finding_and_other_files_are_still_linted()
    {
        const string broken = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "resources": [
                {
                  "type": "Microsoft.Network/networkInterfaces",
                  "name": "nic1",
                  "properties": {
                    "ipConfigurations": [
                      { "name": "ipconfig1" }
                  }
                }
              ]
            }
            """;
        workspace.Write("infra/a-broken/azuredeploy.json", broken);
        workspace.Write("infra/b-good/azuredeploy.json", Templates.UnsupportedSize);
        var result = workspace.Run("lint", "infra", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        var (line, column) = TextPosition.Of(broken, "}\n    }\n  ]", 1);
        Assert.Equal(
            new[] { $"infra/a-broken/azuredeploy.json({line},{column}): error ACCEL000", "warning ACCEL001" },
            Findings(result).Select((f, i) => i == 0 ? f : Tail(f)));
        Assert.Contains("JSON", (string)JArray.Parse(result.Stdout)[0]["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_parameters_file_is_an_ACCEL000_finding()
    {
        workspace.Write("infra/azuredeploy.json", Templates.Clean);
        workspace.Write("infra/azuredeploy.parameters.json", "{ \"$schema\": \"" + Templates.ParametersSchema + "\", \"parameters\": { \"vmSize\": { \"value\": } } }");
        var result = workspace.Run("lint", "infra", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(new[] { "error ACCEL000" }, Findings(result).Select(Tail));
        Assert.StartsWith("infra/azuredeploy.parameters.json(1,", Findings(result)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Other_json_is_ignored_silently()
    {
        workspace.Write("infra/package.json", """{ "name": "web", "version": "1.0.0" }""");
        workspace.Write("infra/.vscode/settings.json", "{ broken");
        workspace.Write("infra/node_modules/x/azuredeploy.json", Templates.UnsupportedSize);
        workspace.Write("infra/bin/azuredeploy.json", Templates.UnsupportedSize);
        workspace.Write("infra/azuredeploy.json", Templates.Clean);
        var result = workspace.Run("lint", "infra");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 file", Assert.Single(result.Lines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing comma", "  \"contentVersion\": \"1.0.0.0\"\n  \"resources\": []\n}\n", "\"resources\"")]
    [InlineData("array closed by a brace", "  \"resources\": [\n  }\n}\n", "}\n}")]
    [InlineData("missing value", "  \"contentVersion\":\n  }\n", "}")]
    [InlineData("text after the end", "  \"resources\": []\n}\n  x\n", "x")]
    public void A_syntax_error_is_reported_at_the_offending_character(string what, string rest, string offending)
    {
        string broken = "{\n  \"$schema\": \"" + Templates.TemplateSchema + "\",\n" + rest;
        workspace.Write("azuredeploy.json", broken);
        var (line, column) = TextPosition.Of(broken, offending);
        Assert.True(
            Findings(workspace.Run("lint", ".", "--format", "json")).SequenceEqual(new[] { $"azuredeploy.json({line},{column}): error ACCEL000" }),
            what);
    }

    // accellint rules

    [Fact]
    public void Rules_lists_the_fifteen_rules_with_level_and_help_link()
    {
        var result = workspace.Run("rules");
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Lines;
        Assert.Equal(15, lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            string id = $"ACCEL{i:000}";
            Assert.StartsWith(id + " ", lines[i], StringComparison.Ordinal);
            string level = id switch
            {
                "ACCEL000" => "error",
                "ACCEL009" or "ACCEL010" or "ACCEL011" or "ACCEL014" => "info",
                _ => "warning",
            };
            Assert.Matches($@"^{id}\s+{level}\s+\S.*\s+https://\S+/docs/rules/{id}\.md$", lines[i]);
        }
    }

    private static string Tail(string finding) => finding.Substring(finding.IndexOf(": ", StringComparison.Ordinal) + 2);

    private static string Skus(string accelerated, int vcpus = 4) => $$"""
        [
          {
            "resourceType": "virtualMachines",
            "name": "{{NewSize}}",
            "tier": "Standard",
            "size": "D4s_v8",
            "family": "standardDSv8Family",
            "locations": [ "eastus" ],
            "capabilities": [
              { "name": "vCPUs", "value": "{{vcpus}}" },
              { "name": "MemoryGB", "value": "16" },
              { "name": "AcceleratedNetworkingEnabled", "value": "{{accelerated}}" }
            ]
          },
          {
            "resourceType": "disks",
            "name": "Premium_LRS",
            "capabilities": []
          }
        ]
        """;
}
