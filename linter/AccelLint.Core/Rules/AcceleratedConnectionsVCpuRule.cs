using System.Globalization;
using AccelLint.Catalog;
using AccelLint.Diagnostics;
using static AccelLint.Rules.Acceleration;

namespace AccelLint.Rules;

/// <summary>ACCEL006: Accelerated Connections on a size with fewer than 4 vCPUs.</summary>
public sealed class AcceleratedConnectionsVCpuRule : Rule
{
    public const int MinimumVCpus = 4;

    public static readonly RuleDescriptor Rule = new(
        RuleIds.AcceleratedConnectionsTooFewVCpus,
        "AcceleratedConnectionsTooFewVCpus",
        "Accelerated Connections needs at least 4 vCPUs",
        "Accelerated Connections is available on VMs with four or more vCPUs.",
        DiagnosticLevel.Warning,
        "Accelerated Connections on {0} needs at least {1} vCPUs, but {2} and {3}{4}");

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
                    foreach (var scenario in AcceleratedConnectionsScenarios(nic, vmSize, vm.VCpusAvailable))
                    {
                        if (scenario.Text(2) is not { } size)
                        {
                            continue;
                        }

                        context.Settings.Catalog.TryGet(size, out var row);
                        if (TooFew(scenario, row) is { } few)
                        {
                            context.Report(
                                AcceleratedConnectionsLocation(nic),
                                nic.Declaration,
                                [Describe(nic), MinimumVCpus.ToString(CultureInfo.InvariantCulture), $"{Machine(vm)} {HasSize(vm)} '{size}'{scenario.Note(2)}", few],
                                Logical(nic, AcceleratedConnectionsProperty(nic)),
                                scenario,
                                // Short of vCPUs by vCPUsAvailable, the size is not what to change.
                                scenario[3] is Model.IntValue ? null : SuggestSize(context, size, vmSize, scenario[2], SizeNeed.AcceleratedConnections),
                                vmSize.Value,
                                vm.VCpusAvailable.Value);
                            break;
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// How the machine falls short, or null: <c>vCPUsAvailable</c> (factor 3) when it is set, else
    /// the catalog's count for the size.
    /// </summary>
    private static string? TooFew(Scenario scenario, Catalog.VmSize? row)
    {
        if (scenario[3] is Model.IntValue available)
        {
            return available.Value < MinimumVCpus ? $"vCPUsAvailable is {available.Value}{scenario.Note(3)}" : null;
        }

        return row is { VCpus: > 0 } && row.VCpus < MinimumVCpus ? $"it has {row.VCpus}" : null;
    }
}
