using AccelLint.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Reporters;

/// <summary>An array of findings, one object each.</summary>
internal sealed class JsonReporter : IReporter
{
    public void Write(ReportContext context, TextWriter writer)
    {
        // Written object by object, so that a report of many findings never exists twice in memory.
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        json.WriteStartArray();
        foreach (var item in context.Items)
        {
            var finding = item.Finding;
            var obj = new JObject
            {
                ["ruleId"] = finding.RuleId,
                ["level"] = finding.Level.ToText(),
                ["message"] = finding.Message,
                ["file"] = item.Path,
                ["line"] = item.Location.Line,
                ["column"] = item.Location.Column,
                ["endLine"] = item.Location.EndLine,
                ["endColumn"] = item.Location.EndColumn,
                ["logicalLocation"] = finding.LogicalLocation,
                ["fingerprint"] = item.Fingerprint,
                ["suppressed"] = finding.IsSuppressed,
            };
            if (finding.Suppression is { } suppression)
            {
                obj["justification"] = suppression.Justification;
            }

            if (finding.Related.Count > 0)
            {
                obj["related"] = new JArray(finding.Related.Select(r =>
                {
                    var location = r.Source.ToLocation();
                    return new JObject
                    {
                        ["file"] = context.RelativePath(location.Path),
                        ["line"] = location.Line,
                        ["column"] = location.Column,
                        ["message"] = r.Message,
                    };
                }));
            }

            if (finding.Suggestion is { } suggestion)
            {
                // What to use instead (ACCEL001, 002, 003, 006), for tools that apply it.
                obj["suggestion"] = new JObject
                {
                    ["property"] = suggestion.Property,
                    ["current"] = suggestion.Current,
                    ["replacement"] = suggestion.Replacement,
                };
            }

            obj.WriteTo(json);
        }

        json.WriteEndArray();
        json.Flush();
        writer.WriteLine();
    }
}
