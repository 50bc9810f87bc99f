using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;

namespace AccelLint.Benchmarks;

/// <summary>
/// Context for <see cref="ScalingBenchmarks"/>: how a bare <c>JToken.Parse</c> of the same generated
/// templates scales from 1,000 to 10,000 pairs on this machine (the memory system's share of the ratio).
/// </summary>
public class ScalingReferenceBenchmarks
{
    private string small = string.Empty;
    private string large = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        small = ScalingBenchmarks.Generate(1_000);
        large = ScalingBenchmarks.Generate(10_000);
    }

    [Benchmark(Baseline = true, Description = "JToken.Parse 1,000 NIC+VM pairs")]
    public int Parse1000() => JToken.Parse(small).Count();

    [Benchmark(Description = "JToken.Parse 10,000 NIC+VM pairs")]
    public int Parse10000() => JToken.Parse(large).Count();
}
