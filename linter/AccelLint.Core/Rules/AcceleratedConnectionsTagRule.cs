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

            // An embedded configuration carries its own tags when it has a tags property, else its machine's.
            var tags = nic.Owner is { } owner && !nic.Tags.IsPresent ? owner.Tags : nic.Tags;
            foreach (var required in context.Settings.AcceleratedConnectionsRequiredTags)
            {
                if (Violation(tags, required.Key, required.Value) is { } problem)
                {
                    context.Report(
                        AcceleratedConnectionsLocation(nic),
                        $"Accelerated Connections on {Describe(nic)} requires the tag '{required.Key}' = '{required.Value}'; {problem}.",
                        Logical(nic, AcceleratedConnectionsProperty(nic)),
                        tags.Value);
                    break;
                }
            }
        }
    }

    /// <summary>Why the tags do not satisfy the requirement, or null when they do (or cannot be known).</summary>
    private static string? Violation(ModelProperty tags, string key, string expected)
    {
        if (tags.IsAbsentOrNull)
        {
            return "the NIC has no tags";
        }

        foreach (var candidate in tags.Value.Candidates)
        {
            if (candidate is not ObjectValue obj)
            {
                continue;
            }

            if (!obj.TryGetProperty(key, out var tag))
            {
                return $"the tag '{key}' is missing";
            }

            foreach (var value in tag.Value.Candidates)
            {
                if (value.AsString() is { } text && !text.Equals(expected, StringComparison.OrdinalIgnoreCase))
                {
                    return $"it is '{text}'{Note(tag.Value, text)}";
                }
            }
        }

        return null;
    }
}
