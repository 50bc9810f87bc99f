using AccelLint.Diagnostics;
using static AccelLint.Rules.Acceleration;

namespace AccelLint.Rules;

/// <summary>ACCEL005: Accelerated Connections on a NIC without accelerated networking.</summary>
public sealed class AcceleratedConnectionsWithoutAnRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.AcceleratedConnectionsWithoutAcceleratedNetworking,
        "AcceleratedConnectionsWithoutAcceleratedNetworking",
        "Accelerated Connections requires accelerated networking",
        "Accelerated Connections works only on NICs with accelerated networking enabled.",
        DiagnosticLevel.Warning,
        "Accelerated Connections on {0} requires accelerated networking, but {1}{2}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var nic in context.Model.NetworkInterfaces)
        {
            if (!RequestsAcceleratedConnections(nic) || !MayLackAcceleratedNetworking(nic))
            {
                continue;
            }

            foreach (var scenario in AcceleratedConnectionsScenarios(nic, nic.EnableAcceleratedNetworking))
            {
                if (scenario.IsAbsentOrNull(2) || scenario.Is(2, "false"))
                {
                    string state = scenario.IsAbsentOrNull(2)
                        ? "enableAcceleratedNetworking is not set"
                        : "enableAcceleratedNetworking is false" + scenario.Note(2);
                    context.Report(
                        AcceleratedConnectionsLocation(nic),
                        nic.Declaration,
                        [Describe(nic), state],
                        Logical(nic, AcceleratedConnectionsProperty(nic)),
                        scenario,
                        nic.EnableAcceleratedNetworking.Value);
                    break;
                }
            }
        }
    }
}
