using AccelLint.Diagnostics;

namespace AccelLint.Rules;

/// <summary>Every rule, in ID order. Listed by hand (no reflection) so that the analyzer can load it anywhere.</summary>
public static class RuleRegistry
{
    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        new InvalidInputRule(),
        new UnsupportedSizeRule(),
        new AcceleratedConnectionsDv5Rule(),
        new AcceleratedConnectionsRegionRule(),
        new AcceleratedConnectionsTagRule(),
        new AcceleratedConnectionsWithoutAnRule(),
        new AcceleratedConnectionsVCpuRule(),
        new AcceleratedConnectionsTierRule(),
        new AuxiliaryApiVersionRule(),
        new SizeNotInCatalogRule(),
        new AnRequiredBySizeRule(),
        new AnNotEnabledRule(),
        new SiteRecoverySourceRule(),
        new OldImageRule(),
        new ModuleNotRestoredRule(),
    };

    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = All.Select(r => r.Descriptor).ToList();

    public static RuleDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => d.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
}
