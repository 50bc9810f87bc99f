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
                    if (VCpus(vm, row) is int vcpus && vcpus < MinimumVCpus)
                    {
                        string source = vm.VCpusAvailable.IsPresent && vm.VCpusAvailable.Value is Model.IntValue ? "vCPUsAvailable is" : "it has";
                        context.Report(
                            AcceleratedConnectionsLocation(nic),
                            $"Accelerated Connections on {Describe(nic)} needs at least {MinimumVCpus} vCPUs, but {Machine(vm)} has size '{size}'{note} and {source} {vcpus}.",
                            Logical(nic, AcceleratedConnectionsProperty(nic)),
                            vm.Size.Value);
                        break;
                    }
                }
            }
        }
    }
}
