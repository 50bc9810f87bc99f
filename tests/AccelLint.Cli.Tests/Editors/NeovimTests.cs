using System.Diagnostics;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Tests.Editors;

/// <summary>
/// A real editor: <c>nvim --headless</c> with the README's configuration (the files in
/// <c>editors/nvim</c>, which the README quotes verbatim) starts <c>accellint lsp</c> from PATH on a Bicep
/// sample and an ARM sample; <c>nvim-driver.lua</c> reads the diagnostics Neovim shows and applies a quick fix through
/// Neovim's own code-action menu. Skipped, with the reason, where no Neovim new enough is installed
/// (<c>.ci/run</c> installs Debian's).
/// </summary>
public sealed partial class NeovimTests
{
    private const string Fix = "Change the size to 'Standard_B2s_v2'";

    [Theory]
    [InlineData("accellint.lua")]
    [InlineData("accellint-0.10.lua")]
    public void The_readme_quotes_each_configuration_verbatim(string configuration)
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        string text = File.ReadAllText(ConfigurationPath(configuration)).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("```lua\n" + text + "```\n", readme, StringComparison.Ordinal);
    }

    /// <summary>
    /// Each configuration on the Bicep and the ARM sample of a scale-set VM on its scale set's
    /// Standard_B2ms. Positions are Neovim's (from 0): samples/bicep/README.md gives (37,13), the first
    /// character of enableAcceleratedNetworking, and samples/arm/README.md (56,17), its opening quote.
    /// </summary>
    [SkippableTheory]
    [InlineData("accellint.lua", 0, 7, "bicep/ACCEL001-scale-set-vm/main.bicep", "bicep", 36, 12, 39, "    name: 'Standard_B2ms'\n", "    name: 'Standard_B2s_v2'\n")]
    [InlineData("accellint.lua", 0, 7, "arm/ACCEL001-scale-set-vm/azuredeploy.json", "json", 55, 16, 45, "        \"name\": \"Standard_B2ms\",\n", "        \"name\": \"Standard_B2s_v2\",\n")]
    [InlineData("accellint-0.10.lua", 0, 10, "bicep/ACCEL001-scale-set-vm/main.bicep", "bicep", 36, 12, 39, "    name: 'Standard_B2ms'\n", "    name: 'Standard_B2s_v2'\n")]
    [InlineData("accellint-0.10.lua", 0, 10, "arm/ACCEL001-scale-set-vm/azuredeploy.json", "json", 55, 16, 45, "        \"name\": \"Standard_B2ms\",\n", "        \"name\": \"Standard_B2s_v2\",\n")]
    public void Neovim_shows_the_diagnostic_and_applies_the_quick_fix(
        string configuration, int major, int minor, string sample, string filetype, int line, int column, int endColumn, string size, string fixedSize)
    {
        var nvim = Neovim.Value;
        Skip.If(nvim.Path is null, "nvim is not on PATH (.ci/run installs Debian's neovim when it runs as root with apt-get)");
        Skip.If(nvim.Version < new Version(major, minor), $"{configuration} needs Neovim {major}.{minor}+; nvim on PATH is {nvim.Version}");

        using var workspace = new Workspace();
        string original = File.ReadAllText(Path.Combine(RepoPaths.Root, "samples", sample)).Replace("\r\n", "\n", StringComparison.Ordinal);
        string path = workspace.Write(Path.GetFileName(sample), original);
        var report = Run(nvim.Path!, workspace, ConfigurationPath(configuration), path);

        Assert.Equal(filetype, (string?)report["filetype"]);
        Assert.Equal(new[] { "accellint" }, report["clients"]!.Values<string>());
        Assert.True((bool)report["waits"]!["diagnostic"]!, $"no ACCEL001 diagnostic reached Neovim: {report}");

        var diagnostic = (JObject)Assert.Single(report["before"]!);
        Assert.Equal("ACCEL001", (string?)diagnostic["code"]);
        Assert.Equal("accellint", (string?)diagnostic["source"]);
        Assert.Equal(line, (int)diagnostic["lnum"]!);
        Assert.Equal(column, (int)diagnostic["col"]!);
        Assert.Equal(line, (int)diagnostic["end_lnum"]!);
        Assert.Equal(endColumn, (int)diagnostic["end_col"]!);
        Assert.Equal(2, (int)diagnostic["severity"]!); // vim.diagnostic.severity.WARN
        Assert.EndsWith("docs/rules/ACCEL001.md", (string)diagnostic["href"]!, StringComparison.Ordinal);
        Assert.Contains("Nearest size that supports it: 'Standard_B2s_v2'", (string)diagnostic["message"]!, StringComparison.Ordinal);

        Assert.Equal(
            new[] { "Disable ACCEL001 for this line", Fix, "Set enableAcceleratedNetworking to false", "Remove the accelerated networking request" },
            report["titles"]!.Values<string>());
        Assert.True((bool)report["waits"]!["edit"]!, $"the quick fix did not edit the buffer: {report}");

        // The fix changes the scale set's size, well above the finding; the rest of the buffer is untouched.
        Assert.Equal(1, CountOf(original, size));
        Assert.Equal(original.Replace(size, fixedSize, StringComparison.Ordinal), (string)report["text"]!);
        Assert.True((bool)report["waits"]!["republish"]!, $"ACCEL001 stayed after the fix: {report}");
        Assert.Empty(report["after"]!);

        // The buffer was edited, not the file.
        Assert.Equal(original, File.ReadAllText(path));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static string ConfigurationPath(string name) => Path.Combine(RepoPaths.Root, "editors", "nvim", name);

    /// <summary>Runs Neovim on <paramref name="file"/> from the workspace, with the accellint built beside these tests first on PATH.</summary>
    private static JObject Run(string nvim, Workspace workspace, string configuration, string file)
    {
        string output = workspace.Path("nvim-report.json");
        var start = new ProcessStartInfo(nvim)
        {
            WorkingDirectory = workspace.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "--headless", "--noplugin", "-n", "-i", "NONE", "-u", configuration, file, "-c", "luafile " + Path.Combine(RepoPaths.Root, "tests", "AccelLint.Cli.Tests", "Editors", "nvim-driver.lua") })
        {
            start.ArgumentList.Add(argument);
        }

        // The apphost `accellint` is built into this folder (the project references AccelLint.Cli).
        start.Environment["PATH"] = AppContext.BaseDirectory + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        foreach (string xdg in new[] { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME" })
        {
            start.Environment[xdg] = workspace.Path("xdg/" + xdg);
        }

        start.Environment["ACCELLINT_NVIM_OUT"] = output;
        start.Environment["ACCELLINT_NVIM_ACTION"] = Fix;

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // A watchdog, not a timing assertion: each of the driver's waits ends by itself within 60 s.
        if (!process.WaitForExit(300_000))
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        Assert.True(File.Exists(output), $"nvim exited {process.ExitCode} without a report\n--- stdout ---\n{stdout.Result}\n--- stderr ---\n{stderr.Result}");
        return JObject.Parse(File.ReadAllText(output));
    }

    private static readonly Lazy<(string? Path, Version Version)> Neovim = new(FindNeovim);

    private static (string? Path, Version Version) FindNeovim()
    {
        string? path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "nvim"))
            .FirstOrDefault(File.Exists);
        if (path is null)
        {
            return (null, new Version(0, 0));
        }

        using var process = Process.Start(new ProcessStartInfo(path, "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
        string text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var match = VersionLine().Match(text);
        return (path, match.Success ? new Version(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)) : new Version(0, 0));
    }

    [GeneratedRegex(@"NVIM v(\d+)\.(\d+)")]
    private static partial Regex VersionLine();
}
