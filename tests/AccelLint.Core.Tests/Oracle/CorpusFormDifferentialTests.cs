using Xunit.Abstractions;

namespace AccelLint.Core.Tests.Oracle;

/// <summary>
/// The Bicep and ARM front ends agree on the corpus, with the real compiler as the judge of what a
/// Bicep file means: every corpus <c>.bicep</c> that compiles offline, and its compiled template, each
/// linted alone, report the same rules; so do the AVM folders that ship both <c>main.bicep</c> and
/// <c>main.json</c>. Files that call registry modules do not compile offline and are left out.
/// </summary>
public class CorpusFormDifferentialTests : IClassFixture<OracleLog>
{
    /// <summary>
    /// Pairs whose forms differ for a reason outside the front ends (see each comment). Keep this short;
    /// each entry is a known gap with an owner.
    /// </summary>
    internal static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
    };

    private readonly ITestOutputHelper output;

    public CorpusFormDifferentialTests(ITestOutputHelper output, OracleLog log) => this.output = log.Tee(output);

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
        var caches = new List<Registry.RegistryCache>();
        int restored = 0;
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
                if (!File.Exists(json))
                {
                    continue;
                }

                string label = Path.GetRelativePath(corpus, bicep).Replace('\\', '/');
                if (WithPublicModules(corpus, Path.GetDirectoryName(bicep)!, json) is { } cache)
                {
                    // The Bicep form calls registry modules: compared with them restored from the corpus's own AVM sources.
                    caches.Add(cache);
                    pairs.Add(new FormPair(label, Path.Combine(cache.Root, "main.bicep"), json, Array.Empty<string>()));
                    restored++;
                }
                else
                {
                    pairs.Add(new FormPair(label, bicep, json, Array.Empty<string>()));
                }
            }
        }

        List<string> differences;
        try
        {
            differences = FormComparison.Differences(pairs, Allowed);
        }
        finally
        {
            caches.ForEach(c => c.Dispose());
        }

        output.WriteLine($"compared {pairs.Count} AVM main.bicep/main.json pairs ({restored} with their registry modules restored from the corpus)");
        Assert.True(pairs.Count >= 10, $"expected the AVM folders with both forms to be compared, got {pairs.Count}");
        Assert.True(differences.Count == 0, "AVM main.bicep and main.json disagree:\n" + string.Join("\n", differences));
    }

    private static readonly System.Text.RegularExpressions.Regex PublicModule = new(
        @"module\s+\w+\s+'br/public:(?<path>avm/[a-z0-9/-]+):(?<tag>[0-9.]+)'", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A copy of <paramref name="folder"/> whose Bicep cache holds the public AVM modules its files call:
    /// the module's template as compiled into <paramref name="compiled"/> (found by the telemetry
    /// deployment every AVM module carries, which names the module and its version), else the
    /// corpus's own AVM source of it; null when it calls none.
    /// </summary>
    private static Registry.RegistryCache? WithPublicModules(string corpus, string folder, string compiled)
    {
        var references = Directory.EnumerateFiles(folder, "*.bicep", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Contains("tests"))
            .SelectMany(f => PublicModule.Matches(File.ReadAllText(f)).Cast<System.Text.RegularExpressions.Match>())
            .Select(m => (Path: m.Groups["path"].Value, Tag: m.Groups["tag"].Value))
            .Distinct()
            .ToList();
        if (references.Count == 0)
        {
            return null;
        }

        var cache = new Registry.RegistryCache().WithConfig();
        cache.CopyFolder(folder, ".");
        foreach (var (path, tag) in references)
        {
            string source = Path.Combine(corpus, "avm", "bicep-registry-modules", path, "main.json");
            string? template = CompiledModule(compiled, path, tag) ?? (File.Exists(source) ? File.ReadAllText(source) : null);
            Assert.True(template is not null, $"{folder} calls br/public:{path}:{tag}, which neither its compiled template nor the corpus holds");
            cache.Restore($"br/mcr.microsoft.com/bicep${path.Replace('/', '$')}/{tag}$", template!);
        }

        return cache;
    }

    /// <summary>The template of the nested deployment in <paramref name="compiled"/> that is AVM module <paramref name="path"/> at <paramref name="tag"/>.</summary>
    private static string? CompiledModule(string compiled, string path, string tag)
    {
        var parts = path.Split('/');
        if (parts.Length != 4)
        {
            return null;
        }

        string telemetry = $"46d3xbcp.{parts[1]}.{parts[2]}-{parts[3].Replace("-", string.Empty, StringComparison.Ordinal)}.";
        string version = $"'{tag}'";
        var stack = new Stack<System.Text.Json.Nodes.JsonNode?>();
        stack.Push(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(compiled)));
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case System.Text.Json.Nodes.JsonObject obj:
                    if (obj["properties"]?["template"] is System.Text.Json.Nodes.JsonObject template && template["resources"] is { } resources
                        && Children(resources).Any(r => r?["name"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
                            && r["name"]!.GetValue<string>() is { } name && name.Contains(telemetry, StringComparison.Ordinal) && name.Contains(version, StringComparison.Ordinal)))
                    {
                        return template.ToJsonString();
                    }

                    foreach (var property in obj)
                    {
                        stack.Push(property.Value);
                    }

                    break;
                case System.Text.Json.Nodes.JsonArray array:
                    foreach (var item in array)
                    {
                        stack.Push(item);
                    }

                    break;
            }
        }

        return null;
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonNode?> Children(System.Text.Json.Nodes.JsonNode resources) => resources switch
    {
        System.Text.Json.Nodes.JsonArray array => array,
        System.Text.Json.Nodes.JsonObject obj => obj.Select(p => p.Value),
        _ => Enumerable.Empty<System.Text.Json.Nodes.JsonNode?>(),
    };
}
