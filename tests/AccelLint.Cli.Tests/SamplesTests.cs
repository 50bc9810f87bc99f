using System.Text.RegularExpressions;

namespace AccelLint.Cli.Tests;

/// <summary>
/// <c>samples/arm</c>: one folder per rule, linted from the repository root with the text format and
/// compared with the committed <c>samples/arm/expected.txt</c>. Set <c>ACCELLINT_UPDATE_BASELINES=1</c>
/// to rewrite the baseline instead, then review its diff.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class SamplesTests
{
    public const string UpdateVariable = "ACCELLINT_UPDATE_BASELINES";

    private const string SamplesArgument = "samples/arm";

    private static readonly Regex SampleFolder = new(@"^(?<id>ACCEL\d{3})-[a-z0-9-]+$", RegexOptions.CultureInvariant);

    private static readonly Regex FindingLine = new(@"^(?<path>[^(]+)\((?<line>\d+),(?<column>\d+)\): (?<level>error|warning|info) (?<id>ACCEL\d{3}): .+$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Findings a sample may have besides its own rule's, because they cannot be avoided; each is
    /// listed in <c>samples/arm/README.md</c>. Empty today: every sample has exactly its one finding.
    /// </summary>
    private static readonly Dictionary<string, string[]> Companions = new(StringComparer.Ordinal);

    private static string BaselinePath => Path.Combine(RepoPaths.ArmSamples, "expected.txt");

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    [Fact]
    public void Arm_samples_match_the_committed_baseline()
    {
        var result = Cli.Run(RepoPaths.Root, "lint", SamplesArgument, "--format", "text");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(string.Empty, result.Stderr);

        if (Updating)
        {
            File.WriteAllText(BaselinePath, result.Stdout);
            return;
        }

        Assert.True(File.Exists(BaselinePath), $"{BaselinePath} is missing; run the tests with {UpdateVariable}=1 to create it.");
        string expected = File.ReadAllText(BaselinePath).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!string.Equals(expected, result.Stdout, StringComparison.Ordinal))
        {
            Assert.Fail($"The lint of {SamplesArgument} differs from samples/arm/expected.txt (to accept the new output, run the tests with {UpdateVariable}=1 and review the diff).\n{Diff(expected, result.Stdout)}");
        }
    }

    [Fact]
    public void Every_sample_folder_has_exactly_its_own_rule_in_the_baseline()
    {
        Assert.True(File.Exists(BaselinePath), $"{BaselinePath} is missing; run the tests with {UpdateVariable}=1 to create it.");
        var lines = File.ReadAllText(BaselinePath).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var findings = lines.Select(l => FindingLine.Match(l)).Where(m => m.Success).ToList();

        // Every line but the summary is a finding.
        Assert.Equal(lines.Length - 1, findings.Count);

        var folders = SampleFolders();
        foreach (var (folder, id) in folders)
        {
            string prefix = $"{SamplesArgument}/{folder}/";
            var ids = findings.Where(m => m.Groups["path"].Value.StartsWith(prefix, StringComparison.Ordinal)).Select(m => m.Groups["id"].Value).ToList();
            Assert.True(ids.Count(i => i == id) == 1, $"{folder}: expected exactly one {id} in expected.txt, found [{string.Join(", ", ids)}]");
            var allowed = Companions.TryGetValue(folder, out var extra) ? extra : Array.Empty<string>();
            var others = ids.Where(i => i != id && !allowed.Contains(i)).ToList();
            Assert.True(others.Count == 0, $"{folder}: findings of other rules [{string.Join(", ", others)}]; remove them or list them as companions here and in samples/arm/README.md");
        }

        // No finding outside the sample folders.
        Assert.All(findings, m => Assert.Contains(folders, f => m.Groups["path"].Value.StartsWith($"{SamplesArgument}/{f.Folder}/", StringComparison.Ordinal)));
    }

    [Fact]
    public void There_is_a_sample_for_every_rule_a_template_can_trigger()
    {
        var ids = SampleFolders().Select(f => f.Id).ToList();
        Assert.Equal(ids.Distinct(StringComparer.Ordinal).Count(), ids.Count);

        // ACCEL012 (Site Recovery) can only be written in C#.
        var expected = Enumerable.Range(0, 14).Select(i => $"ACCEL{i:000}").Where(id => id != "ACCEL012");
        Assert.Equal(expected, ids.OrderBy(i => i, StringComparer.Ordinal));
    }

    [Fact]
    public void The_readme_lists_every_sample_and_the_update_variable()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.ArmSamples, "README.md"));
        foreach (var (folder, _) in SampleFolders())
        {
            Assert.Contains(folder, readme, StringComparison.Ordinal);
        }

        Assert.Contains(UpdateVariable + "=1", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sample_has_a_template()
    {
        foreach (var (folder, _) in SampleFolders())
        {
            Assert.True(File.Exists(Path.Combine(RepoPaths.ArmSamples, folder, "azuredeploy.json")), folder + "/azuredeploy.json");
        }
    }

    private static List<(string Folder, string Id)> SampleFolders() =>
        Directory.GetDirectories(RepoPaths.ArmSamples)
            .Select(Path.GetFileName)
            .Select(name => (Name: name!, Match: SampleFolder.Match(name!)))
            .Where(x => x.Match.Success)
            .Select(x => (x.Name, x.Match.Groups["id"].Value))
            .OrderBy(x => x.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The lines that differ, as a reviewer would want to see them.</summary>
    private static string Diff(string expected, string actual)
    {
        var e = expected.TrimEnd('\n').Split('\n');
        var a = actual.TrimEnd('\n').Split('\n');
        var report = new List<string>();
        foreach (var line in e.Except(a, StringComparer.Ordinal))
        {
            report.Add("- " + line);
        }

        foreach (var line in a.Except(e, StringComparer.Ordinal))
        {
            report.Add("+ " + line);
        }

        return report.Count > 0 ? string.Join("\n", report) : "(same lines, different order or line breaks)";
    }
}
