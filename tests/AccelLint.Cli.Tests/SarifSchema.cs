using System.Text.Json;
using Json.Schema;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Tests;

/// <summary>
/// The SARIF 2.1.0 schema in <c>../shared/schemas</c> (draft 2020-12), checked with JsonSchema.Net
/// (MIT; Newtonsoft.Json.Schema is AGPL or paid and is not used).
/// </summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema?> Schema = new(() =>
        File.Exists(RepoPaths.SarifSchema) ? JsonSchema.FromText(File.ReadAllText(RepoPaths.SarifSchema)) : null);

    /// <summary>False when the shared folder is absent: the caller says so and validates nothing.</summary>
    public static bool IsAvailable => Schema.Value is not null;

    /// <summary>The schema's complaints about <paramref name="log"/>, one line each (instance location: message); empty when valid.</summary>
    public static IReadOnlyList<string> Errors(JObject log)
    {
        var schema = Schema.Value ?? throw new InvalidOperationException("the SARIF schema is absent: " + RepoPaths.SarifSchema);
        using var document = JsonDocument.Parse(log.ToString());
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return Array.Empty<string>();
        }

        var errors = (results.Details ?? new List<EvaluationResults>())
            .Prepend(results)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : new[] { "invalid (the validator gave no detail)" };
    }
}
