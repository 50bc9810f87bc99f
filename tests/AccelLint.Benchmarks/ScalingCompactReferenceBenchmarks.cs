using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace AccelLint.Benchmarks;

/// <summary>
/// Context for <see cref="ScalingBenchmarks"/>: a compact JSON tree (System.Text.Json's
/// <c>JsonDocument</c>: two arrays, not an object per node) over the same generated templates, with every
/// resource's name read. Set beside <see cref="ScalingReferenceBenchmarks"/>, it shows what an object-per-node
/// tree costs at 10,000 pairs on this machine.
/// </summary>
public class ScalingCompactReferenceBenchmarks
{
    private byte[] small = Array.Empty<byte>();
    private byte[] large = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        small = Encoding.UTF8.GetBytes(ScalingBenchmarks.Generate(1_000));
        large = Encoding.UTF8.GetBytes(ScalingBenchmarks.Generate(10_000));
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse 1,000 NIC+VM pairs")]
    public int Parse1000() => Parse(small);

    [Benchmark(Description = "JsonDocument.Parse 10,000 NIC+VM pairs")]
    public int Parse10000() => Parse(large);

    private static int Parse(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        int length = 0;
        foreach (var resource in document.RootElement.GetProperty("resources").EnumerateArray())
        {
            length += resource.GetProperty("name").GetString()!.Length;
        }

        return length;
    }
}
