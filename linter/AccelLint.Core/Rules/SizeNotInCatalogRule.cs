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
        DiagnosticLevel.Info);

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
                var unknown = FirstSize(vm, s => !context.Settings.Catalog.TryGet(s, out _));
                if (unknown.Size is not null)
                {
                    context.Report(
                        at.Location,
                        $"VM size '{unknown.Size}'{unknown.Note} of {Machine(vm)} is not in the catalog, so acceleration on {Describe(nic)} could not be checked; refresh the catalog with --catalog and the output of 'az vm list-skus --resource-type virtualMachines -o json'.",
                        Logical(nic, property),
                        vm.Size.Value);
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
                    $"Recovery VM size '{unknown}' is not in the catalog, so accelerated networking on the Site Recovery network interface could not be checked; refresh the catalog with --catalog and the output of 'az vm list-skus --resource-type virtualMachines -o json'.",
                    "Microsoft.RecoveryServices/replicationProtectedItems/vmNics",
                    recovery.RecoveryVmSize.Value);
            }
        }
    }
}
