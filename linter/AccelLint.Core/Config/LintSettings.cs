using AccelLint.Catalog;
using AccelLint.Diagnostics;

namespace AccelLint.Config;

/// <summary>What the rules need besides the model: catalog, AC regions and tags, rule levels.</summary>
public sealed class LintSettings
{
    public static readonly LintSettings Default = new();

    private IReadOnlyCollection<string>? regions;

    public VmSizeCatalog Catalog { get; init; } = VmSizeCatalog.Embedded;

    /// <summary>ARM location names where Accelerated Connections is available.</summary>
    public IReadOnlyCollection<string> AcceleratedConnectionsRegions
    {
        // Read on first use: most runs request no Accelerated Connections and never need it.
        get => regions ??= new HashSet<string>(Regions.DefaultAcceleratedConnectionsRegions, StringComparer.OrdinalIgnoreCase);
        init => regions = value;
    }

    /// <summary>Tags an AC NIC must carry (key and value compare case-insensitively).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> AcceleratedConnectionsRequiredTags { get; init; } =
        new[] { new KeyValuePair<string, string>("fastpathenabled", "true") };

    /// <summary>Per-rule level overrides; rules not named keep their default.</summary>
    public IReadOnlyDictionary<string, DiagnosticLevel> RuleLevels { get; init; } =
        new Dictionary<string, DiagnosticLevel>(StringComparer.OrdinalIgnoreCase);

    public DiagnosticLevel LevelOf(RuleDescriptor rule) =>
        RuleLevels.TryGetValue(rule.Id, out var level) ? level : rule.DefaultLevel;
}
