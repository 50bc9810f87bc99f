using AccelLint.Catalog;
using AccelLint.Diagnostics;
using static AccelLint.Rules.Acceleration;

namespace AccelLint.Rules;

/// <summary>ACCEL003: Accelerated Connections in a region where it is not available.</summary>
public sealed class AcceleratedConnectionsRegionRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.AcceleratedConnectionsRegion,
        "AcceleratedConnectionsRegion",
        "Accelerated Connections is not available in this region",
        "Accelerated Connections is offered in a list of regions; a NIC elsewhere cannot use it. The list is configurable because it grows.",
        DiagnosticLevel.Warning,
        "Accelerated Connections on {0} is not available in region '{1}'{2}; it is available in {3}{4}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var regions = context.Settings.AcceleratedConnectionsRegions;
        foreach (var nic in context.Model.NetworkInterfaces)
        {
            if (!RequestsAcceleratedConnections(nic))
            {
                continue;
            }

            var location = EffectiveLocation(nic);
            foreach (var scenario in AcceleratedConnectionsScenarios(nic, location))
            {
                if (scenario.Text(2) is { } text && !regions.Contains(Regions.Normalize(text)))
                {
                    context.Report(
                        AcceleratedConnectionsLocation(nic),
                        nic.Declaration,
                        [Describe(nic), text, scenario.Note(2), string.Join(", ", regions.OrderBy(r => r, StringComparer.Ordinal))],
                        Logical(nic, AcceleratedConnectionsProperty(nic)),
                        scenario,
                        RegionSuggestions.Nearest(text, regions) is { } nearest
                            ? new Suggestion(Suggestion.Location, text, nearest, WrittenAt(location, scenario[2]))
                            : null,
                        location.Value);
                    break;
                }
            }
        }
    }
}
