using AccelLint.Diagnostics;
using AccelLint.Rules;
using Microsoft.CodeAnalysis;

namespace AccelLint.Analyzers;

/// <summary>
/// The Roslyn descriptors of every AccelLint rule, built from the engine's: IDs, titles, message
/// formats (filled with the findings' arguments), default levels and descriptions are the engine's,
/// help links point at docs/rules/ACCELnnn.md.
/// </summary>
public static class Descriptors
{
    public const string Category = "AccelLint";

    /// <summary>ACCEL000: Input cannot be read.</summary>
    public static readonly DiagnosticDescriptor InvalidInput = Create(RuleIds.InvalidInput);

    /// <summary>ACCEL001: VM size does not support accelerated networking.</summary>
    public static readonly DiagnosticDescriptor SizeDoesNotSupportAcceleratedNetworking = Create(RuleIds.SizeDoesNotSupportAcceleratedNetworking);

    /// <summary>ACCEL002: Accelerated Connections is not supported on the Dv5 family.</summary>
    public static readonly DiagnosticDescriptor AcceleratedConnectionsOnDv5 = Create(RuleIds.AcceleratedConnectionsOnDv5);

    /// <summary>ACCEL003: Accelerated Connections is not available in this region.</summary>
    public static readonly DiagnosticDescriptor AcceleratedConnectionsRegion = Create(RuleIds.AcceleratedConnectionsRegion);

    /// <summary>ACCEL004: Accelerated Connections NIC lacks the required tag.</summary>
    public static readonly DiagnosticDescriptor AcceleratedConnectionsMissingTag = Create(RuleIds.AcceleratedConnectionsMissingTag);

    /// <summary>ACCEL005: Accelerated Connections requires accelerated networking.</summary>
    public static readonly DiagnosticDescriptor AcceleratedConnectionsWithoutAcceleratedNetworking = Create(RuleIds.AcceleratedConnectionsWithoutAcceleratedNetworking);

    /// <summary>ACCEL006: Accelerated Connections needs at least 4 vCPUs.</summary>
    public static readonly DiagnosticDescriptor AcceleratedConnectionsTooFewVCpus = Create(RuleIds.AcceleratedConnectionsTooFewVCpus);

    /// <summary>ACCEL007: Accelerated Connections mode and tier do not match.</summary>
    public static readonly DiagnosticDescriptor AcceleratedConnectionsTierMismatch = Create(RuleIds.AcceleratedConnectionsTierMismatch);

    /// <summary>ACCEL008: auxiliaryMode/auxiliarySku need a newer apiVersion.</summary>
    public static readonly DiagnosticDescriptor AuxiliaryPropertiesApiVersion = Create(RuleIds.AuxiliaryPropertiesApiVersion);

    /// <summary>ACCEL009: VM size is not in the catalog.</summary>
    public static readonly DiagnosticDescriptor SizeNotInCatalog = Create(RuleIds.SizeNotInCatalog);

    /// <summary>ACCEL010: VM size requires accelerated networking.</summary>
    public static readonly DiagnosticDescriptor AcceleratedNetworkingRequiredBySize = Create(RuleIds.AcceleratedNetworkingRequiredBySize);

    /// <summary>ACCEL011: Accelerated networking is available but not enabled.</summary>
    public static readonly DiagnosticDescriptor AcceleratedNetworkingNotEnabled = Create(RuleIds.AcceleratedNetworkingNotEnabled);

    /// <summary>ACCEL012: Site Recovery needs accelerated networking on the source NIC.</summary>
    public static readonly DiagnosticDescriptor SiteRecoverySourceWithoutAcceleratedNetworking = Create(RuleIds.SiteRecoverySourceWithoutAcceleratedNetworking);

    /// <summary>ACCEL013: OS image is too old for accelerated networking.</summary>
    public static readonly DiagnosticDescriptor ImageTooOldForAcceleratedNetworking = Create(RuleIds.ImageTooOldForAcceleratedNetworking);

    /// <summary>ACCEL014: Module is not available locally.</summary>
    public static readonly DiagnosticDescriptor ModuleNotAvailableLocally = Create(RuleIds.ModuleNotAvailableLocally);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        InvalidInput,
        SizeDoesNotSupportAcceleratedNetworking,
        AcceleratedConnectionsOnDv5,
        AcceleratedConnectionsRegion,
        AcceleratedConnectionsMissingTag,
        AcceleratedConnectionsWithoutAcceleratedNetworking,
        AcceleratedConnectionsTooFewVCpus,
        AcceleratedConnectionsTierMismatch,
        AuxiliaryPropertiesApiVersion,
        SizeNotInCatalog,
        AcceleratedNetworkingRequiredBySize,
        AcceleratedNetworkingNotEnabled,
        SiteRecoverySourceWithoutAcceleratedNetworking,
        ImageTooOldForAcceleratedNetworking,
        ModuleNotAvailableLocally,
    };

    public static DiagnosticDescriptor For(string id) => All.First(d => d.Id == id);

    public static DiagnosticSeverity ToSeverity(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => DiagnosticSeverity.Error,
        DiagnosticLevel.Warning => DiagnosticSeverity.Warning,
        DiagnosticLevel.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    /// <summary>The Roslyn descriptor of an engine rule: its title, message format, default level and description.</summary>
    private static DiagnosticDescriptor Create(string id)
    {
        var rule = RuleRegistry.Find(id) ?? throw new ArgumentException("No engine rule " + id, nameof(id));
        return new(
            id,
            rule.Title,
            rule.MessageFormat,
            Category,
            ToSeverity(rule.DefaultLevel),
            isEnabledByDefault: true,
            description: rule.Description,
            helpLinkUri: rule.HelpUri);
    }
}
