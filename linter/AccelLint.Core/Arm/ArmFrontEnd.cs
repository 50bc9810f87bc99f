using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Json;
using AccelLint.Model;
using AccelLint.Rules;
using AccelLint.Suppression;
using AccelLint.Text;

namespace AccelLint.Arm;

public enum JsonDocumentKind
{
    /// <summary>Not an ARM file (package.json, settings, a broken file that does not look like ARM).</summary>
    Other,
    Template,
    Parameters,
}

/// <summary>The ARM front end: classifies JSON files, reads parameters files, evaluates templates into the model.</summary>
public static class ArmFrontEnd
{
    private const string DisableNextLine = "accellint-disable-next-line";

    public static JsonDocumentKind Classify(JsonDocument document)
    {
        string? schema = (document.Root as JsonObject)?.GetString("$schema");
        if (schema is not null)
        {
            return ClassifySchema(schema);
        }

        if (document.Root is null)
        {
            // Broken JSON: it is ARM when its text names an ARM schema.
            string text = document.File.Text;
            if (text.IndexOf("deploymentTemplate.json", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return JsonDocumentKind.Template;
            }

            if (text.IndexOf("deploymentParameters.json", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return JsonDocumentKind.Parameters;
            }
        }

        return JsonDocumentKind.Other;
    }

    private static JsonDocumentKind ClassifySchema(string schema)
    {
        string s = schema.Trim().TrimEnd('#');
        if (s.EndsWith("deploymentTemplate.json", StringComparison.OrdinalIgnoreCase))
        {
            return JsonDocumentKind.Template;
        }

        if (s.EndsWith("deploymentParameters.json", StringComparison.OrdinalIgnoreCase))
        {
            return JsonDocumentKind.Parameters;
        }

        return JsonDocumentKind.Other;
    }

    /// <summary>
    /// How a file that an input names as an ARM template (a linked template, a restored module) is
    /// described when it is not one: where it breaks, quoting nothing from it (SPEC §10).
    /// </summary>
    public static string NotATemplate(JsonDocument document) =>
        document.Error is { } error
            ? $"is not an ARM template (it is not valid JSON: line {document.File.GetLinePosition(error.Span.Start).Line})"
            : "is not an ARM template";

    /// <summary>The ACCEL000 finding for a file that does not parse.</summary>
    public static Finding? SyntaxFinding(JsonDocument document) =>
        document.Error is { } error
            ? InvalidInputRule.Finding(new SourceRef(document.File, error.Span), "The file cannot be parsed as JSON", $"{error.Message}.")
            : null;

    /// <summary>
    /// The values a parameters file supplies, each with its origin (the value in the file). A Key Vault
    /// reference is unknown. Values are taken literally; an expression string is unknown.
    /// </summary>
    public static IReadOnlyDictionary<string, Value> ReadParameters(JsonDocument parameters)
    {
        var result = new Dictionary<string, Value>(StringComparer.OrdinalIgnoreCase);
        if ((parameters.Root as JsonObject)?["parameters"] is not JsonObject values)
        {
            return result;
        }

        string fileName = Path.GetFileName(parameters.File.Path);
        foreach (var parameter in values.Properties)
        {
            if (parameter.Value is JsonObject p && p["value"] is { } value)
            {
                result[parameter.Name] = Literal(value, parameters.File)
                    .With(origin: new Origin($"parameter '{parameter.Name}' in {fileName}", new SourceRef(parameters.File, value.Span)));
            }
            else
            {
                result[parameter.Name] = UnknownValue.Instance;
            }
        }

        return result;
    }

    /// <summary>Evaluates a template (with the values a parameters file supplies) into the resource model.</summary>
    /// <param name="links">Follows linked templates (<c>templateLink</c> to a local file) through it; links are not followed when null.</param>
    public static FrontEndResult Evaluate(JsonDocument template, IReadOnlyDictionary<string, Value>? parameters = null, ArmLinks? links = null)
    {
        var file = new ArmFile(template.File) { Links = links };
        var builder = new ResourceModelBuilder();
        if (template.Root is JsonObject root)
        {
            var context = new ArmContext(file, root, parameters ?? new Dictionary<string, Value>(), isEntry: true);
            new ArmTemplateProcessor(file, builder).ProcessTemplate(context);
        }

        var findings = links is null ? file.Findings : file.Findings.Concat(links.Files.SelectMany(f => f.Findings)).ToList();
        return new FrontEndResult(builder.Build(), findings);
    }

    /// <summary>
    /// Suppressions written in the file: <c>// accellint-disable-next-line ACCEL001</c> comments and
    /// resource <c>metadata.accellint.suppress</c>.
    /// </summary>
    public static SuppressionSet ReadSuppressions(JsonDocument document)
    {
        var set = new SuppressionSet();
        foreach (var comment in document.Comments)
        {
            string text = comment.Text.Trim();
            if (!text.StartsWith(DisableNextLine, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var (ids, justification) = SuppressionSet.ParseIds(text.Substring(DisableNextLine.Length));
            int line = document.File.GetLinePosition(comment.Span.Start).Line;
            set.AddLine(NextContentLine(document.File, line), ids, justification ?? "// " + DisableNextLine);
        }

        if (document.Root is JsonObject root)
        {
            AddMetadata(root["resources"], set, 0);
        }

        return set;
    }

    private static void AddMetadata(JsonNode? resources, SuppressionSet set, int depth)
    {
        if (depth > 32)
        {
            return;
        }

        IEnumerable<JsonObject> items = resources switch
        {
            JsonArray a => a.Items.OfType<JsonObject>(),
            JsonObject o => o.Properties.Select(p => p.Value).OfType<JsonObject>(),
            _ => Enumerable.Empty<JsonObject>(),
        };
        foreach (var resource in items)
        {
            if ((resource["metadata"] as JsonObject)?["accellint"] is JsonObject settings && settings["suppress"] is JsonArray ids)
            {
                var set2 = new HashSet<string>(ids.Items.OfType<JsonScalar>().Select(i => i.Value as string).OfType<string>(), StringComparer.OrdinalIgnoreCase);
                set.AddSpan(resource.Extent, set2, settings.GetString("justification"));
            }

            AddMetadata(resource["resources"], set, depth + 1);
            if ((resource["properties"] as JsonObject)?["template"] is JsonObject nested)
            {
                AddMetadata(nested["resources"], set, depth + 1);
            }
        }
    }

    /// <summary>The first line after <paramref name="line"/> that holds something other than a comment.</summary>
    private static int NextContentLine(SourceFile file, int line)
    {
        var starts = file.LineStarts;
        for (int next = line + 1; next <= starts.Length; next++)
        {
            int start = starts[next - 1];
            int end = next < starts.Length ? starts[next] : file.Text.Length;
            string content = file.Text.Substring(start, end - start).Trim();
            if (content.Length > 0 && !content.StartsWith("//", StringComparison.Ordinal))
            {
                return next;
            }
        }

        return line + 1;
    }

    private static Value Literal(JsonNode node, SourceFile file, int depth = 0)
    {
        var source = new SourceRef(file, node.Span);
        if (depth > 64)
        {
            return UnknownValue.Instance;
        }

        switch (node)
        {
            case JsonObject obj:
                return new MapValue(obj.Properties.Select(p => new PropertyValue(p.Name, new SourceRef(file, p.NameSpan), Literal(p.Value, file, depth + 1)))).With(source: source);
            case JsonArray array:
                return new ListValue(array.Items.Select(i => Literal(i, file, depth + 1)).ToList()).With(source: source);
            case JsonScalar { Value: string s }:
                return Expressions.ArmExpressionParser.IsExpression(s) ? UnknownValue.Instance : new StringValue(Expressions.ArmExpressionParser.Unescape(s)).With(source: source);
            case JsonScalar { Value: long n }:
                return new IntValue(n).With(source: source);
            case JsonScalar { Value: bool b }:
                return BoolValue.Of(b).With(source: source);
            default:
                return NullValue.Instance.With(source: source);
        }
    }
}
