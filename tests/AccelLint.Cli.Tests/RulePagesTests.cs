using System.Text.RegularExpressions;
using AccelLint.Diagnostics;
using AccelLint.Rules;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Tests;

/// <summary>
/// The rule pages in <c>docs/rules/</c> that SARIF <c>helpUri</c>, <c>accellint rules</c> and the
/// Roslyn analyzer's help links point at: one page per registered rule, titled with the rule's exact
/// title, with the sections and examples every page has, and no page for an ID that does not exist.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class RulePagesTests
{
    /// <summary>Each input: the fence language of its examples, and how a page says the rule does not apply to it.</summary>
    private static readonly (string Input, string Fence, Regex NotApplicable, string? SamplesFolder)[] Inputs =
    {
        ("ARM JSON", "json", new Regex(@"does not apply to ARM\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "arm"),
        ("Bicep", "bicep", new Regex(@"does not apply to Bicep\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "bicep"),
        ("C#", "csharp", new Regex(@"does not apply to C#", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), null),
    };

    private static readonly Regex Fence = new(@"^```(?<lang>[A-Za-z#+-]*)\s*$", RegexOptions.CultureInvariant);

    private static readonly Lazy<string> Root = new(FindRoot);

    public static TheoryData<string> AllRuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in RuleRegistry.Descriptors)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    private static string RulesFolder => Path.Combine(Root.Value, "docs", "rules");

    [Fact]
    public void Every_rule_has_a_page_whose_first_line_is_its_id_and_title()
    {
        Assert.NotEmpty(RuleRegistry.Descriptors);
        foreach (var descriptor in RuleRegistry.Descriptors)
        {
            string path = PagePath(descriptor.Id);
            Assert.True(File.Exists(path), $"{descriptor.Id} has no page: {path}");
            string first = File.ReadLines(path).FirstOrDefault() ?? string.Empty;
            Assert.Equal($"# {descriptor.Id}: {descriptor.Title}", first);
        }
    }

    [Theory]
    [MemberData(nameof(AllRuleIds))]
    public void Page_has_the_sections_in_order(string id)
    {
        var lines = ReadPage(id);
        string[] required = { "What it finds", "Why it matters", "Examples", "How to suppress", "Sources" };
        var positions = required.Select(name => (Name: name, Line: lines.FindIndex(l => l.TrimEnd() == "## " + name))).ToList();
        foreach (var (name, line) in positions)
        {
            Assert.True(line >= 0, $"{id}.md has no '## {name}' section");
        }

        for (int i = 1; i < positions.Count; i++)
        {
            Assert.True(positions[i - 1].Line < positions[i].Line, $"{id}.md: '## {positions[i - 1].Name}' must come before '## {positions[i].Name}'");
        }

        foreach (var (name, _) in positions)
        {
            var body = Section(lines, name);
            Assert.True(body.Any(l => l.Trim().Length > 0), $"{id}.md: '## {name}' is empty");
        }
    }

    [Theory]
    [MemberData(nameof(AllRuleIds))]
    public void Page_table_states_the_default_level(string id)
    {
        var descriptor = RuleRegistry.Find(id)!;
        var lines = ReadPage(id);
        int whatItFinds = lines.FindIndex(l => l.TrimEnd() == "## What it finds");
        var table = lines.Take(whatItFinds < 0 ? lines.Count : whatItFinds).Where(l => l.StartsWith('|')).ToList();
        Assert.True(table.Count > 0, $"{id}.md has no table between its title and '## What it finds'");
        string? level = table.FirstOrDefault(l => l.StartsWith("| Default level |", StringComparison.Ordinal));
        Assert.True(level is not null, $"{id}.md: the table has no 'Default level' row");
        Assert.StartsWith($"| Default level | {descriptor.DefaultLevel.ToText()} ", level, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllRuleIds))]
    public void Page_table_states_the_message_format(string id)
    {
        var descriptor = RuleRegistry.Find(id)!;
        var lines = ReadPage(id);
        int whatItFinds = lines.FindIndex(l => l.TrimEnd() == "## What it finds");
        string? row = lines.Take(whatItFinds < 0 ? lines.Count : whatItFinds).FirstOrDefault(l => l.StartsWith("| Message format |", StringComparison.Ordinal));
        Assert.True(row is not null, $"{id}.md: the table has no 'Message format' row");
        Assert.Equal($"| Message format | `{descriptor.MessageFormat}` |", row.TrimEnd());
    }

    [Theory]
    [MemberData(nameof(AllRuleIds))]
    public void Page_has_an_example_for_every_input_or_says_it_does_not_apply(string id)
    {
        var lines = ReadPage(id);
        string page = string.Join("\n", lines);
        var languages = Fences(Section(lines, "Examples")).ToList();
        foreach (var (input, fence, notApplicable, _) in Inputs)
        {
            bool hasExample = languages.Contains(fence, StringComparer.Ordinal);
            bool saysNotApplicable = notApplicable.IsMatch(page);
            Assert.True(
                hasExample || saysNotApplicable,
                $"{id}.md: '## Examples' has no ```{fence} block, and the page does not say the rule does not apply to {input}");
            Assert.False(
                hasExample && saysNotApplicable,
                $"{id}.md says the rule does not apply to {input}, yet '## Examples' has a ```{fence} block");
        }
    }

    [Theory]
    [MemberData(nameof(AllRuleIds))]
    public void A_page_that_says_a_template_input_does_not_apply_has_no_sample_for_it_and_the_reverse(string id)
    {
        string page = string.Join("\n", ReadPage(id));
        foreach (var (input, _, notApplicable, samplesFolder) in Inputs)
        {
            if (samplesFolder is null)
            {
                continue;
            }

            string folder = Path.Combine(Root.Value, "samples", samplesFolder);
            bool hasSample = Directory.Exists(folder)
                && Directory.EnumerateDirectories(folder).Any(d => Path.GetFileName(d).StartsWith(id + "-", StringComparison.Ordinal));
            if (hasSample)
            {
                Assert.False(notApplicable.IsMatch(page), $"{id}.md says the rule does not apply to {input}, but samples/{samplesFolder} has a sample for it");
            }
        }
    }

    [Fact]
    public void Sarif_help_uris_end_with_the_page_path_and_the_page_exists()
    {
        using var workspace = new Workspace();
        string template = workspace.Write("azuredeploy.json", """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "resources": []
            }
            """);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exitCode = Program.Run(new[] { "lint", template, "--format", "sarif" }, stdout, stderr);
        Assert.True(exitCode == 0, $"accellint exited with {exitCode}: {stderr}");

        var rules = (JArray)JObject.Parse(stdout.ToString())["runs"]![0]!["tool"]!["driver"]!["rules"]!;
        var ids = rules.Select(r => (string)r["id"]!).ToList();
        Assert.Equal(RuleRegistry.Descriptors.Select(d => d.Id), ids);
        foreach (var rule in rules)
        {
            string id = (string)rule["id"]!;
            string helpUri = (string)rule["helpUri"]!;
            Assert.EndsWith($"docs/rules/{id}.md", helpUri, StringComparison.Ordinal);
            Assert.True(File.Exists(PagePath(id)), $"SARIF helpUri of {id} ({helpUri}) points at a page that does not exist");
        }
    }

    [Theory]
    [MemberData(nameof(AllRuleIds))]
    public void RuleIds_HelpUri_ends_with_the_page_path_and_the_page_exists(string id)
    {
        string helpUri = RuleIds.HelpUri(id);
        Assert.EndsWith($"docs/rules/{id}.md", helpUri, StringComparison.Ordinal);
        Assert.Equal(helpUri, RuleRegistry.Find(id)!.HelpUri);
        Assert.True(File.Exists(PagePath(id)), $"{helpUri} points at a page that does not exist");
    }

    [Fact]
    public void No_page_exists_for_an_unknown_rule()
    {
        var known = new HashSet<string>(RuleRegistry.Descriptors.Select(d => d.Id + ".md"), StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(RulesFolder, "*.md"))
        {
            string name = Path.GetFileName(path);
            if (name == "README.md")
            {
                continue;
            }

            Assert.True(known.Contains(name), $"docs/rules/{name} is not the page of a registered rule");
        }
    }

    [Fact]
    public void The_index_links_every_rule_page()
    {
        string index = File.ReadAllText(Path.Combine(RulesFolder, "README.md"));
        foreach (var descriptor in RuleRegistry.Descriptors)
        {
            Assert.Contains($"[{descriptor.Id}]({descriptor.Id}.md)", index, StringComparison.Ordinal);
        }
    }

    private static string PagePath(string id) => Path.Combine(RulesFolder, id + ".md");

    private static List<string> ReadPage(string id)
    {
        string path = PagePath(id);
        Assert.True(File.Exists(path), $"{id} has no page: {path}");
        return File.ReadAllLines(path).ToList();
    }

    /// <summary>The lines of a <c>## name</c> section, up to the next <c>## </c> heading outside code blocks.</summary>
    private static List<string> Section(List<string> lines, string name)
    {
        var section = new List<string>();
        bool inside = false;
        bool inCode = false;
        foreach (string line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
            }
            else if (!inCode && line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (inside)
                {
                    break;
                }

                inside = line.TrimEnd() == "## " + name;
                continue;
            }

            if (inside)
            {
                section.Add(line);
            }
        }

        return section;
    }

    /// <summary>The languages of the fenced code blocks that open in <paramref name="lines"/>.</summary>
    private static IEnumerable<string> Fences(IEnumerable<string> lines)
    {
        bool inCode = false;
        foreach (string line in lines)
        {
            var match = Fence.Match(line);
            if (!match.Success)
            {
                continue;
            }

            if (!inCode)
            {
                yield return match.Groups["lang"].Value;
            }

            inCode = !inCode;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Lint.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Lint.sln not found in any folder above {AppContext.BaseDirectory}");
    }
}
