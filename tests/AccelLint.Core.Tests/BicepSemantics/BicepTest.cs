using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Text;

namespace AccelLint.Core.Tests.BicepSemantics;

/// <summary>Helpers for the Bicep semantic tests: marked-up files through <see cref="Verifier"/>, under a time limit.</summary>
internal static class BicepTest
{
    /// <summary>Long enough for a slow CI machine; a hang (a cycle, a runaway loop) fails instead of blocking the run.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    /// <summary>A VM named <c>vm1</c> in East US whose size is the expression <c>vmSize</c> and whose one NIC is <c>nic</c>.</summary>
    public const string Vm = """
        resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
          name: 'vm1'
          location: 'eastus'
          properties: {
            hardwareProfile: { vmSize: vmSize }
            networkProfile: {
              networkInterfaces: [ { id: nic.id } ]
            }
          }
        }
        """;

    /// <summary><c>main.bicep</c> plus other files; findings must match the markers exactly.</summary>
    public static LintResult Verify(string main, params (string Name, string Text)[] others)
    {
        var files = new Dictionary<string, string> { ["main.bicep"] = main };
        foreach (var (name, text) in others)
        {
            files[name] = text;
        }

        return Files(files);
    }

    /// <summary>Any set of files (name → marked-up text), linted as a folder (or from <paramref name="entry"/>).</summary>
    public static LintResult Files(IReadOnlyDictionary<string, string> files, string? entry = null, LintOptions? options = null, string? root = null)
    {
        var run = Task.Run(() => Verifier.Verify(files, options: options, entry: entry, root: root));
        if (!run.Wait(TimeLimit))
        {
            Assert.Fail($"The lint did not finish within {TimeLimit.TotalSeconds} seconds.");
        }

        return run.GetAwaiter().GetResult();
    }

    /// <summary>Lints files (name → text) in a fresh folder without comparing markers, under the time limit.</summary>
    public static LintResult Lint(IReadOnlyDictionary<string, string> files)
    {
        string folder = Path.Combine(Path.GetTempPath(), "accellint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var (name, text) in files)
            {
                File.WriteAllText(Path.Combine(folder, name), text);
            }

            var run = Task.Run(() => LintEngine.Lint(new LintOptions { Paths = new[] { folder } }));
            if (!run.Wait(TimeLimit))
            {
                Assert.Fail($"The lint did not finish within {TimeLimit.TotalSeconds} seconds.");
            }

            return run.GetAwaiter().GetResult();
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>1-based line and column of the first occurrence of <paramref name="needle"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) PositionOf(string text, string needle)
    {
        int offset = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{needle}' is not in the text");
        return new SourceFile("x", text).GetLinePosition(offset);
    }

    /// <summary>The single unsuppressed finding of a rule.</summary>
    public static Finding Single(LintResult result, string ruleId) =>
        Assert.Single(result.Findings, f => f.RuleId == ruleId && !f.IsSuppressed);

    /// <summary>Asserts that a related location of <paramref name="finding"/> is in <paramref name="fileName"/> at the first occurrence of <paramref name="needle"/> in <paramref name="text"/>.</summary>
    public static void AssertRelatedAt(Finding finding, string fileName, string text, string needle)
    {
        var (line, column) = PositionOf(text, needle);
        var related = finding.Related.Select(r => (Location: r.Source.ToLocation(), r.Message)).ToList();
        Assert.True(
            related.Exists(r => Path.GetFileName(r.Location.Path) == fileName && r.Location.Line == line && r.Location.Column == column),
            $"expected a related location at {fileName}({line},{column}); the finding has [{string.Join(", ", related.Select(r => $"{Path.GetFileName(r.Location.Path)}({r.Location.Line},{r.Location.Column}) {r.Message}"))}]");
    }
}
