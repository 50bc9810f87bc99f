using AccelLint.Diagnostics;
using AccelLint.Model;
using static AccelLint.Rules.Acceleration;

namespace AccelLint.Rules;

/// <summary>ACCEL007: auxiliaryMode and auxiliarySku do not make a valid Accelerated Connections tier (at most one per NIC).</summary>
public sealed class AcceleratedConnectionsTierRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.AcceleratedConnectionsTierMismatch,
        "AcceleratedConnectionsTierMismatch",
        "Accelerated Connections mode and tier do not match",
        "auxiliaryMode AcceleratedConnections needs a tier (auxiliarySku A1, A2, A4 or A8) and a tier needs auxiliaryMode AcceleratedConnections; values outside the enums are rejected.",
        DiagnosticLevel.Warning);

    private static readonly string[] NetworkModes = { "None", "MaxConnections", "Floating", AcceleratedConnections };
    private static readonly string[] ComputeModes = { "None", AcceleratedConnections, "Floating" };
    private static readonly string[] Tiers = { "None", "A1", "A2", "A4", "A8" };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var nic in context.Model.NetworkInterfaces)
        {
            var modes = nic.Kind == NicKind.NetworkInterface ? NetworkModes : ComputeModes;
            if (Invalid(nic.AuxiliaryMode, modes) is { } badMode)
            {
                string where = nic.Kind == NicKind.NetworkInterface ? "Microsoft.Network/networkInterfaces" : "a Microsoft.Compute NIC configuration";
                string extra = badMode.Equals("MaxConnections", StringComparison.OrdinalIgnoreCase) && nic.IsEmbedded ? " (MaxConnections exists only on Microsoft.Network/networkInterfaces)" : string.Empty;
                Report(context, nic, nic.AuxiliaryMode, "auxiliaryMode", $"auxiliaryMode '{badMode}'{Note(nic.AuxiliaryMode.Value, badMode)} on {Describe(nic)} is not a value {where} accepts{extra}; use one of {string.Join(", ", modes)}.");
            }
            else if (Invalid(nic.AuxiliarySku, Tiers) is { } badTier)
            {
                Report(context, nic, nic.AuxiliarySku, "auxiliarySku", $"auxiliarySku '{badTier}'{Note(nic.AuxiliarySku.Value, badTier)} on {Describe(nic)} is not an Accelerated Connections tier; use one of {string.Join(", ", Tiers)}.");
            }
            else if (AnyIs(nic.AuxiliaryMode, AcceleratedConnections) && (nic.AuxiliarySku.IsAbsentOrNull || AnyIs(nic.AuxiliarySku, "None")))
            {
                Report(context, nic, nic.AuxiliaryMode, "auxiliaryMode", $"auxiliaryMode AcceleratedConnections on {Describe(nic)} needs a tier, but auxiliarySku is {(nic.AuxiliarySku.IsAbsentOrNull ? "not set" : "None")}; set it to A1, A2, A4 or A8.");
            }
            else if (FirstText(nic.AuxiliarySku, t => !t.Equals("None", StringComparison.OrdinalIgnoreCase)) is { } tier
                && (nic.AuxiliaryMode.IsAbsentOrNull || AnyIs(nic.AuxiliaryMode, "None")))
            {
                Report(context, nic, nic.AuxiliarySku, "auxiliarySku", $"auxiliarySku '{tier}' on {Describe(nic)} sets an Accelerated Connections tier, but auxiliaryMode is {(nic.AuxiliaryMode.IsAbsentOrNull ? "not set" : "None")}; set it to AcceleratedConnections.");
            }
        }
    }

    private static string? Invalid(ModelProperty property, string[] allowed) =>
        FirstText(property, text => !allowed.Any(a => a.Equals(text, StringComparison.OrdinalIgnoreCase)));

    private static void Report(RuleContext context, NetworkInterface nic, ModelProperty at, string name, string message) =>
        context.Report(at.Location, message, Logical(nic, name), at.Value);
}
