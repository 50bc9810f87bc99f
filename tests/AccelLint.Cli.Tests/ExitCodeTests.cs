namespace AccelLint.Cli.Tests;

/// <summary>Exit codes (SPEC.md §5): 0 nothing at or above the fail level, 1 findings at or above it, 2 usage errors.</summary>
[Collection(CliCollection.Name)]
public sealed class ExitCodeTests : IDisposable
{
    private readonly Workspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void Clean_input_exits_0()
    {
        workspace.Write("azuredeploy.json", Templates.Clean);
        var result = workspace.Run("lint", ".");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void The_lint_verb_is_optional()
    {
        workspace.Write("azuredeploy.json", Templates.UnsupportedSize);
        var result = workspace.Run("azuredeploy.json");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("ACCEL001", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_exits_1_at_the_default_fail_level()
    {
        workspace.Write("azuredeploy.json", Templates.UnsupportedSize);
        var result = workspace.Run("lint", ".");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Only_warnings_exit_0_at_fail_level_error()
    {
        workspace.Write("azuredeploy.json", Templates.UnsupportedSize);
        var result = workspace.Run("lint", ".", "--fail-level", "error");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("warning ACCEL001", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_exits_1_at_fail_level_error()
    {
        workspace.Write("azuredeploy.json", Templates.UnsupportedSize);
        workspace.Write("broken.json", "{ \"$schema\": \"" + Templates.TemplateSchema + "\", \"resources\": [ }\n");
        var result = workspace.Run("lint", ".", "--fail-level", "error");
        Assert.True(result.ExitCode == 1, result.ToString());
    }

    [Fact]
    public void Only_info_exits_0_by_default_and_1_at_fail_level_info()
    {
        workspace.Write("azuredeploy.json", Templates.AnNotEnabled);
        var byDefault = workspace.Run("lint", ".");
        Assert.True(byDefault.ExitCode == 0, byDefault.ToString());
        Assert.Contains("info ACCEL011", byDefault.Stdout, StringComparison.Ordinal);

        var atInfo = workspace.Run("lint", ".", "--fail-level", "info");
        Assert.True(atInfo.ExitCode == 1, atInfo.ToString());
    }

    [Fact]
    public void Fail_level_none_exits_0_whatever_is_found()
    {
        workspace.Write("azuredeploy.json", Templates.UnsupportedSize);
        workspace.Write("broken.json", "{ \"$schema\": \"" + Templates.TemplateSchema + "\", \"resources\": [ }\n");
        var result = workspace.Run("lint", ".", "--fail-level", "none");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("error ACCEL000", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("warning ACCEL001", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_level_takes_an_inline_value()
    {
        workspace.Write("azuredeploy.json", Templates.UnsupportedSize);
        var result = workspace.Run("lint", ".", "--fail-level=error");
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void A_missing_path_exits_2_with_one_line_on_stderr()
    {
        var result = workspace.Run("lint", "does-not-exist");
        Assert.True(result.ExitCode == 2, result.ToString());
        AssertOneLineError(result, "does-not-exist");
    }

    [Fact]
    public void A_missing_path_among_good_ones_exits_2()
    {
        workspace.Write("azuredeploy.json", Templates.Clean);
        var result = workspace.Run("lint", "azuredeploy.json", Path.Combine(workspace.Root, "missing", "main.json"));
        Assert.True(result.ExitCode == 2, result.ToString());
        AssertOneLineError(result, "main.json");
    }

    [Fact]
    public void An_unknown_option_exits_2()
    {
        workspace.Write("azuredeploy.json", Templates.Clean);
        var result = workspace.Run("lint", ".", "--colour", "always");
        Assert.True(result.ExitCode == 2, result.ToString());
        AssertOneLineError(result, "--colour");
    }

    [Theory]
    [InlineData("--fail-level", "critical")]
    [InlineData("--format", "xml")]
    [InlineData("--output")]
    [InlineData("--config")]
    public void A_bad_option_value_exits_2(params string[] option)
    {
        workspace.Write("azuredeploy.json", Templates.Clean);
        var result = workspace.Run(new[] { "lint", "." }.Concat(option).ToArray());
        Assert.True(result.ExitCode == 2, result.ToString());
        AssertOneLineError(result, option[0]);
    }

    [Fact]
    public void No_path_exits_2()
    {
        var result = workspace.Run("lint");
        Assert.True(result.ExitCode == 2, result.ToString());
        AssertOneLineError(result, "path");
    }

    [Fact]
    public void A_missing_config_or_catalog_file_exits_2()
    {
        workspace.Write("azuredeploy.json", Templates.Clean);
        var config = workspace.Run("lint", ".", "--config", "nope.json");
        Assert.True(config.ExitCode == 2, config.ToString());
        AssertOneLineError(config, "nope.json");

        var catalog = workspace.Run("lint", ".", "--catalog", "nope.csv");
        Assert.True(catalog.ExitCode == 2, catalog.ToString());
        AssertOneLineError(catalog, "nope.csv");
    }

    [Fact]
    public void Suppressed_findings_do_not_count()
    {
        string text = Templates.VmWithNic("\"Standard_B1s\"", """
                    // accellint-disable-next-line ACCEL001
                    "enableAcceleratedNetworking": true,
            """);
        workspace.Write("azuredeploy.json", text);
        var result = workspace.Run("lint", ".", "--fail-level", "info");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("ACCEL001", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppression_for_another_rule_does_not_silence_the_finding()
    {
        string text = Templates.VmWithNic("\"Standard_B1s\"", """
                    // accellint-disable-next-line ACCEL004
                    "enableAcceleratedNetworking": true,
            """);
        workspace.Write("azuredeploy.json", text);
        var result = workspace.Run("lint", ".");
        Assert.True(result.ExitCode == 1, result.ToString());
    }

    [Fact]
    public void Findings_suppressed_by_resource_metadata_do_not_count()
    {
        string text = Templates.Template(
            Templates.Nic("nic1", Templates.EnableAn, """

                      "metadata": { "accellint": { "suppress": [ "ACCEL001" ], "justification": "resized later" } },
                """),
            Templates.Vm("vm1", "\"Standard_B1s\"", "nic1"));
        workspace.Write("azuredeploy.json", text);
        var result = workspace.Run("lint", ".", "--fail-level", "info");
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private static void AssertOneLineError(CliResult result, string mentions)
    {
        Assert.Equal(string.Empty, result.Stdout);
        string[] lines = result.Stderr.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length == 1, "stderr must be one line:\n" + result.Stderr);
        Assert.StartsWith("accellint: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(mentions, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
    }
}
