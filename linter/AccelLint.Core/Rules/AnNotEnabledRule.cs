using AccelLint.Diagnostics;
using static AccelLint.Rules.Acceleration;

namespace AccelLint.Rules;

/// <summary>ACCEL011: a NIC on a size that supports accelerated networking does not enable it.</summary>
public sealed class AnNotEnabledRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.AcceleratedNetworkingNotEnabled,
        "AcceleratedNetworkingNotEnabled",
        "Accelerated networking is available but not enabled",
        "The VM size supports accelerated networking at no extra cost, but the NIC does not enable it: lower latency, less jitter and less CPU are left on the table.",
        DiagnosticLevel.Info);

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var nic in context.Model.NetworkInterfaces)
        {
            if (!MayLackAcceleratedNetworking(nic))
            {
                continue;
            }

            foreach (var vm in nic.Machines)
            {
                foreach (var scenario in Scenario.Of(nic.EnableAcceleratedNetworking, vm.Size))
                {
                    // Sizes that require AN turn it on anyway (ACCEL010's business), so they never count here.
                    if ((scenario.IsAbsentOrNull(0) || scenario.Is(0, "false"))
                        && scenario.Text(1) is { } size
                        && context.Settings.Catalog.TryGet(size, out var row) && row.AcceleratedNetworking && !row.AcceleratedNetworkingRequired)
                    {
                        string state = scenario.IsAbsentOrNull(0) ? "does not enable accelerated networking" : "sets enableAcceleratedNetworking to false";
                        context.Report(
                            nic.Declaration,
                            null,
                            $"{UnsupportedSizeRule.Capitalize(Describe(nic))} {state}, though size '{size}'{scenario.Note(1)} of {Machine(vm)} supports it; enabling it lowers latency and CPU use at no cost.",
                            Logical(nic, "enableAcceleratedNetworking"),
                            scenario,
                            vm.Size.Value);
                        goto nextNic;
                    }
                }
            }

        nextNic:;
        }
    }
}
