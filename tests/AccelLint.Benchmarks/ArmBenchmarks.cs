using AccelLint.Arm;
using AccelLint.Config;
using AccelLint.Engine;
using AccelLint.Json;
using AccelLint.Text;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;

namespace AccelLint.Benchmarks;

/// <summary>SPEC.md §9: linting (parse, evaluate, rules) every corpus ARM template costs at most 2x a bare JToken.Parse of the same files.</summary>
public class ArmBenchmarks
{
    private List<(string Path, string Text)> files = new();

    [GlobalSetup]
    public void Setup() => files = Corpus.ArmTemplates();

    [Benchmark(Baseline = true, Description = "JToken.Parse (ARM corpus)")]
    public int JTokenParse()
    {
        int count = 0;
        foreach (var (_, text) in files)
        {
            count += JToken.Parse(text).Count();
        }

        return count;
    }

    [Benchmark(Description = "accellint lint (ARM corpus)")]
    public int Lint()
    {
        int count = 0;
        foreach (var (path, text) in files)
        {
            var document = JsonReader.Parse(new SourceFile(path, text));
            if (ArmFrontEnd.Classify(document) == JsonDocumentKind.Template && document.Error is null)
            {
                var evaluation = ArmFrontEnd.Evaluate(document);
                count += LintEngine.RunRules(evaluation.Model, LintSettings.Default).Count + ArmFrontEnd.ReadSuppressions(document).GetHashCode() % 2;
            }
        }

        return count;
    }
}
