using AccelLint.Catalog;
using AccelLint.Diagnostics;
using AccelLint.Model;
using static AccelLint.Rules.Acceleration;

namespace AccelLint.Rules;

/// <summary>ACCEL001: accelerated networking on a VM size that does not support it.</summary>
public sealed class UnsupportedSizeRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SizeDoesNotSupportAcceleratedNetworking,
        "SizeDoesNotSupportAcceleratedNetworking",
        "VM size does not support accelerated networking",
        "Accelerated networking is requested on a VM size that does not support it; the deployment fails with VMSizeIsNotPermittedToEnableAcceleratedNetworking.",
        DiagnosticLevel.Warning,
        "{0} enables accelerated networking{1}, but {2}, which does not support it; {3}{4}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var nic in context.Model.NetworkInterfaces)
        {
            if (!RequestsAcceleratedNetworking(nic))
            {
                continue;
            }

            foreach (var vm in nic.Machines)
            {
                foreach (var vmSize in vm.Sizes)
                {
                    foreach (var scenario in Scenario.Of(nic.EnableAcceleratedNetworking, vmSize))
                    {
                        if (scenario.Is(0, "true") && scenario.Text(1) is { } size && context.Settings.Catalog.TryGet(size, out var row) && !row.AcceleratedNetworking)
                        {
                            string consequence = AcceleratedNetworkingError(vm) is { } error ? "the deployment fails with " + error : "Azure cannot enable it there";
                            context.Report(
                                nic.EnableAcceleratedNetworking.Location,
                                nic.Declaration,
                                [Capitalize(Describe(nic)), string.Empty, $"{Machine(vm)} {HasSize(vm)} '{size}'{scenario.Note(1)}", consequence],
                                Logical(nic, "enableAcceleratedNetworking"),
                                scenario,
                                SuggestSize(context, size, vmSize, scenario[1], SizeNeed.AcceleratedNetworking),
                                vmSize.Value,
                                nic.EnableAcceleratedNetworking.Value);
                            break;
                        }
                    }
                }
            }
        }

        foreach (var recovery in context.Model.SiteRecoveryNics)
        {
            foreach (var flag in new[] { recovery.EnableOnRecovery, recovery.EnableOnTfo })
            {
                if (!AnyIs(flag, "true"))
                {
                    continue;
                }

                foreach (var (size, candidate) in Texts(recovery.RecoveryVmSize))
                {
                    if (context.Settings.Catalog.TryGet(size, out var row) && !row.AcceleratedNetworking)
                    {
                        string nic = recovery.SourceNic?.Named ?? (recovery.NicId.AsString() is { } id ? "'" + id + "'" : "whose id is not known");
                        context.Report(
                            flag.Location,
                            null,
                            ["Site Recovery", $" on the {(ReferenceEquals(flag, recovery.EnableOnTfo) ? "test failover" : "recovery")} network interface of source NIC {nic}", $"the recovery VM has size '{size}'{Note(recovery.RecoveryVmSize.Value, size)}", "the failover fails with VMSizeIsNotPermittedToEnableAcceleratedNetworking"],
                            "Microsoft.RecoveryServices/replicationProtectedItems/vmNics/" + (ReferenceEquals(flag, recovery.EnableOnTfo) ? "enableAcceleratedNetworkingOnTfo" : "enableAcceleratedNetworkingOnRecovery"),
                            null,
                            SuggestSize(context, size, recovery.RecoveryVmSize, candidate, SizeNeed.AcceleratedNetworking),
                            recovery.RecoveryVmSize.Value);
                        break;
                    }
                }
            }
        }
    }

    internal static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
