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
        DiagnosticLevel.Warning);

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
                foreach (var (size, note) in Sizes(vm))
                {
                    context.Settings.Catalog.TryGet(size, out var row);
                    if (TooFew(vm, row) is { } few)
                    {
                        context.Report(
                            AcceleratedConnectionsLocation(nic),
                            $"Accelerated Connections on {Describe(nic)} needs at least {MinimumVCpus} vCPUs, but {Machine(vm)} has size '{size}'{note} and {few}.",
                            Logical(nic, AcceleratedConnectionsProperty(nic)),
                            vm.Size.Value,
                            vm.VCpusAvailable.Value);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// How the machine falls short, or null: each known candidate of <c>vCPUsAvailable</c> when it has
    /// any (a set reports its first small member), else the catalog's count for the size.
    /// </summary>
    private static string? TooFew(Model.VirtualMachine vm, Catalog.VmSize? row)
    {
        var available = vm.VCpusAvailable.IsPresent ? vm.VCpusAvailable.Value.Candidates.OfType<Model.IntValue>().ToList() : new List<Model.IntValue>();
        if (available.Count > 0)
        {
            var small = available.FirstOrDefault(c => c.Value < MinimumVCpus);
            return small is null ? null : $"vCPUsAvailable is {small.Value}{Note(vm.VCpusAvailable.Value, small.Display())}";
        }

        return VCpus(vm, row) is int vcpus && vcpus < MinimumVCpus ? $"it has {vcpus}" : null;
    }
}
