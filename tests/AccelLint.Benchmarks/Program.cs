using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;

namespace AccelLint.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/AccelLint.Benchmarks</c>: every benchmark, each class reporting
/// a Ratio column against its baseline. <c>-- --short</c>: in-process, few iterations, done in seconds.
/// Other arguments go to BenchmarkDotNet (for example <c>--filter *Bicep*</c>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        bool shortMode = args.Contains("--short");
        var rest = args.Where(a => a != "--short").ToArray();
        IConfig config = DefaultConfig.Instance;
        if (shortMode)
        {
            config = DefaultConfig.Instance.AddJob(Job.Default
                .WithToolchain(InProcessNoEmitToolchain.Instance)
                .WithLaunchCount(1)
                .WithWarmupCount(8)
                .WithIterationCount(5)
                .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
                .WithId("short"));
        }

        var types = new[] { typeof(ArmBenchmarks), typeof(BicepBenchmarks), typeof(ScalingBenchmarks), typeof(ScalingReferenceBenchmarks), typeof(ScalingCompactReferenceBenchmarks), typeof(ColdStartBenchmarks), typeof(AnalyzerLinkingBenchmarks) };
        if (rest.Length > 0)
        {
            BenchmarkSwitcher.FromTypes(types).Run(rest, config);
        }
        else
        {
            BenchmarkRunner.Run(types, config);
        }
    }
}
