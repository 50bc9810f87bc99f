using AccelLint.Diagnostics;
using static AccelLint.Rules.Acceleration;

namespace AccelLint.Rules;

/// <summary>ACCEL010: accelerated networking turned off on a size that requires it.</summary>
public sealed class AnRequiredBySizeRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.AcceleratedNetworkingRequiredBySize,
        "AcceleratedNetworkingRequiredBySize",
        "VM size requires accelerated networking",
        "Sizes documented as 'Accelerated Networking: Required' (Dlsv5, Dldsv5) enable it at run time whatever the template says, so enableAcceleratedNetworking false is ignored.",
        DiagnosticLevel.Info,
        "{0} sets enableAcceleratedNetworking to false, but {1}, which requires accelerated networking; Azure turns it on anyway{2}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var nic in context.Model.NetworkInterfaces)
        {
            if (!AnyIs(nic.EnableAcceleratedNetworking, "false"))
            {
                continue;
            }

            foreach (var vm in nic.Machines)
            {
                foreach (var vmSize in vm.Sizes)
                {
                    foreach (var scenario in Scenario.Of(nic.EnableAcceleratedNetworking, vmSize))
                    {
                        if (scenario.Is(0, "false") && scenario.Text(1) is { } size && context.Settings.Catalog.TryGet(size, out var row) && row.AcceleratedNetworkingRequired)
                        {
                            context.Report(
                                nic.EnableAcceleratedNetworking.Location,
                                nic.Declaration,
                                [UnsupportedSizeRule.Capitalize(Describe(nic)), $"{Machine(vm)} {HasSize(vm)} '{size}'{scenario.Note(1)}"],
                                Logical(nic, "enableAcceleratedNetworking"),
                                scenario,
                                vmSize.Value);
                            break;
                        }
                    }
                }
            }
        }
    }
}
