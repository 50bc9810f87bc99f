using Xunit.Abstractions;

namespace AccelLint.Core.Tests.Oracle;

/// <summary>
/// The Bicep and ARM front ends agree on the corpus, with the real compiler as the judge of what a
/// Bicep file means: every corpus <c>.bicep</c> that compiles offline, and its compiled template, each
/// linted alone, report the same rules; so do the AVM folders that ship both <c>main.bicep</c> and
/// <c>main.json</c>. Files that call registry modules do not compile offline and are left out.
/// </summary>
public class CorpusFormDifferentialTests
{
    /// <summary>
    /// Pairs whose forms differ for a reason outside the front ends (see each comment). Keep this short;
    /// each entry is a known gap with an owner.
    /// </summary>
    internal static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
    };

    private readonly ITestOutputHelper output;

    public CorpusFormDifferentialTests(ITestOutputHelper output) => this.output = output;

    [SkippableFact]
    public void Every_compiling_corpus_bicep_file_and_its_compiled_template_report_the_same_rules()
    {
        Skip.If(BicepCompiler.Unavailable is not null, BicepCompiler.Unavailable);
        Skip.If(CorpusTests.CorpusFolder() is null, "the corpus is not present");
        string corpus = CorpusTests.CorpusFolder()!;

        var compiled = BicepCompiler.CompileFolder(corpus);
        var pairs = FormComparison.CompiledPairs(compiled, corpus).ToList();
        var differences = FormComparison.Differences(pairs, Allowed);

        output.WriteLine($"compared {pairs.Count} compiled corpus Bicep files (of {compiled.Sources.Count})");
        Assert.True(pairs.Count >= 300, $"expected most corpus Bicep files to compile offline, got {pairs.Count} of {compiled.Sources.Count}");
        Assert.True(differences.Count == 0, $"Bicep and compiled forms disagree on {differences.Count} of {pairs.Count} files:\n" + string.Join("\n", differences));
    }

    [Fact]
    public void AVM_folders_with_main_bicep_and_main_json_report_the_same_rules()
    {
        if (CorpusTests.CorpusFolder() is not { } corpus)
        {
            return;
        }

        var pairs = new List<FormPair>();
        foreach (string root in new[] { "avm/bicep-registry-modules", "avm/ResourceModules" })
        {
            string folder = Path.Combine(corpus, root);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (string bicep in Directory.EnumerateFiles(folder, "main.bicep", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            {
                string json = Path.Combine(Path.GetDirectoryName(bicep)!, "main.json");
                if (File.Exists(json))
                {
                    pairs.Add(new FormPair(Path.GetRelativePath(corpus, bicep).Replace('\\', '/'), bicep, json, Array.Empty<string>()));
                }
            }
        }

        var differences = FormComparison.Differences(pairs, Allowed);

        output.WriteLine($"compared {pairs.Count} AVM main.bicep/main.json pairs");
        Assert.True(pairs.Count >= 10, $"expected the AVM folders with both forms to be compared, got {pairs.Count}");
        Assert.True(differences.Count == 0, "AVM main.bicep and main.json disagree:\n" + string.Join("\n", differences));
    }
}
