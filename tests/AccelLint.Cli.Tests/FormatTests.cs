using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Tests;

/// <summary>The text, JSON and GitHub formats and <c>--output</c> (SPEC.md §5).</summary>
[Collection(CliCollection.Name)]
public sealed class FormatTests : IDisposable
{
    private const string Key = "\"enableAcceleratedNetworking\"";

    private readonly Workspace workspace = new();

    // nic1 on Standard_B1s: ACCEL001 warning; nic2 on Standard_D4s_v3 without AN: ACCEL011 info.
    private readonly string template = Templates.Template(
        Templates.Nic("nic1", Templates.EnableAn),
        Templates.Vm("vm1", "\"Standard_B1s\"", "nic1"),
        Templates.Nic("nic2", string.Empty),
        Templates.Vm("vm2", "\"Standard_D4s_v3\"", "nic2"));

    public FormatTests() => workspace.Write("infra/net/azuredeploy.json", template);

    public void Dispose() => workspace.Dispose();

    private (int Line, int Column) Warning => TextPosition.Of(template, Key);

    private (int Line, int Column) Info => TextPosition.OfIndex(template, template.LastIndexOf('{', template.IndexOf("\"name\": \"nic2\"", StringComparison.Ordinal)));

    [Fact]
    public void Text_is_one_MSBuild_canonical_line_per_finding_then_a_summary()
    {
        var result = workspace.Run("lint", "infra");
        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.Lines;
        Assert.Equal(3, lines.Count);

        var warning = Regex.Match(lines[0], @"^infra/net/azuredeploy\.json\((\d+),(\d+)\): warning ACCEL001: (.+)$");
        Assert.True(warning.Success, lines[0]);
        Assert.Equal(Warning, (int.Parse(warning.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(warning.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("'nic1'", warning.Groups[3].Value, StringComparison.Ordinal);
        Assert.Contains("Standard_B1s", warning.Groups[3].Value, StringComparison.Ordinal);
        Assert.Contains("VMSizeIsNotPermittedToEnableAcceleratedNetworking", warning.Groups[3].Value, StringComparison.Ordinal);

        Assert.StartsWith($"infra/net/azuredeploy.json({Info.Line},{Info.Column}): info ACCEL011: ", lines[1], StringComparison.Ordinal);

        // The summary: counts by level and the number of files.
        Assert.DoesNotMatch(@"^\S+\(\d+,\d+\): ", lines[2]);
        Assert.Contains("0 errors", lines[2], StringComparison.Ordinal);
        Assert.Contains("1 warning", lines[2], StringComparison.Ordinal);
        Assert.Contains("1 info", lines[2], StringComparison.Ordinal);
        Assert.Contains("1 file", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_line_matches_the_json_report_exactly()
    {
        var json = (JArray)JToken.Parse(workspace.Run("lint", "infra", "--format", "json").Stdout);
        var text = workspace.Run("lint", "infra").Lines;
        for (int i = 0; i < json.Count; i++)
        {
            var f = json[i];
            Assert.Equal($"{f["file"]}({f["line"]},{f["column"]}): {f["level"]} {f["ruleId"]}: {f["message"]}", text[i]);
        }
    }

    [Fact]
    public void Text_paths_are_relative_to_the_working_folder_even_for_an_absolute_argument()
    {
        var result = workspace.Run("lint", workspace.Path("infra"));
        Assert.StartsWith($"infra/net/azuredeploy.json({Warning.Line},{Warning.Column}): warning ACCEL001: ", result.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_for_clean_input_is_only_the_summary()
    {
        workspace.Write("clean/azuredeploy.json", Templates.Clean);
        var result = workspace.Run("lint", "clean");
        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(result.Lines);
        Assert.Contains("0 warnings", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_leaves_out_suppressed_findings_and_counts_them_in_the_summary()
    {
        workspace.Write("quiet/azuredeploy.json", Templates.VmWithNic("\"Standard_B1s\"", """
                    // accellint-disable-next-line ACCEL001
                    "enableAcceleratedNetworking": true,
            """));
        var result = workspace.Run("lint", "quiet");
        var line = Assert.Single(result.Lines);
        Assert.Contains("1 suppressed", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_an_array_of_findings()
    {
        var result = workspace.Run("lint", "infra", "--format", "json");
        Assert.True(result.ExitCode == 1, result.ToString());
        var array = Assert.IsType<JArray>(JToken.Parse(result.Stdout));
        Assert.Equal(2, array.Count);

        var warning = (JObject)array[0];
        Assert.Equal("ACCEL001", (string?)warning["ruleId"]);
        Assert.Equal("warning", (string?)warning["level"]);
        Assert.Equal("infra/net/azuredeploy.json", (string?)warning["file"]);
        Assert.Equal(JTokenType.Integer, warning["line"]!.Type);
        Assert.Equal(JTokenType.Integer, warning["column"]!.Type);
        Assert.Equal(Warning, ((int)warning["line"]!, (int)warning["column"]!));
        Assert.Contains("Standard_B1s", (string?)warning["message"], StringComparison.Ordinal);
        Assert.EndsWith(" Nearest size that supports it: 'Standard_B2s_v2'.", (string?)warning["message"], StringComparison.Ordinal);
        Assert.True(JToken.DeepEquals(new JObject { ["property"] = "size", ["current"] = "Standard_B1s", ["replacement"] = "Standard_B2s_v2" }, warning["suggestion"]), warning.ToString());

        var info = (JObject)array[1];
        Assert.Equal("ACCEL011", (string?)info["ruleId"]);
        Assert.Equal("info", (string?)info["level"]);
        Assert.Equal(Info, ((int)info["line"]!, (int)info["column"]!));
        Assert.Null(info["suggestion"]);
    }

    [Fact]
    public void Json_for_clean_input_is_an_empty_array()
    {
        workspace.Write("clean/azuredeploy.json", Templates.Clean);
        var result = workspace.Run("lint", "clean", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(Assert.IsType<JArray>(JToken.Parse(result.Stdout)));
    }

    [Fact]
    public void GitHub_lines_are_workflow_commands_with_the_full_region()
    {
        var result = workspace.Run("lint", "infra", "--format", "github");
        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.Lines;
        Assert.Equal(2, lines.Count);

        var (line, column) = Warning;
        string prefix = $"::warning file=infra/net/azuredeploy.json,line={line},col={column},endLine={line},endColumn={column + Key.Length},title=ACCEL001::";
        Assert.StartsWith(prefix, lines[0], StringComparison.Ordinal);
        Assert.Contains("Standard_B1s", lines[0].Substring(prefix.Length), StringComparison.Ordinal);

        // Info findings become notices.
        Assert.Matches($@"^::notice file=infra/net/azuredeploy\.json,line={Info.Line},col={Info.Column},endLine=\d+,endColumn=\d+,title=ACCEL011::.+$", lines[1]);
    }

    [Fact]
    public void GitHub_reports_errors_as_error_commands()
    {
        workspace.Write("broken/azuredeploy.json", "{ \"$schema\": \"" + Templates.TemplateSchema + "\", \"resources\": [ }\n");
        var result = workspace.Run("lint", "broken", "--format", "github");
        Assert.StartsWith("::error file=broken/azuredeploy.json,line=1,col=", Assert.Single(result.Lines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void Output_writes_the_report_to_the_file_and_nothing_to_stdout(string format)
    {
        var toStdout = workspace.Run("lint", "infra", "--format", format);
        var toFile = workspace.Run("lint", "infra", "--format", format, "--output", "reports/accellint.out");
        Assert.True(toFile.ExitCode == 1, toFile.ToString());
        Assert.Equal(string.Empty, toFile.Stdout);
        Assert.Equal(string.Empty, toFile.Stderr);
        Assert.Equal(toStdout.Stdout, workspace.Read("reports/accellint.out").Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Output_replaces_an_existing_file()
    {
        workspace.Write("report.json", new string('x', 100_000));
        var result = workspace.Run("lint", "infra", "--format", "json", "--output", "report.json");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(2, ((JArray)JToken.Parse(workspace.Read("report.json"))).Count);
    }
}
