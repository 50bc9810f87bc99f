using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace AccelLint.Cli.Tests;

/// <summary>SARIF 2.1.0 output (SPEC.md §5): valid against the schema, and every field the spec names.</summary>
[Collection(CliCollection.Name)]
public sealed class SarifTests : IDisposable
{
    private const string SuppressedNic = """
                // accellint-disable-next-line ACCEL001
                "enableAcceleratedNetworking": true,
        """;

    private readonly ITestOutputHelper output;
    private readonly Workspace workspace = new();
    private readonly string template;
    private readonly string parameters;

    public SarifTests(ITestOutputHelper output)
    {
        this.output = output;

        // nic1: AN on a size that comes from the parameters file (Standard_B1s): ACCEL001 with a related location.
        // nic2: AN on Standard_B1s, suppressed by a comment: ACCEL001 kept in SARIF with suppressions.
        // nic3: no AN on Standard_D4s_v3: ACCEL011 (SARIF level note).
        template = Templates.WithParameters(
            """

                "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3" }
            """,
            Templates.Nic("nic1", Templates.EnableAn),
            Templates.Vm("vm1", "\"[parameters('vmSize')]\"", "nic1"),
            Templates.Nic("nic2", SuppressedNic),
            Templates.Vm("vm2", "\"Standard_B1s\"", "nic2"),
            Templates.Nic("nic3", string.Empty),
            Templates.Vm("vm3", "\"Standard_D4s_v3\"", "nic3"));
        parameters = Templates.Parameters("""    "vmSize": { "value": "Standard_B1s" }""");
        workspace.Write("infra/azuredeploy.json", template);
        workspace.Write("infra/azuredeploy.parameters.json", parameters);
    }

    public void Dispose() => workspace.Dispose();

    private JObject Lint()
    {
        var result = workspace.Run("lint", "infra", "--format", "sarif");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(string.Empty, result.Stderr);
        return JObject.Parse(result.Stdout);
    }

    /// <summary>Without ../shared/schemas beside the repository nothing can be validated: the test reports Skipped with why.</summary>
    private static void SkipUnlessSchemaAvailable() =>
        Skip.IfNot(SarifSchema.IsAvailable, $"SARIF schema not found at {RepoPaths.SarifSchema} (expected ../shared/schemas beside the folder holding Lint.sln); nothing validated.");

    [SkippableFact]
    public void Output_is_valid_against_the_SARIF_2_1_0_schema()
    {
        SkipUnlessSchemaAvailable();

        var sarif = Lint();
        var errors = SarifSchema.Errors(sarif);
        Assert.True(errors.Count == 0, "SARIF output does not match the schema:\n" + string.Join("\n", errors) + "\n" + sarif);
    }

    [SkippableFact]
    public void Output_for_every_ARM_sample_is_valid_SARIF()
    {
        SkipUnlessSchemaAvailable();

        var result = Cli.Run(RepoPaths.Root, "lint", "samples/arm", "--format", "sarif");
        Assert.True(result.ExitCode == 1, result.ToString());
        var sarif = JObject.Parse(result.Stdout);
        var errors = SarifSchema.Errors(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.All((JArray)sarif["runs"]![0]!["results"]!, r => Assert.StartsWith("samples/arm/ACCEL", (string?)r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"], StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("level outside the enum")]
    [InlineData("startLine 0")]
    [InlineData("unknown property")]
    [InlineData("result without message")]
    public void Schema_validation_rejects_a_broken_log(string mutation)
    {
        // Guards the test above: the validator must really check the 2020-12 schema's constraints.
        SkipUnlessSchemaAvailable();

        var sarif = Lint();
        Assert.Empty(SarifSchema.Errors(sarif));
        var result = (JObject)sarif["runs"]![0]!["results"]![0]!;
        switch (mutation)
        {
            case "level outside the enum":
                result["level"] = "loud";
                break;
            case "startLine 0":
                ((JObject)result["locations"]![0]!["physicalLocation"]!["region"]!)["startLine"] = 0;
                break;
            case "unknown property":
                result["severity"] = "high";
                break;
            default:
                result.Remove("message");
                break;
        }

        Assert.NotEmpty(SarifSchema.Errors(sarif));
    }

    [Fact]
    public void Driver_names_the_tool_and_lists_fifteen_rules_with_help_links()
    {
        var sarif = Lint();
        Assert.Equal("2.1.0", (string?)sarif["version"]);
        var driver = (JObject)sarif["runs"]![0]!["tool"]!["driver"]!;
        Assert.Equal("AccelLint", (string?)driver["name"]);
        Assert.Equal(Program.Version, (string?)driver["version"]);
        Assert.Matches(@"^\d+\.\d+\.\d+", (string?)driver["version"]);
        Assert.True(Uri.TryCreate((string?)driver["informationUri"], UriKind.Absolute, out var information) && information.Scheme == Uri.UriSchemeHttps, $"informationUri: {driver["informationUri"]}");

        var rules = ((JArray)driver["rules"]!).Cast<JObject>().ToList();
        Assert.Equal(15, rules.Count);
        for (int i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            string id = $"ACCEL{i:000}";
            Assert.Equal(id, (string?)rule["id"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)rule["name"]), id + " name");
            Assert.False(string.IsNullOrWhiteSpace((string?)rule["shortDescription"]?["text"]), id + " shortDescription");
            Assert.False(string.IsNullOrWhiteSpace((string?)rule["fullDescription"]?["text"]), id + " fullDescription");
            string? help = (string?)rule["helpUri"];
            Assert.True(Uri.TryCreate(help, UriKind.Absolute, out _), $"{id} helpUri is not absolute: {help}");
            Assert.EndsWith($"docs/rules/{id}.md", help, StringComparison.Ordinal);
            string expectedLevel = id switch
            {
                "ACCEL000" => "error",
                "ACCEL009" or "ACCEL010" or "ACCEL011" or "ACCEL014" => "note",
                _ => "warning",
            };
            Assert.Equal(expectedLevel, (string?)rule["defaultConfiguration"]?["level"]);
        }
    }

    [Fact]
    public void Results_carry_rule_level_message_and_exact_relative_locations()
    {
        var sarif = Lint();
        var run = sarif["runs"]![0]!;
        var rules = ((JArray)run["tool"]!["driver"]!["rules"]!).Select(r => (string?)r["id"]).ToList();
        var results = ((JArray)run["results"]!).Cast<JObject>().ToList();
        Assert.Equal(new[] { "ACCEL001", "ACCEL001", "ACCEL011" }, results.Select(r => (string?)r["ruleId"]));
        Assert.Equal(new[] { "warning", "warning", "note" }, results.Select(r => (string?)r["level"]));

        // AN property of nic1 and nic2: the opening quote of the key; ACCEL011 at nic3's resource.
        var (line1, column1) = TextPosition.Of(template, "\"enableAcceleratedNetworking\"", 1);
        var (line2, column2) = TextPosition.Of(template, "\"enableAcceleratedNetworking\"", 2);
        var (line3, column3) = TextPosition.OfIndex(template, template.LastIndexOf('{', template.IndexOf("\"name\": \"nic3\"", StringComparison.Ordinal)));
        int keyLength = "\"enableAcceleratedNetworking\"".Length;

        AssertRegion(results[0], "infra/azuredeploy.json", line1, column1, line1, column1 + keyLength);
        AssertRegion(results[1], "infra/azuredeploy.json", line2, column2, line2, column2 + keyLength);
        var region = results[2]["locations"]![0]!["physicalLocation"]!["region"]!;
        Assert.Equal("infra/azuredeploy.json", (string?)results[2]["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.Equal(line3, (int)region["startLine"]!);
        Assert.Equal(column3, (int)region["startColumn"]!);

        foreach (var result in results)
        {
            string? uri = (string?)result["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"];
            Assert.False(Uri.TryCreate(uri, UriKind.Absolute, out _), $"uri must be relative: {uri}");
            Assert.False(string.IsNullOrWhiteSpace((string?)result["message"]?["text"]));
            Assert.Equal((string?)result["ruleId"], rules[(int)result["ruleIndex"]!]);
        }

        string message = (string)results[0]["message"]!["text"]!;
        Assert.Contains("nic1", message, StringComparison.Ordinal);
        Assert.Contains("Standard_B1s", message, StringComparison.Ordinal);
        Assert.Contains("VMSizeIsNotPermittedToEnableAcceleratedNetworking", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_name_their_rule_message_string_and_its_arguments()
    {
        // SARIF 2.1.0 §3.11.5, §3.11.7: message.id names the rule's messageStrings entry, which the arguments fill.
        var run = Lint()["runs"]![0]!;
        var rules = ((JArray)run["tool"]!["driver"]!["rules"]!).Cast<JObject>().ToList();
        Assert.All(rules, rule =>
        {
            string format = (string)rule["messageStrings"]!["default"]!["text"]!;
            Assert.NotEqual("{0}", format);
            Assert.Matches(@"\{1\}", format);
        });

        var results = ((JArray)run["results"]!).Cast<JObject>().ToList();
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            var message = result["message"]!;
            string id = (string)message["id"]!;
            string format = (string)rules[(int)result["ruleIndex"]!]["messageStrings"]![id]!["text"]!;
            var arguments = ((JArray)message["arguments"]!).Select(a => (object)(string)a!).ToArray();
            Assert.Equal((string)message["text"]!, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, arguments));
        }

        Assert.Equal("Network interface 'nic1'", (string)results[0]["message"]!["arguments"]![0]!);
    }

    [Fact]
    public void A_value_from_a_parameters_file_is_a_related_location()
    {
        var results = (JArray)Lint()["runs"]![0]!["results"]!;
        var related = (JArray?)results[0]["relatedLocations"];
        Assert.NotNull(related);
        var origin = Assert.Single(related!);
        var physical = origin["physicalLocation"]!;
        Assert.Equal("infra/azuredeploy.parameters.json", (string?)physical["artifactLocation"]!["uri"]);
        var (line, column) = TextPosition.Of(parameters, "\"Standard_B1s\"");
        Assert.Equal(line, (int)physical["region"]!["startLine"]!);
        Assert.Equal(column, (int)physical["region"]!["startColumn"]!);
        Assert.Contains("vmSize", (string?)origin["message"]?["text"], StringComparison.Ordinal);

        // nic2's size is written in place: no origin elsewhere.
        Assert.Null(results[1]["relatedLocations"]);
    }

    [Fact]
    public void Every_result_has_a_distinct_partial_fingerprint()
    {
        var results = ((JArray)Lint()["runs"]![0]!["results"]!).Cast<JObject>().ToList();
        var fingerprints = results.Select(r =>
        {
            var partial = r["partialFingerprints"] as JObject;
            Assert.NotNull(partial);
            var value = Assert.Single(partial!.Properties()).Value;
            Assert.Equal(JTokenType.String, value.Type);
            Assert.Matches(new Regex("^[0-9a-f]{16,}$"), (string)value!);
            return partial.ToString();
        }).ToList();
        Assert.Equal(fingerprints.Count, fingerprints.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_finding_suppressed_in_source_is_kept_with_an_inSource_suppression()
    {
        var results = (JArray)Lint()["runs"]![0]!["results"]!;
        Assert.Null(results[0]["suppressions"]);
        Assert.Null(results[2]["suppressions"]);
        var suppression = Assert.Single((JArray)results[1]["suppressions"]!);
        Assert.Equal("inSource", (string?)suppression["kind"]);
    }

    [Fact]
    public void Metadata_suppression_keeps_its_justification()
    {
        string text = Templates.Template(Templates.Nic("nic1", Templates.EnableAn, """

                  "metadata": { "accellint": { "suppress": [ "ACCEL001" ], "justification": "Resized to D4s_v3 by the pipeline" } },
            """), Templates.Vm("vm1", "\"Standard_B1s\"", "nic1"));
        workspace.Write("meta/azuredeploy.json", text);
        var result = workspace.Run("lint", "meta", "--format", "sarif");
        Assert.True(result.ExitCode == 0, result.ToString());
        var finding = Assert.Single((JArray)JObject.Parse(result.Stdout)["runs"]![0]!["results"]!);
        var suppression = Assert.Single((JArray)finding["suppressions"]!);
        Assert.Equal("inSource", (string?)suppression["kind"]);
        Assert.Equal("Resized to D4s_v3 by the pipeline", (string?)suppression["justification"]);
    }

    private static void AssertRegion(JObject result, string uri, int startLine, int startColumn, int endLine, int endColumn)
    {
        var physical = result["locations"]![0]!["physicalLocation"]!;
        Assert.Equal(uri, (string?)physical["artifactLocation"]!["uri"]);
        var region = physical["region"]!;
        Assert.Equal(
            (startLine, startColumn, endLine, endColumn),
            ((int)region["startLine"]!, (int)region["startColumn"]!, (int)region["endLine"]!, (int)region["endColumn"]!));
    }
}
