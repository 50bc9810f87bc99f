using AccelLint.Diagnostics;
using AccelLint.Model;
using static AccelLint.Rules.Acceleration;

namespace AccelLint.Rules;

/// <summary>ACCEL004: Accelerated Connections without the required NIC tag.</summary>
public sealed class AcceleratedConnectionsTagRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.AcceleratedConnectionsMissingTag,
        "AcceleratedConnectionsMissingTag",
        "Accelerated Connections NIC lacks the required tag",
        "Accelerated Connections needs data-path tags on the NIC at deployment (by default fastpathenabled = true); without them the NIC deploys without the fast path.",
        DiagnosticLevel.Warning,
        "Accelerated Connections on {0} requires the tag '{1}' = '{2}'; {3}{4}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var nic in context.Model.NetworkInterfaces)
        {
            if (!RequestsAcceleratedConnections(nic))
            {
                continue;
            }

            // An embedded configuration carries its own tags when it has a tags property, else its machine's.
            var tags = nic.Owner is { } owner && !nic.Tags.IsPresent ? owner.Tags : nic.Tags;
            foreach (var scenario in AcceleratedConnectionsScenarios(nic, tags))
            {
                string[]? problem = null;
                foreach (var required in context.Settings.AcceleratedConnectionsRequiredTags)
                {
                    if (Violation(scenario, required.Key, required.Value) is { } found)
                    {
                        problem = [Describe(nic), required.Key, required.Value, found];
                        break;
                    }
                }

                if (problem is not null)
                {
                    context.Report(
                        AcceleratedConnectionsLocation(nic),
                        nic.Declaration,
                        problem,
                        Logical(nic, AcceleratedConnectionsProperty(nic)),
                        scenario,
                        tags.Value);
                    break;
                }
            }
        }
    }

    /// <summary>Why the scenario's tags (factor 2) do not satisfy the requirement, or null when they do (or cannot be known).</summary>
    private static string? Violation(Scenario scenario, string key, string expected)
    {
        if (scenario.IsAbsentOrNull(2))
        {
            return "the NIC has no tags";
        }

        if (scenario[2] is not ObjectValue obj)
        {
            return null;
        }

        if (!obj.TryGetProperty(key, out var tag))
        {
            return $"the tag '{key}' is missing";
        }

        foreach (var value in tag.Value.Candidates)
        {
            if (value.AsString() is { } text && !text.Equals(expected, StringComparison.OrdinalIgnoreCase)
                && scenario.Choices.TryMerge(value.Choices, out var taken) && taken.IsTemplatesDecision)
            {
                var note = value.Choices.Taken.Any() ? " (when " + string.Join(" and ", value.Choices.Taken.Select(c => c.Describe())) + ")" : tag.Value.Origin is { IsCandidateSet: false } origin ? $" (from {origin.Description})" : string.Empty;
                return $"it is '{text}'{note}";
            }
        }

        return null;
    }
}
