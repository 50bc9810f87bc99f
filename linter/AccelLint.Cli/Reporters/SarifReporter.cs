using AccelLint.Diagnostics;
using AccelLint.Rules;
using AccelLint.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Reporters;

/// <summary>SARIF 2.1.0: the driver with every rule, results with locations, related locations, fingerprints and suppressions.</summary>
internal sealed class SarifReporter : IReporter
{
    public const string InformationUri = "https://github.com/accellint/accellint";

    /// <summary>The id of each rule's one message string, its <see cref="RuleDescriptor.MessageFormat"/>.</summary>
    private const string MessageId = "default";

    public void Write(ReportContext context, TextWriter writer)
    {
        var descriptors = RuleRegistry.Descriptors;
        var rules = new JArray(descriptors.Select(d => new JObject
        {
            ["id"] = d.Id,
            ["name"] = d.Name,
            ["shortDescription"] = new JObject { ["text"] = d.Title },
            ["fullDescription"] = new JObject { ["text"] = d.Description },
            ["helpUri"] = d.HelpUri,
            ["defaultConfiguration"] = new JObject { ["level"] = d.DefaultLevel.ToSarif() },

            // SARIF 2.1.0 §3.49.11: the rule's message format, which results name by id with their arguments (§3.11.5).
            ["messageStrings"] = new JObject { [MessageId] = new JObject { ["text"] = d.MessageFormat } },
        }));

        var results = new JArray();
        foreach (var item in context.Items)
        {
            var finding = item.Finding;
            var result = new JObject
            {
                ["ruleId"] = finding.RuleId,
                ["ruleIndex"] = descriptors.ToList().FindIndex(d => d.Id == finding.RuleId),
                ["level"] = finding.Level.ToSarif(),
                ["message"] = new JObject { ["text"] = finding.Message, ["id"] = MessageId, ["arguments"] = new JArray(finding.Arguments) },
                ["locations"] = new JArray(new JObject { ["physicalLocation"] = Physical(item.Path, item.Location) }),
                ["partialFingerprints"] = new JObject { ["accellint/v1"] = item.Fingerprint },
            };
            if (finding.LogicalLocation.Length > 0)
            {
                ((JObject)((JArray)result["locations"]!)[0])["logicalLocations"] = new JArray(new JObject { ["fullyQualifiedName"] = finding.LogicalLocation });
            }

            if (finding.Related.Count > 0)
            {
                int id = 0;
                result["relatedLocations"] = new JArray(finding.Related.Select(r =>
                {
                    var location = r.Source.ToLocation();
                    return new JObject
                    {
                        ["id"] = id++,
                        ["physicalLocation"] = Physical(context.RelativePath(location.Path), location),
                        ["message"] = new JObject { ["text"] = r.Message },
                    };
                }));
            }

            if (finding.Suppression is { } suppression)
            {
                var s = new JObject { ["kind"] = "inSource" };
                if (suppression.Justification is { } justification)
                {
                    s["justification"] = justification;
                }

                result["suppressions"] = new JArray(s);
            }

            results.Add(result);
        }

        var sarif = new JObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JArray(new JObject
            {
                ["tool"] = new JObject
                {
                    ["driver"] = new JObject
                    {
                        ["name"] = "AccelLint",
                        ["version"] = Program.Version,
                        ["informationUri"] = InformationUri,
                        ["rules"] = rules,
                    },
                },
                ["columnKind"] = "utf16CodeUnits",
                ["results"] = results,
            }),
        };

        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        sarif.WriteTo(json);
        json.Flush();
        writer.WriteLine();
    }

    private static JObject Physical(string path, SourceLocation location) => new()
    {
        ["artifactLocation"] = new JObject { ["uri"] = EscapeUri(path) },
        ["region"] = new JObject
        {
            ["startLine"] = location.Line,
            ["startColumn"] = location.Column,
            ["endLine"] = location.EndLine,
            ["endColumn"] = Math.Max(location.EndColumn, location.EndLine == location.Line ? location.Column : 1),
        },
    };

    /// <summary>A relative URI reference: each path segment escaped, slashes kept.</summary>
    private static string EscapeUri(string path) => string.Join("/", path.Split('/').Select(Uri.EscapeDataString));
}
