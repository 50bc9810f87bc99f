using System.Text.RegularExpressions;
using AccelLint.Engine;

namespace AccelLint.Core.Tests;

/// <summary>
/// The Bicep and ARM front ends agree: for every quickstart folder whose <c>azuredeploy.json</c> the
/// Bicep compiler generated from its <c>main.bicep</c>, linting either form (with the folder's
/// parameters file) reports the same set of rules. Folders whose Bicep calls registry modules are
/// linted from a copy with a bicepconfig.json whose module cache holds those modules, taken from the
/// compiled template (where the compiler wrote them inline).
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
        int registries = 0;
        var differences = new List<string>();
        foreach (var bicep in Directory.EnumerateFiles(Path.Combine(corpus, "quickstarts"), "main.bicep", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            string folder = Path.GetDirectoryName(bicep)!;
            string json = Path.Combine(folder, "azuredeploy.json");
            if (!File.Exists(json) || !IsGeneratedByBicep(json))
            {
                continue;
            }

            using var registry = Directory.EnumerateFiles(folder, "*.bicep").Any(f => RegistryModule.IsMatch(File.ReadAllText(f))) ? WithRegistryCache(folder, json) : null;
            string bicepFolder = registry?.Root ?? folder;
            string parameters = Path.Combine(bicepFolder, "azuredeploy.parameters.json");
            var parameterFiles = File.Exists(parameters) ? new[] { parameters } : Array.Empty<string>();
            var bicepResult = LintEngine.Lint(new LintOptions { Paths = new[] { Path.Combine(bicepFolder, "main.bicep") }, WorkspaceRoots = Oracle.FormComparison.AnyFile, ParameterFiles = parameterFiles });
            if (bicepResult.Findings.Any(f => f.Message.Contains("the file is missing", StringComparison.Ordinal)))
            {
                // The corpus lacks a file the Bicep loads (loadJsonContent ...), which the compiled form has inline.
                continue;
            }

            var fromBicep = Rules(bicepResult);
            var fromJson = Rules(LintEngine.Lint(new LintOptions { Paths = new[] { json }, WorkspaceRoots = Oracle.FormComparison.AnyFile }));
            compared++;
            registries += registry is null ? 0 : 1;
            if (!fromBicep.SetEquals(fromJson))
            {
                differences.Add($"{Path.GetRelativePath(corpus, folder)}: bicep [{string.Join(", ", fromBicep.OrderBy(r => r))}] json [{string.Join(", ", fromJson.OrderBy(r => r))}]");
            }
        }

        Assert.True(compared >= 90, $"expected the quickstarts' Bicep folders to be compared, got {compared}");
        Assert.True(registries >= 2, $"expected the quickstarts that call registry modules (gamedev-vm, sharepoint-adfs) to be compared, got {registries}");
        Assert.True(differences.Count == 0, "Bicep and ARM forms disagree:\n" + string.Join("\n", differences));
    }

    /// <summary>A copy of the folder with a bicepconfig.json whose cache holds its registry modules, as compiled into <paramref name="json"/>.</summary>
    private static Registry.RegistryCache WithRegistryCache(string folder, string json)
    {
        var copy = new Registry.RegistryCache().WithConfig();
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.Copy(file, Path.Combine(copy.Root, Path.GetFileName(file)));
        }

        var written = Registry.CompiledModuleCache.Fill(copy.Root, json, copy.CacheRoot);
        Assert.True(written.Count > 0, $"no registry module of {folder} was found in its compiled template");
        return copy;
    }

    private static bool IsGeneratedByBicep(string json) =>
        Regex.IsMatch(File.ReadAllText(json), "\"_generator\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\"bicep\"");

    private static HashSet<string> Rules(LintResult result) => new(result.Findings.Select(f => f.RuleId), StringComparer.Ordinal);
}
