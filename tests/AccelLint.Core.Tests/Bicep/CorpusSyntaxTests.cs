using System.Text;
using AccelLint.Bicep.Syntax;
using AccelLint.Text;

namespace AccelLint.Core.Tests.Bicep;

/// <summary>
/// Every .bicep and .bicepparam file of the shared corpus (../shared/corpus): valid files parse without
/// diagnostics, deliberately broken ones (under a folder named Invalid*) report at least one, and every
/// file round-trips exactly through its tokens with contiguous spans. Returns early when the corpus is absent.
/// </summary>
public class CorpusSyntaxTests
{
    /// <summary>
    /// Files under Invalid* folders that are syntactically valid, so a parser alone cannot flag them. They
    /// are listed (not silently skipped) and must still parse without an exception. Two kinds:
    /// the sample's errors are semantic (types, scopes, cycles, runtime values, missing files), which
    /// Bicep's binder and type checker report; or the file is a helper the invalid sample refers to
    /// (a module, a template named by <c>using</c>, an empty file).
    /// </summary>
    private static readonly HashSet<string> SyntacticallyValidInInvalidFolders = new(StringComparer.Ordinal)
    {
        // Semantic errors only.
        "bicep-samples/baselines/InvalidLoadFunctions_CRLF/main.bicep", // load*() of missing files and wrong encodings
        "bicep-samples/baselines/InvalidModulesManagementGroup_LF/main.bicep", // module scopes
        "bicep-samples/baselines/InvalidModulesSubscription_LF/main.bicep", // module scopes
        "bicep-samples/baselines/InvalidModulesTenant_LF/main.bicep", // module scopes
        "bicep-samples/baselines/InvalidRuntimeValueUsages_LF/main.bicep", // runtime values where compile-time values are needed
        "bicep-samples/baselines_bicepparam/Invalid_Expressions/parameters.bicepparam", // function arguments of the wrong types
        "bicep-samples/baselines_bicepparam/Invalid_Imports/parameters.bicepparam", // imports of symbols that do not exist
        "bicep-samples/baselines_bicepparam/Invalid_MismatchedTypes/parameters.bicepparam", // values of the wrong types

        // Helpers of invalid samples (modules, templates named by using, empty files).
        "bicep-samples/baselines/InvalidExtensions_CRLF/child/hasConfigurableExtensionsWithAlias.bicep",
        "bicep-samples/baselines/InvalidExtensions_CRLF/child/hasConfigurableExtensionsWithoutAlias.bicep",
        "bicep-samples/baselines/InvalidLambdas_LF/empty.bicep",
        "bicep-samples/baselines/InvalidModulesManagementGroup_LF/modules/managementGroup.bicep",
        "bicep-samples/baselines/InvalidModulesManagementGroup_LF/modules/subscription.bicep",
        "bicep-samples/baselines/InvalidModulesManagementGroup_LF/modules/tenant.bicep",
        "bicep-samples/baselines/InvalidModulesSubscription_LF/modules/managementGroup.bicep",
        "bicep-samples/baselines/InvalidModulesSubscription_LF/modules/passthrough.bicep",
        "bicep-samples/baselines/InvalidModulesSubscription_LF/modules/resourceGroup.bicep",
        "bicep-samples/baselines/InvalidModulesSubscription_LF/modules/subscription.bicep",
        "bicep-samples/baselines/InvalidModulesTenant_LF/modules/managementGroup.bicep",
        "bicep-samples/baselines/InvalidModulesTenant_LF/modules/subscription.bicep",
        "bicep-samples/baselines/InvalidModulesTenant_LF/modules/tenant.bicep",
        "bicep-samples/baselines/InvalidModules_LF/ChildModules/empty.bicep",
        "bicep-samples/baselines/InvalidModules_LF/ChildModules/folder with space/child with space.bicep",
        "bicep-samples/baselines/InvalidModules_LF/ChildModules/main.bicep",
        "bicep-samples/baselines/InvalidModules_LF/empty.bicep",
        "bicep-samples/baselines/InvalidModules_LF/mg_empty.bicep",
        "bicep-samples/baselines/InvalidModules_LF/module with space.bicep",
        "bicep-samples/baselines/InvalidModules_LF/modulea.bicep",
        "bicep-samples/baselines/InvalidModules_LF/moduleb.bicep",
        "bicep-samples/baselines/InvalidModules_LF/moduled.bicep",
        "bicep-samples/baselines/InvalidModules_LF/subscription_empty.bicep",
        "bicep-samples/baselines/InvalidResources_CRLF/module.bicep",
        "bicep-samples/baselines/InvalidTestFramework_CRLF/samples/sample1.bicep",
        "bicep-samples/baselines_bicepparam/Invalid_Expressions/main.bicep",
        "bicep-samples/baselines_bicepparam/Invalid_Extensions/main.bicep",
        "bicep-samples/baselines_bicepparam/Invalid_ExternalInputs/main.bicep",
        "bicep-samples/baselines_bicepparam/Invalid_Imports/main.bicep",
        "bicep-samples/baselines_bicepparam/Invalid_MismatchedTypes/main.bicep",
        "bicep-samples/baselines_bicepparam/Invalid_Parameters/main.bicep",
        "bicep-samples/baselines_bicepparam/Invalid_Variables/main.bicep",
    };

    public static IEnumerable<string> CorpusFiles()
    {
        if (CorpusFolder() is not { } corpus)
        {
            return Array.Empty<string>();
        }

        return Directory.EnumerateFiles(corpus, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".bicep", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".bicepparam", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    [SkippableFact]
    public void Valid_corpus_files_parse_without_diagnostics_and_invalid_ones_report_errors()
    {
        var corpus = CorpusFolder();
        Skip.If(corpus is null, "the corpus ../shared/corpus beside the folder holding Lint.sln is absent; nothing checked.");

        var files = CorpusFiles().ToList();
        Assert.True(files.Count > 700, $"expected the corpus' Bicep files, found {files.Count}");

        var failures = new StringBuilder();
        int valid = 0, invalid = 0;
        foreach (var path in files)
        {
            string relative = Relative(corpus, path);
            var tree = BicepParser.Parse(new SourceFile(path, File.ReadAllText(path)));
            if (IsUnderInvalidFolder(corpus, path))
            {
                invalid++;
                bool listed = SyntacticallyValidInInvalidFolders.Contains(relative);
                if (tree.Diagnostics.Count == 0 && !listed)
                {
                    failures.AppendLine($"{relative}: expected at least one diagnostic in a deliberately invalid file");
                }

                if (tree.Diagnostics.Count > 0 && listed)
                {
                    failures.AppendLine($"{relative}: listed as syntactically valid but reports {tree.Diagnostics[0].Message}");
                }
            }
            else
            {
                valid++;
                foreach (var diagnostic in tree.Diagnostics.Take(3))
                {
                    var (line, column) = tree.File.GetLinePosition(diagnostic.Span.Start);
                    failures.AppendLine($"{relative}({line},{column}): {diagnostic.Message}");
                }
            }
        }

        foreach (var listed in SyntacticallyValidInInvalidFolders)
        {
            if (!File.Exists(Path.Combine(corpus, listed)))
            {
                failures.AppendLine($"{listed}: listed but not in the corpus");
            }
        }

        foreach (var path in files)
        {
            var tree = BicepParser.Parse(new SourceFile(path, File.ReadAllText(path)));
            if (tree.Diagnostics.Any(d => d.Message.StartsWith("Internal parser error", StringComparison.Ordinal)))
            {
                failures.AppendLine($"{Relative(corpus, path)}: internal parser error");
            }
        }

        Assert.True(failures.Length == 0, $"{valid} valid, {invalid} invalid files:\n{failures}");
    }

    [SkippableFact]
    public void Every_corpus_file_round_trips_through_its_tokens_with_contiguous_spans()
    {
        var corpus = CorpusFolder();
        Skip.If(corpus is null, "the corpus ../shared/corpus beside the folder holding Lint.sln is absent; nothing checked.");

        foreach (var path in CorpusFiles())
        {
            string text = File.ReadAllText(path);
            var tree = BicepParser.Parse(new SourceFile(path, text));
            string relative = Relative(corpus, path);
            Assert.True(SyntaxAssert.RoundTrip(tree) == text, $"{relative}: tokens and trivia do not reproduce the file");
            SyntaxAssert.SpansAreContiguous(tree, relative);
        }
    }

    /// <summary>../shared/corpus next to the folder holding Lint.sln, found by walking up from the test binaries.</summary>
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

    private static bool IsUnderInvalidFolder(string corpus, string path)
    {
        var relative = Relative(corpus, path).Split('/');
        for (int i = 0; i < relative.Length - 1; i++)
        {
            if (relative[i].StartsWith("Invalid", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Relative(string corpus, string path) => Path.GetRelativePath(corpus, path).Replace('\\', '/');
}
