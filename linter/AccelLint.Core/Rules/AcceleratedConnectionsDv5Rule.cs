using AccelLint.Catalog;
using AccelLint.Diagnostics;
using static AccelLint.Rules.Acceleration;

namespace AccelLint.Rules;

/// <summary>ACCEL002: Accelerated Connections on a Dv5-family size.</summary>
public sealed class AcceleratedConnectionsDv5Rule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.AcceleratedConnectionsOnDv5,
        "AcceleratedConnectionsOnDv5Family",
        "Accelerated Connections is not supported on the Dv5 family",
        "Accelerated Connections is supported on every size that supports accelerated networking except the general-purpose D-series v5 family (Dv5, Dsv5, Ddv5, Ddsv5, Dasv5, Dadsv5, Dlsv5, Dldsv5, Dpsv5, Dpdsv5, Dplsv5, Dpldsv5).",
        DiagnosticLevel.Warning,
        "Accelerated Connections on {0} is not supported on the Dv5 family, and {1}{2}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var nic in context.Model.NetworkInterfaces)
        {
            if (!RequestsAcceleratedConnections(nic))
            {
                continue;
            }

            foreach (var vm in nic.Machines)
            {
                foreach (var vmSize in vm.Sizes)
                {
                    foreach (var scenario in AcceleratedConnectionsScenarios(nic, vmSize))
                    {
                        if (scenario.Text(2) is { } size && IsDv5Family(size))
                        {
                            context.Report(
                                AcceleratedConnectionsLocation(nic),
                                nic.Declaration,
                                [Describe(nic), $"{Machine(vm)} {HasSize(vm)} '{size}'{scenario.Note(2)}"],
                                Logical(nic, AcceleratedConnectionsProperty(nic)),
                                scenario,
                                SuggestSize(context, size, vmSize, scenario[2], SizeNeed.AcceleratedConnections),
                                vmSize.Value);
                            break;
                        }
                    }
                }
            }
        }
    }
}
