using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace AccelLint.Core.Tests.Oracle;

/// <summary>
/// Mutants of the corpus: every NIC resource and NIC configuration of every corpus Bicep file gets
/// Accelerated Networking and Accelerated Connections turned on (<see cref="BicepMutator"/>); the
/// mutants are written beside copies of the rest of the corpus (so relative module paths hold),
/// recompiled, and each mutant (and each file that calls one as a module) and its compiled template,
/// linted alone, report the same rules.
/// </summary>
public class MutantFormDifferentialTests : IClassFixture<OracleLog>
{
    private static readonly Regex LocalModule = new(@"\bmodule\s+\w+\s+'(?<path>[^':]+\.bicep)'", RegexOptions.CultureInvariant);

    private readonly ITestOutputHelper output;

    public MutantFormDifferentialTests(ITestOutputHelper output, OracleLog log) => this.output = log.Tee(output);

    [Fact]
    public void The_mutator_sets_AN_and_AC_in_NIC_properties_and_configurations_only()
    {
        const string source = """
            var note = 'properties: { enableAcceleratedNetworking: false }'
            resource nic 'Microsoft.Network/networkInterfaces@2024-05-01' = {
              name: 'nic-${note}'
              properties: {
                // enableAcceleratedNetworking: false
                enableAcceleratedNetworking: useAn
                  ? true
                  : false
                ipConfigurations: []
              }
            }
            resource other 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet'
              properties: {
                addressSpace: { addressPrefixes: [ '10.0.0.0/16' ] }
              }
            }
            resource vmss 'Microsoft.Compute/virtualMachineScaleSets@2024-07-01' = {
              name: 'vmss'
              properties: {
                virtualMachineProfile: {
                  networkProfile: {
                    networkInterfaceConfigurations: [for (c, i) in configs: {
                      name: 'c${i}'
                      properties: { primary: i == 0, auxiliarySku: 'A8' }
                    }]
                  }
                }
              }
            }
            """;

        var (text, changed) = BicepMutator.Mutate(source);

        Assert.Equal(2, changed);
        Assert.Contains("var note = 'properties: { enableAcceleratedNetworking: false }'", text, StringComparison.Ordinal);
        Assert.Contains("enableAcceleratedNetworking: true\n    ipConfigurations: []", text, StringComparison.Ordinal);
        Assert.Contains("// enableAcceleratedNetworking: false", text, StringComparison.Ordinal);
        Assert.Contains("properties: { enableAcceleratedNetworking: true, auxiliaryMode: 'AcceleratedConnections', primary: i == 0, auxiliarySku: 'A2' }", text, StringComparison.Ordinal);
        Assert.Contains("addressSpace: { addressPrefixes: [ '10.0.0.0/16' ] }\n  }", text, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(text, "auxiliaryMode: 'AcceleratedConnections'").Count);
    }

    [SkippableFact]
    public void Corpus_mutants_with_AN_and_AC_on_report_the_same_rules_in_both_forms()
    {
        Skip.If(BicepCompiler.Unavailable is not null, BicepCompiler.Unavailable);
        Skip.If(CorpusTests.CorpusFolder() is null, "the corpus is not present");
        string corpus = CorpusTests.CorpusFolder()!;
        var original = BicepCompiler.CompileFolder(corpus);

        string root = Path.Combine(Path.GetTempPath(), "accellint-oracle-mutants", "corpus");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var mutated = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(corpus, file);
            string target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (file.EndsWith(".bicep", StringComparison.Ordinal) && original.CompiledJson(file) is not null
                && BicepMutator.Mutate(File.ReadAllText(file)) is { Changed: > 0 } mutant)
            {
                File.WriteAllText(target, mutant.Text);
                mutated.Add(Path.GetFullPath(target));
            }
            else
            {
                File.Copy(file, target);
            }
        }

        var compiled = BicepCompiler.CompileFolder(root);
        var affected = Affected(compiled.Sources, mutated);
        var pairs = FormComparison.CompiledPairs(compiled, root).Where(p => affected.Contains(p.Bicep)).ToList();
        int broken = mutated.Count(m => compiled.CompiledJson(m) is null);
        var differences = FormComparison.Differences(pairs, CorpusFormDifferentialTests.Allowed);

        output.WriteLine($"mutated {mutated.Count} corpus Bicep files ({broken} no longer compile); compared {pairs.Count} mutants and their callers");
        Assert.True(mutated.Count >= 80, $"expected the corpus' NICs to be mutated, got {mutated.Count} files");
        Assert.True(broken * 5 <= mutated.Count, $"{broken} of {mutated.Count} mutants do not compile: " + string.Join(", ", mutated.Where(m => compiled.CompiledJson(m) is null).Take(10).Select(m => Path.GetRelativePath(root, m))));
        Assert.True(differences.Count == 0, $"Bicep and compiled forms of mutants disagree on {differences.Count} of {pairs.Count} files (in {root}):\n" + string.Join("\n", differences));
    }

    /// <summary>The mutated files and every file that calls one of them as a local module, through any depth.</summary>
    private static HashSet<string> Affected(IReadOnlyList<string> sources, HashSet<string> mutated)
    {
        var calls = sources.ToDictionary(
            s => s,
            s => LocalModule.Matches(File.ReadAllText(s)).Select(m => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(s)!, m.Groups["path"].Value))).ToList(),
            StringComparer.Ordinal);
        var affected = new HashSet<string>(mutated, StringComparer.Ordinal);
        bool grew = true;
        while (grew)
        {
            grew = false;
            foreach (var (source, modules) in calls)
            {
                if (!affected.Contains(source) && modules.Any(affected.Contains))
                {
                    affected.Add(source);
                    grew = true;
                }
            }
        }

        return affected;
    }
}
