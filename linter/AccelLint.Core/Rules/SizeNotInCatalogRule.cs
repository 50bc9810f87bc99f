using AccelLint.Diagnostics;
using AccelLint.Model;
using static AccelLint.Rules.Acceleration;

namespace AccelLint.Rules;

/// <summary>ACCEL009: acceleration requested on a known size the catalog does not list.</summary>
public sealed class SizeNotInCatalogRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SizeNotInCatalog,
        "SizeNotInCatalog",
        "VM size is not in the catalog",
        "Acceleration is requested on a VM size the catalog does not know, so nothing could be checked. Refresh the catalog with --catalog and the output of 'az vm list-skus --resource-type virtualMachines -o json'.",
        DiagnosticLevel.Info,
        "{0} is not in the catalog, so {1} could not be checked; refresh the catalog with --catalog and the output of 'az vm list-skus --resource-type virtualMachines -o json'{2}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var nic in context.Model.NetworkInterfaces)
        {
            ModelProperty at;
            string property;
            if (RequestsAcceleratedNetworking(nic))
            {
                at = nic.EnableAcceleratedNetworking;
                property = "enableAcceleratedNetworking";
            }
            else if (RequestsAcceleratedConnections(nic))
            {
                at = nic.AuxiliaryMode.IsPresent ? nic.AuxiliaryMode : nic.AuxiliarySku;
                property = AcceleratedConnectionsProperty(nic);
            }
            else
            {
                continue;
            }

            foreach (var vm in nic.Machines)
            {
                foreach (var vmSize in vm.Sizes)
                {
                    foreach (var scenario in Scenario.Of(nic.EnableAcceleratedNetworking, nic.AuxiliaryMode, nic.AuxiliarySku, vmSize))
                    {
                        bool accelerated = scenario.Is(0, "true") || RequestsAcceleratedConnections(scenario, 1, 2);
                        if (accelerated && scenario.Text(3) is { } size && !context.Settings.Catalog.TryGet(size, out _))
                        {
                            context.Report(
                                at.Location,
                                nic.Declaration,
                                [$"VM size '{size}'{scenario.Note(3)} of {Machine(vm)}", $"acceleration on {Describe(nic)}"],
                                Logical(nic, property),
                                scenario,
                                vmSize.Value);
                            break;
                        }
                    }
                }
            }
        }

        foreach (var recovery in context.Model.SiteRecoveryNics)
        {
            var flag = AnyIs(recovery.EnableOnRecovery, "true") ? recovery.EnableOnRecovery : AnyIs(recovery.EnableOnTfo, "true") ? recovery.EnableOnTfo : null;
            if (flag is null)
            {
                continue;
            }

            var unknown = FirstText(recovery.RecoveryVmSize, s => !context.Settings.Catalog.TryGet(s, out _));
            if (unknown is not null)
            {
                context.Report(
                    flag.Location,
                    [$"Recovery VM size '{unknown}'", "accelerated networking on the Site Recovery network interface"],
                    "Microsoft.RecoveryServices/replicationProtectedItems/vmNics",
                    recovery.RecoveryVmSize.Value);
            }
        }
    }
}
