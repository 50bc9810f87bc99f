using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Tests;

/// <summary>
/// <c>samples/arm</c> and <c>samples/bicep</c>: one folder per rule, each set linted from the repository
/// root with the text format and compared with its committed <c>expected.txt</c>. Set
/// <c>ACCELLINT_UPDATE_BASELINES=1</c> to rewrite the baselines instead, then review their diff.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class SamplesTests
{
    public const string UpdateVariable = "ACCELLINT_UPDATE_BASELINES";

    private static readonly Regex SampleFolder = new(@"^(?<id>ACCEL\d{3})-[a-z0-9-]+$", RegexOptions.CultureInvariant);

    private static readonly Regex FindingLine = new(@"^(?<path>[^(]+)\((?<line>\d+),(?<column>\d+)\): (?<level>error|warning|info) (?<id>ACCEL\d{3}): .+$", RegexOptions.CultureInvariant);

    /// <summary>The sample sets: folder under <c>samples/</c> and the file every sample folder must have.</summary>
    private static readonly Dictionary<string, string> EntryFiles = new(StringComparer.Ordinal)
    {
        ["arm"] = "azuredeploy.json",
        ["bicep"] = "main.bicep",
    };

    /// <summary>
    /// Findings a sample may have besides its own rule's, because they cannot be avoided; each is
    /// listed in the set's <c>README.md</c>. Empty today: every sample has exactly its one finding.
    /// Keys are <c>set/folder</c>.
    /// </summary>
    private static readonly Dictionary<string, string[]> Companions = new(StringComparer.Ordinal);

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static TheoryData<string> Sets => new(EntryFiles.Keys);

    [Theory]
    [MemberData(nameof(Sets))]
    public void Samples_match_the_committed_baseline(string set)
    {
        string argument = Argument(set);
        var result = Cli.Run(RepoPaths.Root, "lint", argument, "--format", "text");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(string.Empty, result.Stderr);

        if (Updating)
        {
            File.WriteAllText(BaselinePath(set), result.Stdout);
            return;
        }

        Assert.True(File.Exists(BaselinePath(set)), $"{BaselinePath(set)} is missing; run the tests with {UpdateVariable}=1 to create it.");
        string expected = File.ReadAllText(BaselinePath(set)).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!string.Equals(expected, result.Stdout, StringComparison.Ordinal))
        {
            Assert.Fail($"The lint of {argument} differs from {argument}/expected.txt (to accept the new output, run the tests with {UpdateVariable}=1 and review the diff).\n{Diff(expected, result.Stdout)}");
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_sample_folder_has_exactly_its_own_rule_in_the_baseline(string set)
    {
        string argument = Argument(set);
        Assert.True(File.Exists(BaselinePath(set)), $"{BaselinePath(set)} is missing; run the tests with {UpdateVariable}=1 to create it.");
        var lines = File.ReadAllText(BaselinePath(set)).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var findings = lines.Select(l => FindingLine.Match(l)).Where(m => m.Success).ToList();

        // Every line but the summary is a finding.
        Assert.Equal(lines.Length - 1, findings.Count);

        var folders = SampleFolders(set);
        foreach (var (folder, id) in folders)
        {
            // Files below the folder (a module in modules/) count for it.
            string prefix = $"{argument}/{folder}/";
            var ids = findings.Where(m => m.Groups["path"].Value.StartsWith(prefix, StringComparison.Ordinal)).Select(m => m.Groups["id"].Value).ToList();
            Assert.True(ids.Count(i => i == id) == 1, $"{set}/{folder}: expected exactly one {id} in expected.txt, found [{string.Join(", ", ids)}]");
            var allowed = Companions.TryGetValue($"{set}/{folder}", out var extra) ? extra : Array.Empty<string>();
            var others = ids.Where(i => i != id && !allowed.Contains(i)).ToList();
            Assert.True(others.Count == 0, $"{set}/{folder}: findings of other rules [{string.Join(", ", others)}]; remove them or list them as companions here and in {argument}/README.md");
        }

        // No finding outside the sample folders.
        Assert.All(findings, m => Assert.Contains(folders, f => m.Groups["path"].Value.StartsWith($"{argument}/{f.Folder}/", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void There_is_a_sample_for_every_rule_a_template_can_trigger(string set)
    {
        // A rule may have several samples (ACCEL001 on each resource shape that puts AN on a size), every rule at least one.
        var ids = SampleFolders(set).Select(f => f.Id).Distinct(StringComparer.Ordinal).ToList();

        // ACCEL012 (Site Recovery) can only be written in C#.
        var expected = Enumerable.Range(0, 14).Select(i => $"ACCEL{i:000}").Where(id => id != "ACCEL012");
        Assert.Equal(expected, ids.OrderBy(i => i, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_readme_lists_every_sample_and_the_update_variable(string set)
    {
        string readme = File.ReadAllText(Path.Combine(SetPath(set), "README.md"));
        foreach (var (folder, _) in SampleFolders(set))
        {
            Assert.Contains(folder, readme, StringComparison.Ordinal);
        }

        Assert.Contains(UpdateVariable + "=1", readme, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_sample_has_a_template(string set)
    {
        foreach (var (folder, _) in SampleFolders(set))
        {
            Assert.True(File.Exists(Path.Combine(SetPath(set), folder, EntryFiles[set])), $"{set}/{folder}/{EntryFiles[set]}");
        }
    }

    [Theory]
    [InlineData("ACCEL001-unsupported-size", "ACCEL001", "modules/vm.bicep", "main.bicep", "vmSize: 'Standard_B1s'")]
    [InlineData("ACCEL006-ac-too-few-vcpus", "ACCEL006", "main.bicep", "main.bicepparam", "param vmSize = 'Standard_D2s_v3'")]
    public void Bicep_value_from_elsewhere_is_the_related_location(string folder, string id, string reportedIn, string originIn, string originLine)
    {
        string argument = $"{Argument("bicep")}/{folder}";
        var result = Cli.Run(RepoPaths.Root, "lint", argument, "--format", "json");
        Assert.True(result.ExitCode == 1, result.ToString());

        var finding = Assert.Single(JArray.Parse(result.Stdout).Cast<JObject>());
        Assert.Equal(id, (string?)finding["ruleId"]);
        Assert.Equal($"{argument}/{reportedIn}", (string?)finding["file"]);

        // The value is written after the colon or equals sign on the origin line.
        var lines = File.ReadAllLines(Path.Combine(SetPath("bicep"), folder, originIn));
        int line = Array.FindIndex(lines, l => l.Contains(originLine, StringComparison.Ordinal)) + 1;
        Assert.True(line > 0, $"'{originLine}' is not in {originIn}");
        int column = lines[line - 1].IndexOf('\'', StringComparison.Ordinal) + 1;
        var related = Assert.IsType<JArray>(finding["related"]).Cast<JObject>().ToList();
        Assert.Contains(related, r => (string?)r["file"] == $"{argument}/{originIn}" && (int?)r["line"] == line && (int?)r["column"] == column);
    }

    private static readonly Regex Suggested = new(@"^[^(]+\(\d+,\d+\): (?:error|warning|info) (?<id>ACCEL\d{3}): .+ Nearest (?<what>size that supports it|region that offers it): '(?<value>[^']+)'\.$", RegexOptions.CultureInvariant);

    public static TheoryData<string> Baselines => new() { "arm", "bicep", "csharp" };

    /// <summary>
    /// Every size or region a committed baseline suggests does what its rule needs, per the embedded
    /// catalog: accelerated networking for ACCEL001; for ACCEL002 and ACCEL006 Accelerated Connections
    /// (AN, at least 4 vCPUs, not the Dv5 family); for ACCEL003 an AC region. No other rule suggests.
    /// </summary>
    [Theory]
    [MemberData(nameof(Baselines))]
    public void Every_suggestion_in_the_baseline_supports_what_its_rule_needs(string set)
    {
        var lines = File.ReadAllLines(BaselinePath(set));
        var suggestions = lines.Select(l => Suggested.Match(l)).Where(m => m.Success).ToList();
        Assert.NotEmpty(suggestions);
        Assert.Equal(lines.Count(l => l.Contains(" Nearest ", StringComparison.Ordinal)), suggestions.Count);

        foreach (var match in suggestions)
        {
            string id = match.Groups["id"].Value;
            string value = match.Groups["value"].Value;
            string context = $"{set}: {id} suggests '{value}'";
            if (id == "ACCEL003")
            {
                Assert.Equal("region that offers it", match.Groups["what"].Value);
                Assert.Contains(value, AccelLint.Catalog.Regions.DefaultAcceleratedConnectionsRegions);
                continue;
            }

            Assert.True(id is "ACCEL001" or "ACCEL002" or "ACCEL006", $"{context}: only ACCEL001, 002, 003 and 006 suggest");
            Assert.Equal("size that supports it", match.Groups["what"].Value);
            Assert.True(AccelLint.Catalog.VmSizeCatalog.Embedded.TryGet(value, out var size), $"{context}, which is not in the catalog");
            Assert.True(size.AcceleratedNetworking, $"{context}, which does not support accelerated networking");
            if (id != "ACCEL001")
            {
                Assert.True(size.VCpus >= 4, $"{context}, which has {size.VCpus} vCPUs");
                Assert.False(AccelLint.Rules.Acceleration.IsDv5Family(size.Name), $"{context}, which is in the Dv5 family");
            }
        }
    }

    private static string Argument(string set) => "samples/" + set;

    private static string SetPath(string set) => Path.Combine(RepoPaths.Root, "samples", set);

    private static string BaselinePath(string set) => Path.Combine(SetPath(set), "expected.txt");

    private static List<(string Folder, string Id)> SampleFolders(string set) =>
        Directory.GetDirectories(SetPath(set))
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
