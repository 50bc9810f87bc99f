using AccelLint.Bicep.Registry;
using AccelLint.Bicep.Semantics;
using AccelLint.Bicep.Syntax;
using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Model;
using AccelLint.Rules;
using AccelLint.Suppression;
using AccelLint.Text;

namespace AccelLint.Bicep;

/// <summary>
/// The Bicep front end: syntax findings, pragmas, module references, <c>.bicepparam</c> targets, and
/// evaluation of a deployment (a file with the values a <c>.bicepparam</c> supplies) into the model.
/// </summary>
public static class BicepFrontEnd
{
    /// <summary>ACCEL000 for each syntax error (the first on each line: later ones on a line are usually its echo).</summary>
    public static IEnumerable<Finding> SyntaxFindings(BicepSyntaxTree tree)
    {
        var lines = new HashSet<int>();
        foreach (var diagnostic in tree.Diagnostics)
        {
            int line = tree.File.GetLinePosition(diagnostic.Span.Start).Line;
            if (lines.Add(line))
            {
                yield return InvalidInputRule.Finding(new SourceRef(tree.File, diagnostic.Span), "Bicep syntax error", $"{diagnostic.Message.TrimEnd('.')}.");
            }
        }
    }

    /// <summary>
    /// <c>#disable-next-line ID...</c> (no IDs: every rule) and <c>#disable-diagnostics ID...</c> up to
    /// the matching <c>#restore-diagnostics</c> (or the end of the file).
    /// </summary>
    public static SuppressionSet ReadSuppressions(BicepSyntaxTree tree)
    {
        var set = new SuppressionSet();
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        const string All = "*";
        foreach (var pragma in tree.Pragmas)
        {
            var ids = new HashSet<string>(pragma.RuleIds, StringComparer.OrdinalIgnoreCase);
            switch (pragma.Kind)
            {
                case SyntaxTriviaType.DisableNextLinePragma:
                    set.AddRange(pragma.Line + 1, pragma.Line + 1, ids, "#disable-next-line");
                    break;
                case SyntaxTriviaType.DisableDiagnosticsPragma:
                    foreach (var id in ids.Count == 0 ? new[] { All } : ids.ToArray())
                    {
                        if (!open.ContainsKey(id))
                        {
                            open[id] = pragma.Line;
                        }
                    }

                    break;
                case SyntaxTriviaType.RestoreDiagnosticsPragma:
                    foreach (var id in ids.Count == 0 ? open.Keys.ToArray() : ids.ToArray())
                    {
                        if (open.TryGetValue(id, out int start))
                        {
                            set.AddRange(start, pragma.Line, id == All ? new HashSet<string>() : new HashSet<string>(StringComparer.OrdinalIgnoreCase) { id }, "#disable-diagnostics");
                            open.Remove(id);
                        }
                    }

                    break;
            }
        }

        int last = tree.File.LineStarts.Length;
        foreach (var pair in open)
        {
            string id = pair.Key;
            set.AddRange(pair.Value, last, id == All ? new HashSet<string>() : new HashSet<string>(StringComparer.OrdinalIgnoreCase) { id }, "#disable-diagnostics");
        }

        return set;
    }

    /// <summary>Full paths of the local Bicep modules a file calls.</summary>
    public static IEnumerable<string> LocalModules(BicepSyntaxTree tree)
    {
        foreach (var module in tree.Root.Modules)
        {
            if (module.PathValue is { } path && BicepInstance.IsLocalPath(path) && path.EndsWith(".bicep", StringComparison.OrdinalIgnoreCase))
            {
                if (BicepInstance.ResolveFrom(tree.File.Path, path) is { } full)
                {
                    yield return full;
                }
            }
        }
    }

    /// <summary>The template a <c>.bicepparam</c> names with <c>using</c> (full path), and where that path is written; null for <c>using none</c> or none at all.</summary>
    public static (string Path, TextSpan Span)? UsingTarget(BicepSyntaxTree paramsFile)
    {
        if (paramsFile.Root.Using is { IsNone: false, PathValue: { } path } declaration && BicepInstance.IsLocalPath(path)
            && BicepInstance.ResolveFrom(paramsFile.File.Path, path) is { } full)
        {
            return (full, declaration.Path!.Span);
        }

        return null;
    }

    /// <summary>
    /// Evaluates a Bicep file (with the values of a <c>.bicepparam</c>, when given) and the modules it calls:
    /// local ones, and registry or template-spec ones restored in <paramref name="modules"/> (by default the
    /// cache on disk that the nearest <c>bicepconfig.json</c> names, else <c>~/.bicep</c>).
    /// </summary>
    /// <param name="readFile">Reads a file for <c>loadTextContent()</c> and its kin (null when missing); the disk when not given.</param>
    /// <param name="files">Why a named file is not read or not loaded (outside the workspace, not Bicep); nothing is refused when not given.</param>
    public static FrontEndResult Evaluate(BicepSyntaxTree entry, Func<string, BicepSyntaxTree?> load, BicepSyntaxTree? parameters = null, IReadOnlyDictionary<string, Value>? jsonParameters = null, ModuleCache? modules = null, Func<string, byte[]?>? readFile = null, (Func<string, string?> Refusal, Func<string, string?> WhyNotLoaded)? files = null)
    {
        var host = new BicepHost(path => path.Equals(entry.File.Path, StringComparison.Ordinal) ? entry : load(path), modules ?? new ModuleCache(LintFileSystem.Disk))
        {
            ReadFile = readFile ?? BicepHost.ReadFromDisk,
            Refusal = files?.Refusal ?? (_ => null),
            WhyNotLoaded = files?.WhyNotLoaded ?? (_ => null),
        };
        var supplied = new Dictionary<string, Value>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in jsonParameters ?? new Dictionary<string, Value>())
        {
            supplied[pair.Key] = pair.Value;
        }

        if (parameters is not null)
        {
            var values = new BicepInstance(host, parameters, new Dictionary<string, Value>(), "parameters");
            foreach (var assignment in parameters.Root.ParameterAssignments)
            {
                if (!assignment.Name.IsMissing)
                {
                    supplied[assignment.Name.Name] = values.Lookup(assignment.Name.Name, BicepLocals.Empty);
                }
            }
        }

        var instance = new BicepInstance(host, entry, supplied, "main", isEntry: true);
        host.Enter(entry.File.Path);
        instance.Deploy();
        host.Exit(entry.File.Path);
        return new FrontEndResult(host.Builder.Build(), host.Findings);
    }
}
