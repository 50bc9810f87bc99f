using AccelLint.Diagnostics;
using AccelLint.Engine;

namespace AccelLint.Core.Tests.Workspace;

/// <summary>
/// What the language server builds on: each deployment with the files it read and its own findings,
/// trees kept across runs for unchanged files, and a run stopped by cancellation.
/// </summary>
public sealed class IncrementalLintTests : IDisposable
{
    private const string Nic = "resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {\n  name: 'nic1'\n  location: 'eastus'\n  properties: {\n    enableAcceleratedNetworking: true\n  }\n}\n";

    private const string Vm = "resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {\n  name: 'vm1'\n  location: 'eastus'\n  properties: {\n    hardwareProfile: { vmSize: sizes.outputs.size }\n    networkProfile: { networkInterfaces: [ { id: nic.id } ] }\n  }\n}\n";

    private readonly WorkspaceTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    private LintResult Lint(ParseCache? cache = null, CancellationToken cancellation = default) =>
        LintEngine.Lint(new LintOptions { Paths = new[] { folder.Repo }, UserProfile = folder.Home, TrackDeployments = true, ParseCache = cache, Cancellation = cancellation });

    private void WriteCallerAndModule(string size)
    {
        folder.Write("app/sizes.bicep", $"output size string = '{size}'\n");
        folder.Write("app/main.bicep", "module sizes './sizes.bicep' = {\n  name: 'sizes'\n}\n" + Nic + Vm);
        folder.Write("other/main.bicep", "param vmSize string = 'Standard_D4s_v3'\n" + Nic + Vm.Replace("sizes.outputs.size", "vmSize", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_deployment_lists_the_files_it_read_and_its_own_findings()
    {
        WriteCallerAndModule("Standard_B1s");
        var result = Lint();

        var deployments = result.Deployments!;
        Assert.Equal(2, deployments.Count);
        var app = Assert.Single(deployments, d => d.Entry.EndsWith(Path.Combine("app", "main.bicep"), StringComparison.Ordinal));
        Assert.Contains(Path.Combine(folder.Repo, "app", "sizes.bicep"), app.Files);
        var finding = Assert.Single(app.Findings);
        Assert.Equal(RuleIds.SizeDoesNotSupportAcceleratedNetworking, finding.RuleId);
        Assert.Equal((8, 5), (finding.Resolve().Line, finding.Resolve().Column));

        var other = Assert.Single(deployments, d => d.Entry.EndsWith(Path.Combine("other", "main.bicep"), StringComparison.Ordinal));
        Assert.DoesNotContain(Path.Combine(folder.Repo, "app", "sizes.bicep"), other.Files);
        Assert.Empty(other.Findings);
        Assert.Empty(result.Loose!);
        Assert.Equal(result.Findings.Select(f => f.Resolve().ToString()), app.Findings.Select(f => f.Resolve().ToString()));
    }

    [Fact]
    public void Kept_trees_give_the_same_findings_and_a_changed_file_is_parsed_again()
    {
        WriteCallerAndModule("Standard_B1s");
        var cache = new ParseCache();
        var first = Lint(cache);
        Assert.Equal(3, cache.Count);
        Assert.Single(first.Findings);

        // Unchanged: the same findings from the kept trees. Changed module: its new value is used.
        Assert.Equal(first.Findings.Select(f => $"{f.Resolve()} {f.Message}"), Lint(cache).Findings.Select(f => $"{f.Resolve()} {f.Message}"));
        folder.Write("app/sizes.bicep", "output size string = 'Standard_D4s_v3'\n");
        Assert.Empty(Lint(cache).Findings);
    }

    [Fact]
    public void A_cancelled_run_stops()
    {
        WriteCallerAndModule("Standard_B1s");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Lint(cancellation: cancel.Token));
    }
}
