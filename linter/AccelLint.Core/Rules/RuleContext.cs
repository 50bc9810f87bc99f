using AccelLint.Config;
using AccelLint.Diagnostics;
using AccelLint.Model;
using AccelLint.Text;

namespace AccelLint.Rules;

public sealed class RuleContext
{
    private readonly Rule rule;
    private readonly List<Finding> findings;

    internal RuleContext(Rule rule, ResourceModel model, LintSettings settings, List<Finding> findings)
    {
        this.rule = rule;
        this.findings = findings;
        Model = model;
        Settings = settings;
    }

    public ResourceModel Model { get; }

    public LintSettings Settings { get; }

    /// <summary>
    /// Reports the rule's message with <paramref name="arguments"/>: every argument of its format but
    /// the last, the tail, which this composes (the choices the message does not name yet, the final
    /// period, the suggestion's sentence and, inside a restored module, the sentence naming it). The
    /// finding is at a property's name; each value's origin (parameter, parameters file, module caller)
    /// becomes a related location. A finding is never dropped: without a location it is placed at
    /// <paramref name="fallback"/> (the resource), else the nearest written position (a value's, its
    /// origin's, else the first resource's declaration).
    /// </summary>
    public void Report(SourceRef? at, string[] arguments, string logicalLocation, params Value?[] values) =>
        Report(at, null, arguments, logicalLocation, null, values);

    /// <summary>
    /// Reports a finding that holds in <paramref name="scenario"/>: the choices it takes that the
    /// message does not name yet are added to it ("when parameter 'env' is 'dev'"), and each choice's
    /// declaration becomes a related location.
    /// </summary>
    public void Report(SourceRef? at, SourceRef? fallback, string[] arguments, string logicalLocation, Scenario? scenario, params Value?[] values) =>
        Report(at, fallback, arguments, logicalLocation, scenario, null, values);

    /// <summary>
    /// Reports as above, with a suggested replacement: its sentence ends the message (after the
    /// choices the scenario adds) and it travels with the finding for the front ends' quick fixes.
    /// </summary>
    public void Report(SourceRef? at, SourceRef? fallback, string[] arguments, string logicalLocation, Scenario? scenario, Suggestion? suggestion, params Value?[] values)
    {
        at ??= fallback
            ?? values.Select(v => v?.Source).FirstOrDefault(s => s is not null)
            ?? values.Select(v => v?.Origin?.Source).FirstOrDefault(s => s is not null)
            ?? Model.NetworkInterfaces.Select(n => (SourceRef?)n.Declaration)
                .Concat(Model.VirtualMachines.Select(v => (SourceRef?)v.Declaration))
                .Concat(Model.SiteRecoveryNics.Select(n => (SourceRef?)n.Declaration))
                .FirstOrDefault();
        if (at is not { } location)
        {
            // An empty model (nothing to report on): unreachable from the rules, which report on its resources.
            return;
        }

        // The last argument, the tail: the choices the message does not name yet, the final period, the suggestion and the module note.
        string tail = ".";
        var related = new List<RelatedLocation>();
        if (scenario is not null)
        {
            string body = rule.Descriptor.Format(arguments.Append(string.Empty).ToList());
            var missing = scenario.Choices.Taken.Where(c => body.IndexOf(c.Describe(), StringComparison.Ordinal) < 0).Select(c => c.Describe()).ToList();
            if (missing.Count > 0)
            {
                tail = ", when " + string.Join(" and ", missing) + tail;
            }

            foreach (var choice in scenario.Choices.Taken)
            {
                if (choice.Point.Source is { } source && !related.Exists(r => r.Source.Equals(source)) && !Model.ExternalModuleCalls.ContainsKey(source.File))
                {
                    related.Add(new RelatedLocation(source, (choice.Point.IsParameter ? "allowed values of " : string.Empty) + choice.Point.Description));
                }
            }
        }

        foreach (var value in values)
        {
            if (value?.Origin is { Source: { } source } origin && !related.Exists(r => r.Source.Equals(source)) && !Model.ExternalModuleCalls.ContainsKey(source.File))
            {
                related.Add(new RelatedLocation(source, (origin.IsCandidateSet ? "allowed values of " : "value of ") + origin.Description));
            }
        }

        if (suggestion is not null)
        {
            tail += suggestion.Sentence;
            if (suggestion.WrittenAt is { } written && Model.ExternalModuleCalls.ContainsKey(written.File))
            {
                // Written inside a restored registry module, which the user cannot edit: no fix there.
                suggestion = suggestion with { WrittenAt = null };
            }
        }

        if (Model.ExternalModuleCalls.TryGetValue(location.File, out var call))
        {
            // Inside a restored registry or template-spec module, which the user cannot edit: reported at
            // the caller, with the place inside the module as a related location.
            related.Insert(0, new RelatedLocation(location, $"inside module '{call.ModuleName}' ({call.Reference})"));
            location = call.CallerLocation(values);
            tail += call.Sentence;
            logicalLocation = $"module:{call.ModuleName}/{logicalLocation}";
        }

        findings.Add(new Finding(rule.Descriptor, rule.Descriptor.DefaultLevel, arguments.Append(tail).ToList(), location)
        {
            Related = related,
            LogicalLocation = logicalLocation,
            Suggestion = suggestion,
        });
    }
}
