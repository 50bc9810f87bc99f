using System.Text.RegularExpressions;
using AccelLint.Engine;

namespace AccelLint.Core.Tests;

/// <summary>
/// The Bicep and ARM front ends agree: for every quickstart folder whose <c>azuredeploy.json</c> the
/// Bicep compiler generated from its <c>main.bicep</c>, linting either form (with the folder's
/// parameters file) reports the same set of rules. Folders whose Bicep calls registry modules are
/// left out: registry modules are unknown by design, while their compiled form is inline.
/// </summary>
public class BicepDifferentialTests
{
    private static readonly Regex RegistryModule = new(@"module\s+\w+\s+'(br:|br/|ts:|ts/)", RegexOptions.CultureInvariant);

    [Fact]
    public void Main_bicep_and_its_compiled_template_report_the_same_rules()
    {
        if (CorpusTests.CorpusFolder() is not { } corpus)
        {
            return;
        }

        int compared = 0;
        var differences = new List<string>();
        foreach (var bicep in Directory.EnumerateFiles(Path.Combine(corpus, "quickstarts"), "main.bicep", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            string folder = Path.GetDirectoryName(bicep)!;
            string json = Path.Combine(folder, "azuredeploy.json");
            if (!File.Exists(json) || !IsGeneratedByBicep(json) || Directory.EnumerateFiles(folder, "*.bicep").Any(f => RegistryModule.IsMatch(File.ReadAllText(f))))
            {
                continue;
            }

            string parameters = Path.Combine(folder, "azuredeploy.parameters.json");
            var parameterFiles = File.Exists(parameters) ? new[] { parameters } : Array.Empty<string>();
            var bicepResult = LintEngine.Lint(new LintOptions { Paths = new[] { bicep }, ParameterFiles = parameterFiles });
            if (bicepResult.Findings.Any(f => f.Message.Contains("the file is missing", StringComparison.Ordinal)))
            {
                // The corpus lacks a file the Bicep loads (loadJsonContent ...), which the compiled form has inline.
                continue;
            }

            var fromBicep = Rules(bicepResult);
            var fromJson = Rules(LintEngine.Lint(new LintOptions { Paths = new[] { json } }));
            compared++;
            if (!fromBicep.SetEquals(fromJson))
            {
                differences.Add($"{Path.GetRelativePath(corpus, folder)}: bicep [{string.Join(", ", fromBicep.OrderBy(r => r))}] json [{string.Join(", ", fromJson.OrderBy(r => r))}]");
            }
        }

        Assert.True(compared >= 90, $"expected the quickstarts' Bicep folders to be compared, got {compared}");
        Assert.True(differences.Count == 0, "Bicep and ARM forms disagree:\n" + string.Join("\n", differences));
    }

    private static bool IsGeneratedByBicep(string json) =>
        Regex.IsMatch(File.ReadAllText(json), "\"_generator\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\"bicep\"");

    private static HashSet<string> Rules(LintResult result) => new(result.Findings.Select(f => f.RuleId), StringComparer.Ordinal);
}
