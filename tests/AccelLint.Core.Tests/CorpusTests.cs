using AccelLint.Diagnostics;
using AccelLint.Engine;

namespace AccelLint.Core.Tests;

/// <summary>
/// The real-world corpus (../shared/corpus: Azure quickstarts, Bicep samples, Azure Verified Modules):
/// every ARM file lints without ACCEL000 and without a crash. Returns early when the folder is absent.
/// </summary>
public class CorpusTests
{
    public static string? CorpusFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lint.sln")))
            {
                string corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }

        return null;
    }

    [Fact]
    public void Every_ARM_file_in_the_corpus_lints_without_ACCEL000()
    {
        if (CorpusFolder() is not { } corpus)
        {
            return;
        }

        var result = LintEngine.Lint(new LintOptions { Paths = new[] { corpus } });

        var invalid = result.Findings
            .Where(f => f.RuleId == RuleIds.InvalidInput && f.Location.File.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Select(f => $"{f.Resolve()}: {f.Message}")
            .ToList();
        Assert.True(invalid.Count == 0, "ACCEL000 on corpus ARM files:\n" + string.Join("\n", invalid.Take(20)));
        Assert.True(result.FileCount > 2500, $"expected the corpus' ARM and Bicep files to be linted, got {result.FileCount}");

        // Bicep: ACCEL000 only in the compiler's deliberately invalid samples, and never an internal failure.
        var bicepInvalid = result.Findings
            .Where(f => f.RuleId == RuleIds.InvalidInput && !f.Location.File.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Where(f => !f.Location.File.Path.Replace('\\', '/').Split('/').Any(segment => segment.StartsWith("Invalid", StringComparison.Ordinal)))
            // The corpus keeps Bicep sources, not always the files they load: the compiler rejects those too.
            .Where(f => !f.Message.Contains("the file is missing", StringComparison.Ordinal))
            .Select(f => $"{f.Resolve()}: {f.Message}")
            .ToList();
        Assert.True(bicepInvalid.Count == 0, "ACCEL000 on valid corpus Bicep files:\n" + string.Join("\n", bicepInvalid.Take(20)));
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("could not evaluate", StringComparison.Ordinal));
    }

    [Fact]
    public void Corpus_findings_point_inside_their_files()
    {
        if (CorpusFolder() is not { } corpus)
        {
            return;
        }

        var result = LintEngine.Lint(new LintOptions { Paths = new[] { Path.Combine(corpus, "quickstarts") } });
        Assert.NotEmpty(result.Findings);
        foreach (var finding in result.Findings)
        {
            var location = finding.Resolve();
            Assert.InRange(location.Line, 1, finding.Location.File.LineStarts.Length);
            Assert.InRange(finding.Location.Span.Start, 0, finding.Location.File.Text.Length);
        }
    }

    [Fact]
    public void Linting_in_parallel_gives_identical_results_run_after_run()
    {
        if (CorpusFolder() is not { } corpus)
        {
            return;
        }

        static List<string> Render(LintResult result) =>
            result.Findings.Select(f => $"{f.Resolve()} {f.RuleId} {f.Level} {f.Message} {string.Join(";", f.Related.Select(r => r.Source.ToLocation().ToString()))}").ToList();

        var first = Render(LintEngine.Lint(new LintOptions { Paths = new[] { corpus } }));
        var second = Render(LintEngine.Lint(new LintOptions { Paths = new[] { corpus } }));
        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Releasing_each_files_text_after_its_deployments_changes_no_finding()
    {
        if (CorpusFolder() is not { } corpus)
        {
            return;
        }

        static List<string> Render(LintResult result) =>
            result.Findings.Select(f => $"{f.Resolve()} {f.RuleId} {f.Level} {f.Message} {f.Suppression} {f.Suggestion?.WrittenAt?.ToLocation()} {string.Join(";", f.Related.Select(r => r.Source.ToLocation().ToString()))}").ToList();

        var kept = Render(LintEngine.Lint(new LintOptions { Paths = new[] { corpus } }));
        var streamed = LintEngine.Lint(new LintOptions { Paths = new[] { corpus }, ReleaseSourceText = true });
        Assert.Equal(kept, Render(streamed));

        // The text of a released file is read again when asked for.
        var finding = streamed.Findings.First(f => f.RuleId == RuleIds.SizeDoesNotSupportAcceleratedNetworking);
        Assert.True(finding.Location.File.IsDetached);
        Assert.Equal(File.ReadAllText(finding.Location.File.Path), finding.Location.File.Text);
    }
}
