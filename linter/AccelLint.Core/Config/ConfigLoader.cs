using AccelLint.Catalog;
using AccelLint.Diagnostics;
using AccelLint.Json;
using AccelLint.Rules;
using AccelLint.Text;

namespace AccelLint.Config;

/// <summary>What reading an <c>accellint.json</c> gives: the settings, and ACCEL000 findings for what is wrong in it.</summary>
public sealed record ConfigResult(LintSettings Settings, IReadOnlyList<Finding> Errors);

/// <summary>
/// Reads <c>accellint.json</c> (SPEC.md §6). Unknown keys, levels and rule IDs are errors with their
/// position, never silently ignored.
/// </summary>
public static class ConfigLoader
{
    public const string FileName = "accellint.json";

    public static ConfigResult Load(SourceFile file, LintSettings baseSettings, Func<string, string?>? readFile = null)
    {
        var errors = new List<Finding>();
        void Error(TextSpan span, string message) =>
            errors.Add(InvalidInputRule.Finding(new SourceRef(file, span), $"Invalid {FileName}", $"{message}.", DiagnosticLevel.Error));

        var document = JsonReader.Parse(file);
        if (document.Root is not JsonObject root)
        {
            Error(document.Error?.Span ?? new TextSpan(0, 0), document.Error?.Message ?? "the config must be a JSON object");
            return new ConfigResult(baseSettings, errors);
        }

        var levels = new Dictionary<string, DiagnosticLevel>(baseSettings.RuleLevels.ToDictionary(p => p.Key, p => p.Value), StringComparer.OrdinalIgnoreCase);
        var regions = baseSettings.AcceleratedConnectionsRegions;
        var tags = baseSettings.AcceleratedConnectionsRequiredTags;
        var catalog = baseSettings.Catalog;

        foreach (var property in root.Properties)
        {
            switch (property.Name)
            {
                case "$schema":
                    break;
                case "rules":
                    if (property.Value is not JsonObject rules)
                    {
                        Error(property.NameSpan, "'rules' must be an object of rule IDs and levels");
                        break;
                    }

                    foreach (var rule in rules.Properties)
                    {
                        if (RuleRegistry.Find(rule.Name) is not { } descriptor)
                        {
                            Error(rule.NameSpan, $"unknown rule '{rule.Name}' (rules are ACCEL000 to ACCEL014)");
                        }
                        else if (rule.Value is not JsonScalar { Value: string levelText } || !DiagnosticLevels.TryParse(levelText, out var level))
                        {
                            Error(rule.Value.Span, $"unknown level for {rule.Name} (use error, warning, info or none)");
                        }
                        else
                        {
                            levels[descriptor.Id] = level;
                        }
                    }

                    break;
                case "acceleratedConnections":
                    if (property.Value is not JsonObject ac)
                    {
                        Error(property.NameSpan, "'acceleratedConnections' must be an object");
                        break;
                    }

                    foreach (var setting in ac.Properties)
                    {
                        switch (setting.Name)
                        {
                            case "regions" when setting.Value is JsonArray list && list.Items.All(i => i is JsonScalar { Value: string }):
                                regions = new HashSet<string>(list.Items.Select(i => Regions.Normalize((string)((JsonScalar)i).Value!)), StringComparer.OrdinalIgnoreCase);
                                break;
                            case "regions":
                                Error(setting.NameSpan, "'regions' must be an array of region names");
                                break;
                            case "requiredTags" when setting.Value is JsonObject map && map.Properties.All(p => p.Value is JsonScalar { Value: string }):
                                tags = map.Properties.Select(p => new KeyValuePair<string, string>(p.Name, (string)((JsonScalar)p.Value).Value!)).ToList();
                                break;
                            case "requiredTags":
                                Error(setting.NameSpan, "'requiredTags' must be an object of tag names and string values");
                                break;
                            default:
                                Error(setting.NameSpan, $"unknown key 'acceleratedConnections.{setting.Name}' (expected regions, requiredTags)");
                                break;
                        }
                    }

                    break;
                case "catalog":
                    if (property.Value is not JsonScalar { Value: string catalogPath })
                    {
                        Error(property.NameSpan, "'catalog' must be a file path");
                        break;
                    }

                    string full = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file.Path)) ?? ".", catalogPath);
                    try
                    {
                        string? text = readFile is null ? File.ReadAllText(full) : readFile(full);
                        if (text is null)
                        {
                            Error(property.Value.Span, $"catalog file '{catalogPath}' cannot be read");
                            break;
                        }

                        catalog = catalog.Extend(VmSizeCatalog.Parse(text, catalogPath));
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException or CatalogFormatException)
                    {
                        Error(property.Value.Span, $"catalog file '{catalogPath}' cannot be read: {e.Message}");
                    }

                    break;
                default:
                    Error(property.NameSpan, $"unknown key '{property.Name}' (expected rules, acceleratedConnections, catalog)");
                    break;
            }
        }

        var settings = new LintSettings
        {
            Catalog = catalog,
            AcceleratedConnectionsRegions = regions,
            AcceleratedConnectionsRequiredTags = tags,
            RuleLevels = levels,
        };
        return new ConfigResult(settings, errors);
    }
}
