using System.Globalization;
using Xunit.Abstractions;

namespace AccelLint.Core.Tests.Oracle;

/// <summary>
/// Random Bicep deployments (<see cref="DeploymentGenerator"/>, fixed seed) compile without errors, and
/// each file and its compiled template, linted alone, report the same rules. A few hundred per run;
/// set <c>ACCELLINT_ORACLE_GENERATED=N</c> for N.
/// </summary>
public class GeneratedFormDifferentialTests : IClassFixture<OracleLog>
{
    private const int Seed = 20240614;
    private const int DefaultCount = 300;

    /// <summary>
    /// Generated files whose forms differ for a known reason outside the front ends (see each comment),
    /// by label (<c>dNNNN/main.bicep</c>); only valid for the default seed and count.
    /// </summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
    };

    private readonly ITestOutputHelper output;

    public GeneratedFormDifferentialTests(ITestOutputHelper output, OracleLog log) => this.output = log.Tee(output);

    [SkippableFact]
    public void Generated_deployments_compile_and_both_forms_report_the_same_rules()
    {
        Skip.If(BicepCompiler.Unavailable is not null, BicepCompiler.Unavailable);
        int count = Environment.GetEnvironmentVariable("ACCELLINT_ORACLE_GENERATED") is { } n && int.TryParse(n, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed) && parsed > 0
            ? parsed
            : DefaultCount;
        string root = Path.Combine(Path.GetTempPath(), "accellint-oracle-generated", $"{Seed}-{count}");
        new DeploymentGenerator(Seed).WriteAll(root, count);

        var compiled = BicepCompiler.CompileFolder(root);
        var errors = compiled.Diagnostics.Where(d => d.IsError).Select(d => $"{Path.GetRelativePath(root, d.File)}({d.Line},{d.Column}): {d.Code} {d.Message}").ToList();
        Assert.True(errors.Count == 0, "generated Bicep does not compile:\n" + string.Join("\n", errors.Take(30)));

        var pairs = FormComparison.CompiledPairs(compiled, root).ToList();
        var differences = FormComparison.Differences(pairs, count == DefaultCount ? Allowed : null);

        output.WriteLine($"compared {pairs.Count} generated Bicep files ({count} deployments) in {root}, compiled in {compiled.OutputRoot}");
        Assert.Equal(compiled.Sources.Count, pairs.Count);
        Assert.True(differences.Count == 0, $"Bicep and compiled forms disagree on {differences.Count} of {pairs.Count} generated files (in {root}):\n" + string.Join("\n", differences));
    }
}
