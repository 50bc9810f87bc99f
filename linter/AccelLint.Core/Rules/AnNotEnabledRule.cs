using AccelLint.Diagnostics;
using AccelLint.Model;
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
        DiagnosticLevel.Info,
        "{0} {1}, though {2} of {3} supports it; enabling it lowers latency and CPU use at no cost{4}");

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
                // Every size the machine deploys must support AN, or enabling it would fail on the others (ACCEL001).
                var factors = new ModelProperty[1 + vm.Sizes.Count];
                factors[0] = nic.EnableAcceleratedNetworking;
                for (int i = 0; i < vm.Sizes.Count; i++)
                {
                    factors[i + 1] = vm.Sizes[i];
                }

                foreach (var scenario in Scenario.Of(factors))
                {
                    // Sizes that require AN turn it on anyway (ACCEL010's business), so they never count here.
                    if ((scenario.IsAbsentOrNull(0) || scenario.Is(0, "false"))
                        && factors.Length > 1
                        && SupportsOnly(context, scenario, factors.Length) is { } size)
                    {
                        string state = scenario.IsAbsentOrNull(0) ? "does not enable accelerated networking" : "sets enableAcceleratedNetworking to false";
                        string sizes = factors.Length == 2 ? $"size '{size}'{scenario.Note(1)}" : "every size";
                        context.Report(
                            nic.Declaration,
                            null,
                            [UnsupportedSizeRule.Capitalize(Describe(nic)), state, sizes, Machine(vm)],
                            Logical(nic, "enableAcceleratedNetworking"),
                            scenario,
                            vm.Sizes.Select(s => (Value?)s.Value).ToArray());
                        goto nextNic;
                    }
                }
            }

        nextNic:;
        }
    }

    /// <summary>The first size of the scenario (factors 1 to <paramref name="count"/> - 1) when every one is known and supports AN without requiring it; else null.</summary>
    private static string? SupportsOnly(RuleContext context, Scenario scenario, int count)
    {
        string? first = null;
        for (int i = 1; i < count; i++)
        {
            if (scenario.Text(i) is not { } size || !context.Settings.Catalog.TryGet(size, out var row) || !row.AcceleratedNetworking || row.AcceleratedNetworkingRequired)
            {
                return null;
            }

            first ??= size;
        }

        return first;
    }
}
