using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;

namespace AccelLint.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/AccelLint.Benchmarks</c>: every benchmark, each class reporting
/// a Ratio column against its baseline. <c>-- --short</c>: in-process, few iterations, done in seconds.
/// Other arguments go to BenchmarkDotNet (for example <c>--filter *Bicep*</c>). After the BenchmarkDotNet
/// classes, both modes print the folder scaling (1,000 vs 10,000 templates: time and peak memory) and the
/// LSP edit latency (p50/p95); <c>--folders</c> or <c>--lsp</c> runs only that one.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        bool shortMode = args.Contains("--short");
        bool foldersOnly = args.Contains("--folders");
        bool lspOnly = args.Contains("--lsp");
        if (foldersOnly || lspOnly)
        {
            // The two process-level measurements alone (no BenchmarkDotNet run).
            if (foldersOnly)
            {
                FolderScaling.Run(shortMode ? 1 : 3);
            }

            if (lspOnly)
            {
                LspLatency.Run(shortMode ? 40 : 100);
            }

            return;
        }

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

        var types = new[] { typeof(ArmBenchmarks), typeof(BicepBenchmarks), typeof(ColdStartBenchmarks), typeof(AnalyzerLinkingBenchmarks) };
        if (rest.Length > 0)
        {
            BenchmarkSwitcher.FromTypes(types).Run(rest, config);
        }
        else
        {
            BenchmarkRunner.Run(types, config);

            // The shapes users have, measured as whole processes: folder scaling (time and peak memory)
            // and the language server's edit latency, printed after BenchmarkDotNet's tables.
            FolderScaling.Run(shortMode ? 1 : 3);
            LspLatency.Run(shortMode ? 40 : 100);
        }
    }
}
