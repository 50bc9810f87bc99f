using AccelLint.Engine;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Reporters;

/// <summary>A previous report (SARIF or JSON); its findings are matched by fingerprint (rule, file, resource/property path), not by line.</summary>
internal static class Baseline
{
    public static HashSet<string> Load(string path)
    {
        JToken root;
        try
        {
            root = JToken.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new LintUsageException($"baseline {path} cannot be read as a SARIF or JSON report: {e.Message}");
        }

        var fingerprints = new HashSet<string>(StringComparer.Ordinal);
        if (root is JArray findings)
        {
            foreach (var finding in findings.OfType<JObject>())
            {
                if ((string?)finding["fingerprint"] is { } f)
                {
                    fingerprints.Add(f);
                }
            }
        }
        else if (root["runs"] is JArray runs)
        {
            foreach (var result in runs.SelectMany(r => r["results"] as JArray ?? new JArray()).OfType<JObject>())
            {
                if ((string?)result["partialFingerprints"]?["accellint/v1"] is { } f)
                {
                    fingerprints.Add(f);
                }
            }
        }
        else
        {
            throw new LintUsageException($"baseline {path} is neither a SARIF log nor an accellint JSON report");
        }

        return fingerprints;
    }
}
