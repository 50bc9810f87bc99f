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
                // Sizes that require AN turn it on anyway (ACCEL010's business), so they never count here.
                var supported = FirstSize(vm, s => context.Settings.Catalog.TryGet(s, out var row) && row.AcceleratedNetworking && !row.AcceleratedNetworkingRequired);
                if (supported.Size is not null)
                {
                    string state = nic.EnableAcceleratedNetworking.IsAbsentOrNull ? "does not enable accelerated networking" : "sets enableAcceleratedNetworking to false";
                    context.Report(
                        nic.Declaration,
                        $"{UnsupportedSizeRule.Capitalize(Describe(nic))} {state}, though size '{supported.Size}'{supported.Note} of {Machine(vm)} supports it; enabling it lowers latency and CPU use at no cost.",
                        Logical(nic, "enableAcceleratedNetworking"),
                        vm.Size.Value);
                    break;
                }
            }
        }
    }
}
