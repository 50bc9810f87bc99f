using System.Text;
using AccelLint.Arm;
using AccelLint.Config;
using AccelLint.Engine;
using AccelLint.Json;
using AccelLint.Text;
using BenchmarkDotNet.Attributes;

namespace AccelLint.Benchmarks;

/// <summary>SPEC.md §9: a generated template with 10,000 NIC+VM pairs costs at most 11x one with 1,000 (linear).</summary>
public class ScalingBenchmarks
{
    private string small = string.Empty;
    private string large = string.Empty;
    private string larger = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        small = Generate(1_000);
        large = Generate(10_000);
        larger = Generate(20_000);
    }

    public static string Generate(int pairs)
    {
        var text = new StringBuilder();
        text.Append("{\"$schema\":\"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\"contentVersion\":\"1.0.0.0\",");
        text.Append("\"parameters\":{\"location\":{\"type\":\"string\",\"defaultValue\":\"eastus\"}},\"resources\":[\n");
        for (int i = 0; i < pairs; i++)
        {
            string size = i % 3 == 0 ? "Standard_B1s" : "Standard_D4s_v3";
            text.Append("{\"type\":\"Microsoft.Network/networkInterfaces\",\"apiVersion\":\"2023-09-01\",\"name\":\"nic-").Append(i)
                .Append("\",\"location\":\"[parameters('location')]\",\"properties\":{\"enableAcceleratedNetworking\":true,\"ipConfigurations\":[]}},\n");
            text.Append("{\"type\":\"Microsoft.Compute/virtualMachines\",\"apiVersion\":\"2023-09-01\",\"name\":\"vm-").Append(i)
                .Append("\",\"location\":\"[parameters('location')]\",\"properties\":{\"hardwareProfile\":{\"vmSize\":\"").Append(size)
                .Append("\"},\"networkProfile\":{\"networkInterfaces\":[{\"id\":\"[resourceId('Microsoft.Network/networkInterfaces', 'nic-").Append(i).Append("')]\"}]}}}");
            text.Append(i + 1 < pairs ? ",\n" : "\n");
        }

        text.Append("]}");
        return text.ToString();
    }

    [Benchmark(Baseline = true, Description = "lint 1,000 NIC+VM pairs")]
    public int Lint1000() => Lint(small);

    [Benchmark(Description = "lint 10,000 NIC+VM pairs")]
    public int Lint10000() => Lint(large);

    /// <summary>Past the cache cliff: 20,000 pairs against 10,000 shows whether the cost per pair stays flat.</summary>
    [Benchmark(Description = "lint 20,000 NIC+VM pairs")]
    public int Lint20000() => Lint(larger);

    private static int Lint(string text)
    {
        var document = JsonReader.Parse(new SourceFile("generated.json", text));
        var evaluation = ArmFrontEnd.Evaluate(document);
        return LintEngine.RunRules(evaluation.Model, LintSettings.Default).Count;
    }
}
