using System.Globalization;
using System.Text.RegularExpressions;
using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Rules;
using AccelLint.Text;

namespace AccelLint.Core.Tests.Messages;

/// <summary>
/// Every rule's message is its descriptor's format filled with the finding's arguments: as many as the
/// format has placeholders, on every sample and on the real-world corpus, and every format is a
/// sentence of the rule's own, not a bare <c>{0}</c>.
/// </summary>
public class MessageFormatTests
{
    private static readonly Regex Placeholder = new(@"\{\d+\}", RegexOptions.CultureInvariant);

    public static TheoryData<string> RuleIdsData()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in RuleRegistry.Descriptors)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void Format_is_a_sentence_with_placeholders_not_a_bare_argument(string id)
    {
        string format = RuleRegistry.Find(id)!.MessageFormat;
        Assert.NotEqual("{0}", format);
        Assert.True(RuleDescriptor.CountPlaceholders(format) >= 2, $"{id}: '{format}' has fewer than two placeholders");

        // Every placeholder from {0} to the last is used, so that no argument is silently dropped.
        for (int i = 0; i < RuleDescriptor.CountPlaceholders(format); i++)
        {
            Assert.Contains("{" + i.ToString(CultureInfo.InvariantCulture) + "}", format, StringComparison.Ordinal);
        }

        string literal = Placeholder.Replace(format, string.Empty);
        if (id == RuleIds.InvalidInput)
        {
            // "{0}: {1}": what could not be used, and why.
            Assert.Contains(":", literal, StringComparison.Ordinal);
        }
        else
        {
            Assert.Matches(@"\p{L}{2,}", literal);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void Model_rules_end_with_the_tail_placeholder(string id)
    {
        // The rules run on the model take the tail (condition, period, suggestion, module note) last.
        if (id == RuleIds.InvalidInput)
        {
            return;
        }

        var descriptor = RuleRegistry.Find(id)!;
        Assert.EndsWith("{" + (descriptor.ArgumentCount - 1).ToString(CultureInfo.InvariantCulture) + "}", descriptor.MessageFormat, StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholder_count_is_one_more_than_the_highest_index()
    {
        Assert.Equal(0, RuleDescriptor.CountPlaceholders("no placeholders {{0}}"));
        Assert.Equal(3, RuleDescriptor.CountPlaceholders("{2} then {0}"));
        Assert.Equal(11, RuleDescriptor.CountPlaceholders("{10}"));
    }

    [Fact]
    public void A_finding_with_the_wrong_number_of_arguments_is_refused()
    {
        var location = new SourceRef(new SourceFile("x.json", string.Empty), new TextSpan(0, 0));
        Assert.Throws<ArgumentException>(() => new Finding(InvalidInputRule.Rule, DiagnosticLevel.Error, new[] { "only one" }, location));
        Assert.Equal("The file cannot be read: denied.", InvalidInputRule.Finding(location, "The file cannot be read", "denied.").Message);
    }

    [Fact]
    public void Every_sample_finding_is_its_format_filled_with_its_arguments()
    {
        var result = LintEngine.Lint(new LintOptions { Paths = new[] { Path.Combine(RepoRoot(), "samples") } });
        Assert.True(result.Findings.Count > 20, $"expected the samples' findings, got {result.Findings.Count}");
        AssertFormatted(result.Findings);

        // The ARM and Bicep samples show most rules (ACCEL012 is in the C# samples, which the analyzer lints).
        Assert.True(result.Findings.Select(f => f.RuleId).Distinct().Count() >= 10, "expected the samples to show most rules");
    }

    [SkippableFact]
    public void Every_corpus_finding_is_its_format_filled_with_its_arguments()
    {
        Skip.If(CorpusTests.CorpusFolder() is null, "the corpus (../shared/corpus) is not there");
        var result = LintEngine.Lint(new LintOptions { Paths = new[] { CorpusTests.CorpusFolder()! } });
        Assert.NotEmpty(result.Findings);
        AssertFormatted(result.Findings);
    }

    private static void AssertFormatted(IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            string format = finding.Rule.MessageFormat;
            Assert.Equal(RuleDescriptor.CountPlaceholders(format), finding.Arguments.Count);
            Assert.All(finding.Arguments, a => Assert.NotNull(a));
            Assert.Equal(string.Format(CultureInfo.InvariantCulture, format, finding.Arguments.ToArray<object>()), finding.Message);
            Assert.Same(RuleRegistry.Find(finding.RuleId), finding.Rule);
        }
    }

    private static string RepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Lint.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Lint.sln not found above " + AppContext.BaseDirectory);
    }
}
