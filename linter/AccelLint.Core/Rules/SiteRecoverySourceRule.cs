using AccelLint.Diagnostics;
using static AccelLint.Rules.Acceleration;

namespace AccelLint.Rules;

/// <summary>ACCEL012: Site Recovery asks for AN on the replica while the source NIC has none.</summary>
public sealed class SiteRecoverySourceRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SiteRecoverySourceWithoutAcceleratedNetworking,
        "SiteRecoverySourceWithoutAcceleratedNetworking",
        "Site Recovery needs accelerated networking on the source NIC",
        "Site Recovery enables accelerated networking on the replica only if the source VM has it.",
        DiagnosticLevel.Warning,
        "Site Recovery enables accelerated networking on the replica only if the source VM has it, but source {0} does not enable accelerated networking; the {1} network interface will not be accelerated{2}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var recovery in context.Model.SiteRecoveryNics)
        {
            if (recovery.SourceNic is not { } source || !MayLackAcceleratedNetworking(source))
            {
                continue;
            }

            foreach (var (flag, name, target) in new[]
            {
                (recovery.EnableOnRecovery, "enableAcceleratedNetworkingOnRecovery", "recovery"),
                (recovery.EnableOnTfo, "enableAcceleratedNetworkingOnTfo", "test failover"),
            })
            {
                if (AnyIs(flag, "true"))
                {
                    context.Report(
                        flag.Location,
                        [Describe(source), target],
                        "Microsoft.RecoveryServices/replicationProtectedItems/vmNics/" + name,
                        source.EnableAcceleratedNetworking.Value);
                }
            }
        }
    }
}
