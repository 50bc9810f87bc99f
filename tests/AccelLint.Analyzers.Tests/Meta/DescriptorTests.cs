using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using AccelLint.Analyzers.Tests.AdditionalFiles;
using AccelLint.Analyzers.Tests.Infrastructure;
using AccelLint.Analyzers.Tests.CSharp;
using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Rules;
using Microsoft.CodeAnalysis;

namespace AccelLint.Analyzers.Tests.Meta;

/// <summary>
/// The Roslyn descriptors agree with the engine's rules: every ID has one, default severities match
/// the engine's default levels, help links point at docs/rules/ACCELnnn.md, and
/// AnalyzerReleases.Unshipped.md tracks every ID with its severity.
/// </summary>
public class DescriptorTests
{
    public static TheoryData<string> RuleIdsData()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in RuleRegistry.Descriptors)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void Engine_rules_and_descriptors_are_the_same_ids_in_the_same_order()
    {
        Assert.Equal(RuleRegistry.Descriptors.Select(d => d.Id), Descriptors.All.Select(d => d.Id));
        Assert.Equal(15, Descriptors.All.Count);
        Assert.Equal(Descriptors.All.Count, Descriptors.All.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void Both_analyzers_support_every_descriptor()
    {
        var ids = Descriptors.All.Select(d => d.Id).ToList();
        Assert.Equal(ids, new AccelLintAnalyzer().SupportedDiagnostics.Select(d => d.Id));
        Assert.Equal(ids, new TemplateFilesAnalyzer().SupportedDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Ids_are_letters_then_digits_for_the_github_problem_matcher()
    {
        Assert.All(Descriptors.All, d => Assert.Matches("^ACCEL[0-9]{3}$", d.Id));
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void Each_engine_rule_has_a_descriptor(string id)
    {
        var descriptor = Descriptors.For(id);
        Assert.Equal(id, descriptor.Id);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
        Assert.Equal(Descriptors.Category, descriptor.Category);
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void Help_link_ends_with_the_rule_page(string id)
    {
        var descriptor = Descriptors.For(id);
        Assert.EndsWith($"docs/rules/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.True(Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps, descriptor.HelpLinkUri);
        Assert.Equal(RuleRegistry.Find(id)!.HelpUri, descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void Help_page_exists_in_the_repository(string id)
    {
        string page = Path.Combine(RepoRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        Assert.Contains(id, File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void Default_severity_matches_the_engine_default_level(string id)
    {
        var engine = RuleRegistry.Find(id)!;
        Assert.Equal(Descriptors.ToSeverity(engine.DefaultLevel), Descriptors.For(id).DefaultSeverity);
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void Title_and_description_are_the_engine_ones(string id)
    {
        var engine = RuleRegistry.Find(id)!;
        Assert.Equal(engine.Title, Descriptors.For(id).Title.ToString());
        Assert.Equal(engine.Description, Descriptors.For(id).Description.ToString());
    }

    [Fact]
    public void Spec_default_levels_hold()
    {
        // SPEC.md §2: ACCEL000 error; ACCEL009, 010, 011 info; the rest warning.
        var expected = new Dictionary<string, DiagnosticSeverity>
        {
            ["ACCEL000"] = DiagnosticSeverity.Error,
            ["ACCEL001"] = DiagnosticSeverity.Warning,
            ["ACCEL002"] = DiagnosticSeverity.Warning,
            ["ACCEL003"] = DiagnosticSeverity.Warning,
            ["ACCEL004"] = DiagnosticSeverity.Warning,
            ["ACCEL005"] = DiagnosticSeverity.Warning,
            ["ACCEL006"] = DiagnosticSeverity.Warning,
            ["ACCEL007"] = DiagnosticSeverity.Warning,
            ["ACCEL008"] = DiagnosticSeverity.Warning,
            ["ACCEL009"] = DiagnosticSeverity.Info,
            ["ACCEL010"] = DiagnosticSeverity.Info,
            ["ACCEL011"] = DiagnosticSeverity.Info,
            ["ACCEL012"] = DiagnosticSeverity.Warning,
            ["ACCEL013"] = DiagnosticSeverity.Warning,
            ["ACCEL014"] = DiagnosticSeverity.Info,
        };
        Assert.Equal(expected, Descriptors.All.ToDictionary(d => d.Id, d => d.DefaultSeverity));
    }

    [Fact]
    public void Level_to_severity_mapping_is_roslyns()
    {
        Assert.Equal(DiagnosticSeverity.Error, Descriptors.ToSeverity(DiagnosticLevel.Error));
        Assert.Equal(DiagnosticSeverity.Warning, Descriptors.ToSeverity(DiagnosticLevel.Warning));
        Assert.Equal(DiagnosticSeverity.Info, Descriptors.ToSeverity(DiagnosticLevel.Info));
        Assert.Equal(DiagnosticSeverity.Hidden, Descriptors.ToSeverity(DiagnosticLevel.None));
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void Message_format_is_the_engine_one_not_a_bare_argument(string id)
    {
        var engine = RuleRegistry.Find(id)!;
        string format = Descriptors.For(id).MessageFormat.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(engine.MessageFormat, format);
        Assert.NotEqual("{0}", format);
        Assert.True(engine.ArgumentCount >= 2, $"{id}: '{format}' has fewer than two placeholders");
    }

    [Fact]
    public void Arguments_with_braces_pass_through_the_format()
    {
        var diagnostic = Diagnostic.Create(Descriptors.For("ACCEL000"), Location.None, "file '{0}'", "it has {1} braces");
        Assert.Equal("file '{0}': it has {1} braces", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_csharp_diagnostic_is_the_engine_format_filled_with_the_finding_arguments()
    {
        var diagnostic = CSharpHarness.Single(await CSharpHarness.Verify(MessageAndSettingsTests.NicOnVm), "ACCEL001");

        // Roslyn keeps the message arguments (SARIF writes them); they are the engine finding's.
        var arguments = (IReadOnlyList<object?>)typeof(Diagnostic).GetProperty("Arguments", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(diagnostic)!;
        Assert.Equal(RuleRegistry.Find("ACCEL001")!.ArgumentCount, arguments.Count);
        Assert.Equal(
            new object?[] { "Network interface 'webNic'", string.Empty, "VM 'webVm' has size 'Standard_B1s'", "the deployment fails with VMSizeIsNotPermittedToEnableAcceleratedNetworking" },
            arguments.Take(4));
        Assert.StartsWith(".", (string)arguments[4]!, StringComparison.Ordinal);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, RuleRegistry.Find("ACCEL001")!.MessageFormat, arguments.ToArray()), diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_template_file_diagnostic_has_the_message_the_engine_gives_the_same_file()
    {
        string folder = Path.Combine(Path.GetTempPath(), "accellint-tests", "message-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string path = Path.Combine(folder, "main.bicep");
            File.WriteAllText(path, TemplateFilesTests.Bicep);
            var finding = Assert.Single(LintEngine.Lint(new LintOptions { Paths = new[] { path } }).Findings);
            Assert.Equal(string.Format(CultureInfo.InvariantCulture, finding.Rule.MessageFormat, finding.Arguments.ToArray<object>()), finding.Message);

            // The framework's run of an empty class with the file as an AdditionalFile, the finding expected where the engine puts it.
            var test = new AccelLintAnalyzerTest();
            test.TestState.Sources.Add(("Test.cs", "class Empty { }"));
            test.TestState.AdditionalFiles.Add((path, Microsoft.CodeAnalysis.Text.SourceText.From(TemplateFilesTests.Bicep)));
            var at = finding.Resolve();
            test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(finding.RuleId, DiagnosticSeverity.Warning).WithLocation(path, at.Line, at.Column));
            await test.RunAsync();
            var diagnostic = Assert.Single(test.Diagnostics, d => d.Id == finding.RuleId);
            Assert.Equal(finding.Message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
            Assert.Contains("'Standard_B1s'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Unshipped_release_file_lists_every_id_with_its_default_severity()
    {
        var rows = ReleaseRows(File.ReadAllText(Path.Combine(RepoRoot(), "analyzers", "AccelLint.Analyzers", "AnalyzerReleases.Unshipped.md")));
        var shipped = ReleaseRows(File.ReadAllText(Path.Combine(RepoRoot(), "analyzers", "AccelLint.Analyzers", "AnalyzerReleases.Shipped.md")));
        foreach (var descriptor in Descriptors.All)
        {
            Assert.True(rows.ContainsKey(descriptor.Id) || shipped.ContainsKey(descriptor.Id), $"{descriptor.Id} is not tracked in AnalyzerReleases.*.md");
            var (category, severity) = rows.TryGetValue(descriptor.Id, out var row) ? row : shipped[descriptor.Id];
            Assert.Equal(descriptor.Category, category);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), severity);
        }

        Assert.All(rows.Keys, id => Assert.Contains(Descriptors.All, d => d.Id == id));
    }

    /// <summary>ID → (category, severity) from the release-tracking tables ("Rule ID | Category | Severity | Notes").</summary>
    private static Dictionary<string, (string Category, string Severity)> ReleaseRows(string text)
    {
        var rows = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var match = Regex.Match(line, @"^\s*(ACCEL\d{3})\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|");
            if (match.Success)
            {
                Assert.True(rows.TryAdd(match.Groups[1].Value, (match.Groups[2].Value, match.Groups[3].Value)), $"{match.Groups[1].Value} is listed twice");
            }
        }

        return rows;
    }

    /// <summary>The repository root: the folder holding Lint.sln, walking up from the test assembly.</summary>
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
