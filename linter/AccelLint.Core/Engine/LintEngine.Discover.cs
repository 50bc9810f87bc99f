using AccelLint.Arm;
using AccelLint.Bicep;
using AccelLint.Bicep.Registry;
using AccelLint.Bicep.Syntax;
using AccelLint.Catalog;
using AccelLint.Config;
using AccelLint.Diagnostics;
using AccelLint.Json;
using AccelLint.Model;
using AccelLint.Rules;
using AccelLint.Suppression;
using AccelLint.Text;

namespace AccelLint.Engine;

public sealed partial class LintEngine
{
    /// <summary>What indexing found: the ARM templates (by path), the parameters files, the Bicep trees.</summary>
    private sealed record WorkspaceIndex(List<string> Templates, List<JsonDocument> ParameterDocs, List<BicepSyntaxTree> BicepFiles, int FileCount);

    /// <summary>
    /// Stage 1: every discovered file read and indexed in parallel; what they contribute is merged in
    /// path order. Bicep trees stay (modules are resolved through them); an ARM template keeps only its path.
    /// </summary>
    private WorkspaceIndex Index(IReadOnlyList<string> paths, LintOptions options, List<Finding> findings)
    {
        var explicitFiles = new HashSet<string>(options.Paths.Select(Path.GetFullPath).Where(fileSystem.FileExists), StringComparer.Ordinal);
        var templates = new List<string>();
        var parameterDocs = new List<JsonDocument>();
        var bicepFiles = new List<BicepSyntaxTree>();
        int fileCount = 0;

        int done = 0;
        var parsed = new ParsedFile?[paths.Count];
        void ParseAt(int i)
        {
            options.Progress?.Invoke(Interlocked.Increment(ref done), paths.Count);
            parsed[i] = Parse(paths[i], explicitFiles.Contains(paths[i]));
        }

        ForEach(paths.Count, ParseAt);

        foreach (var file in parsed)
        {
            if (file is null)
            {
                continue;
            }

            findings.AddRange(Detach(file.Findings));
            fileCount += file.Counted ? 1 : 0;
            if (file.Suppressions is { } set)
            {
                suppressions[file.Path] = set;
            }

            if (file.Kind == JsonDocumentKind.Template)
            {
                templates.Add(file.Path);
            }
            else if (file.Json is { } document)
            {
                parameterDocs.Add(document);
            }
            else if (file.Bicep is { } tree)
            {
                bicepTrees[tree.File.Path] = tree;
                bicepFiles.Add(tree);
            }
        }

        foreach (var path in options.ParameterFiles)
        {
            if (Path.GetExtension(path).Equals(".bicepparam", StringComparison.OrdinalIgnoreCase))
            {
                string full = Path.GetFullPath(path);
                if (!bicepTrees.ContainsKey(full))
                {
                    bicepFiles.Add(ParseBicep(ReadRequired(full, "parameters file"), findings));
                }
            }
        }

        return new WorkspaceIndex(templates, parameterDocs, bicepFiles, fileCount);
    }

    /// <summary>
    /// What indexing one file gives; built on any thread, merged on one. An ARM template keeps only its
    /// path and kind: its tree is built again when its deployment is evaluated, and released after.
    /// </summary>
    private sealed record ParsedFile(string Path, bool Counted, List<Finding> Findings)
    {
        public JsonDocument? Json { get; init; }

        public JsonDocumentKind Kind { get; init; }

        public BicepSyntaxTree? Bicep { get; init; }

        public SuppressionSet? Suppressions { get; init; }
    }

    private ParsedFile? Parse(string path, bool isExplicit)
    {
        var findings = new List<Finding>();
        var file = Read(path, findings);
        if (file is null)
        {
            return new ParsedFile(path, false, findings);
        }

        if (!Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            var tree = ParseBicepText(file);
            findings.AddRange(BicepFrontEnd.SyntaxFindings(tree));
            return new ParsedFile(path, true, findings) { Bicep = tree, Suppressions = BicepFrontEnd.ReadSuppressions(tree) };
        }

        if (Path.GetFileName(path).Equals(ConfigLoader.FileName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var document = ParseJson(file);
        var kind = ArmFrontEnd.Classify(document);
        if (kind == JsonDocumentKind.Other && !(document.Root is null && isExplicit))
        {
            return null;
        }

        if (ArmFrontEnd.SyntaxFinding(document) is { } syntax)
        {
            findings.Add(syntax);
            return new ParsedFile(path, true, findings);
        }

        var suppressionSet = ArmFrontEnd.ReadSuppressions(document);
        return kind == JsonDocumentKind.Template
            ? new ParsedFile(path, true, findings) { Kind = kind, Suppressions = suppressionSet }
            : new ParsedFile(path, true, findings) { Json = document, Kind = kind, Suppressions = suppressionSet };
    }
}
