using AccelLint.Bicep;
using AccelLint.Bicep.Syntax;
using AccelLint.Config;
using AccelLint.Engine;
using AccelLint.Text;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;

namespace AccelLint.Benchmarks;

/// <summary>
/// SPEC.md §9: lexing, parsing and evaluating each corpus <c>main.bicep</c> (with the local modules it
/// calls) costs at most 1x a bare JToken.Parse of its compiled JSON (which holds those modules inline).
/// </summary>
public class BicepBenchmarks
{
    private List<(string Path, string Compiled)> pairs = new();
    private Dictionary<string, string> sources = new(StringComparer.Ordinal);

    [GlobalSetup]
    public void Setup()
    {
        pairs = Corpus.BicepWithCompiled();
        foreach (var bicep in Directory.EnumerateFiles(Corpus.Folder(), "*.bicep", SearchOption.AllDirectories))
        {
            sources[Path.GetFullPath(bicep)] = File.ReadAllText(bicep);
        }
    }

    [Benchmark(Baseline = true, Description = "JToken.Parse (compiled main.json)")]
    public int JTokenParseCompiled()
    {
        int count = 0;
        foreach (var (_, compiled) in pairs)
        {
            count += JToken.Parse(compiled).Count();
        }

        return count;
    }

    [Benchmark(Description = "lex+parse+evaluate (main.bicep)")]
    public int LexParseEvaluate()
    {
        int count = 0;
        foreach (var (path, _) in pairs)
        {
            var trees = new Dictionary<string, BicepSyntaxTree?>(StringComparer.Ordinal);
            BicepSyntaxTree? Load(string file)
            {
                if (!trees.TryGetValue(file, out var tree))
                {
                    tree = sources.TryGetValue(file, out var text) ? BicepParser.Parse(new SourceFile(file, text)) : null;
                    trees[file] = tree;
                }

                return tree;
            }

            var entry = Load(Path.GetFullPath(path))!;
            var evaluation = BicepFrontEnd.Evaluate(entry, Load);
            count += LintEngine.RunRules(evaluation.Model, LintSettings.Default).Count + entry.Tokens.Count;
        }

        return count;
    }
}
