using AccelLint.Diagnostics;
using AccelLint.Rules;
using Microsoft.CodeAnalysis;

namespace AccelLint.Analyzers;

/// <summary>
/// The Roslyn descriptors of every AccelLint rule: IDs are the engine's constants, titles and
/// descriptions the engine's, help links point at docs/rules/ACCELnnn.md.
/// </summary>
public static class Descriptors
{
    public const string Category = "AccelLint";

    /// <summary>ACCEL000: Input cannot be read.</summary>
    public static readonly DiagnosticDescriptor InvalidInput = Create(RuleIds.InvalidInput, "Input cannot be read", DiagnosticSeverity.Error);

    /// <summary>ACCEL001: VM size does not support accelerated networking.</summary>
    public static readonly DiagnosticDescriptor SizeDoesNotSupportAcceleratedNetworking = Create(RuleIds.SizeDoesNotSupportAcceleratedNetworking, "VM size does not support accelerated networking", DiagnosticSeverity.Warning);

    /// <summary>ACCEL002: Accelerated Connections is not supported on the Dv5 family.</summary>
    public static readonly DiagnosticDescriptor AcceleratedConnectionsOnDv5 = Create(RuleIds.AcceleratedConnectionsOnDv5, "Accelerated Connections is not supported on the Dv5 family", DiagnosticSeverity.Warning);

    /// <summary>ACCEL003: Accelerated Connections is not available in this region.</summary>
    public static readonly DiagnosticDescriptor AcceleratedConnectionsRegion = Create(RuleIds.AcceleratedConnectionsRegion, "Accelerated Connections is not available in this region", DiagnosticSeverity.Warning);

    /// <summary>ACCEL004: Accelerated Connections NIC lacks the required tag.</summary>
    public static readonly DiagnosticDescriptor AcceleratedConnectionsMissingTag = Create(RuleIds.AcceleratedConnectionsMissingTag, "Accelerated Connections NIC lacks the required tag", DiagnosticSeverity.Warning);

    /// <summary>ACCEL005: Accelerated Connections requires accelerated networking.</summary>
    public static readonly DiagnosticDescriptor AcceleratedConnectionsWithoutAcceleratedNetworking = Create(RuleIds.AcceleratedConnectionsWithoutAcceleratedNetworking, "Accelerated Connections requires accelerated networking", DiagnosticSeverity.Warning);

    /// <summary>ACCEL006: Accelerated Connections needs at least 4 vCPUs.</summary>
    public static readonly DiagnosticDescriptor AcceleratedConnectionsTooFewVCpus = Create(RuleIds.AcceleratedConnectionsTooFewVCpus, "Accelerated Connections needs at least 4 vCPUs", DiagnosticSeverity.Warning);

    /// <summary>ACCEL007: Accelerated Connections mode and tier do not match.</summary>
    public static readonly DiagnosticDescriptor AcceleratedConnectionsTierMismatch = Create(RuleIds.AcceleratedConnectionsTierMismatch, "Accelerated Connections mode and tier do not match", DiagnosticSeverity.Warning);

    /// <summary>ACCEL008: auxiliaryMode/auxiliarySku need a newer apiVersion.</summary>
    public static readonly DiagnosticDescriptor AuxiliaryPropertiesApiVersion = Create(RuleIds.AuxiliaryPropertiesApiVersion, "auxiliaryMode/auxiliarySku need a newer apiVersion", DiagnosticSeverity.Warning);

    /// <summary>ACCEL009: VM size is not in the catalog.</summary>
    public static readonly DiagnosticDescriptor SizeNotInCatalog = Create(RuleIds.SizeNotInCatalog, "VM size is not in the catalog", DiagnosticSeverity.Info);

    /// <summary>ACCEL010: VM size requires accelerated networking.</summary>
    public static readonly DiagnosticDescriptor AcceleratedNetworkingRequiredBySize = Create(RuleIds.AcceleratedNetworkingRequiredBySize, "VM size requires accelerated networking", DiagnosticSeverity.Info);

    /// <summary>ACCEL011: Accelerated networking is available but not enabled.</summary>
    public static readonly DiagnosticDescriptor AcceleratedNetworkingNotEnabled = Create(RuleIds.AcceleratedNetworkingNotEnabled, "Accelerated networking is available but not enabled", DiagnosticSeverity.Info);

    /// <summary>ACCEL012: Site Recovery needs accelerated networking on the source NIC.</summary>
    public static readonly DiagnosticDescriptor SiteRecoverySourceWithoutAcceleratedNetworking = Create(RuleIds.SiteRecoverySourceWithoutAcceleratedNetworking, "Site Recovery needs accelerated networking on the source NIC", DiagnosticSeverity.Warning);

    /// <summary>ACCEL013: OS image is too old for accelerated networking.</summary>
    public static readonly DiagnosticDescriptor ImageTooOldForAcceleratedNetworking = Create(RuleIds.ImageTooOldForAcceleratedNetworking, "OS image is too old for accelerated networking", DiagnosticSeverity.Warning);

    /// <summary>ACCEL014: Module is not available locally.</summary>
    public static readonly DiagnosticDescriptor ModuleNotAvailableLocally = Create(RuleIds.ModuleNotAvailableLocally, "Module is not available locally", DiagnosticSeverity.Info);

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

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity) =>
        new(
            id,
            title,
            "{0}",
            Category,
            severity,
            isEnabledByDefault: true,
            description: RuleRegistry.Find(id)?.Description,
            helpLinkUri: RuleIds.HelpUri(id));
}
