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
        DiagnosticLevel.Warning,
        "{0} on {1} {2}; {3}{4}");

    private static readonly string[] NetworkModes = { "None", "MaxConnections", "Floating", AcceleratedConnections };
    private static readonly string[] ComputeModes = { "None", AcceleratedConnections, "Floating" };
    private static readonly string[] Tiers = { "None", "A1", "A2", "A4", "A8" };

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var nic in context.Model.NetworkInterfaces)
        {
            if (!nic.AuxiliaryMode.IsPresent && !nic.AuxiliarySku.IsPresent)
            {
                continue;
            }

            var modes = nic.Kind == NicKind.NetworkInterface ? NetworkModes : ComputeModes;
            foreach (var scenario in Scenario.Of(nic.AuxiliaryMode, nic.AuxiliarySku))
            {
                if (Check(context, nic, scenario, modes))
                {
                    break;
                }
            }
        }
    }

    /// <summary>Reports the first mismatch of the scenario (mode is factor 0, tier factor 1); true when it did.</summary>
    private static bool Check(RuleContext context, NetworkInterface nic, Scenario scenario, string[] modes)
    {
        if (scenario.Text(0) is { } mode && !scenario.IsAbsentOrNull(0) && !modes.Any(a => a.Equals(mode, StringComparison.OrdinalIgnoreCase)))
        {
            string where = nic.Kind == NicKind.NetworkInterface ? "Microsoft.Network/networkInterfaces" : "a Microsoft.Compute NIC configuration";
            string extra = mode.Equals("MaxConnections", StringComparison.OrdinalIgnoreCase) && nic.IsEmbedded ? " (MaxConnections exists only on Microsoft.Network/networkInterfaces)" : string.Empty;
            Report(context, nic, nic.AuxiliaryMode, "auxiliaryMode", [$"auxiliaryMode '{mode}'{scenario.Note(0)}", Describe(nic), $"is not a value {where} accepts{extra}", $"use one of {string.Join(", ", modes)}"], scenario);
            return true;
        }

        if (scenario.Text(1) is { } tier && !scenario.IsAbsentOrNull(1) && !Tiers.Any(a => a.Equals(tier, StringComparison.OrdinalIgnoreCase)))
        {
            Report(context, nic, nic.AuxiliarySku, "auxiliarySku", [$"auxiliarySku '{tier}'{scenario.Note(1)}", Describe(nic), "is not an Accelerated Connections tier", $"use one of {string.Join(", ", Tiers)}"], scenario);
            return true;
        }

        bool noTier = scenario.IsAbsentOrNull(1) || scenario.Is(1, "None");
        bool noMode = scenario.IsAbsentOrNull(0) || scenario.Is(0, "None");
        if (scenario.Is(0, AcceleratedConnections) && noTier)
        {
            Report(context, nic, nic.AuxiliaryMode, "auxiliaryMode", [$"auxiliaryMode AcceleratedConnections{scenario.Note(0)}", Describe(nic), $"needs a tier, but auxiliarySku is {(scenario.IsAbsentOrNull(1) ? "not set" : "None" + scenario.Note(1))}", "set it to A1, A2, A4 or A8"], scenario);
            return true;
        }

        if (!noTier && noMode)
        {
            Report(context, nic, nic.AuxiliarySku, "auxiliarySku", [$"auxiliarySku '{scenario.Text(1)}'{scenario.Note(1)}", Describe(nic), $"sets an Accelerated Connections tier, but auxiliaryMode is {(scenario.IsAbsentOrNull(0) ? "not set" : "None" + scenario.Note(0))}", "set it to AcceleratedConnections"], scenario);
            return true;
        }

        return false;
    }

    private static void Report(RuleContext context, NetworkInterface nic, ModelProperty at, string name, string[] arguments, Scenario scenario) =>
        context.Report(at.Location, nic.Declaration, arguments, Logical(nic, name), scenario, at.Value);
}
