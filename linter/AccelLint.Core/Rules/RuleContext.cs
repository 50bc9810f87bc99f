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
    /// Reports at a property's name; each value's origin (parameter, parameters file, module caller)
    /// becomes a related location. A finding without a location cannot be shown and is dropped. A finding
    /// inside a restored registry or template-spec module is reported at its caller.
    /// </summary>
    public void Report(SourceRef? at, string message, string logicalLocation, params Value?[] values)
    {
        if (at is null)
        {
            return;
        }

        var related = new List<RelatedLocation>();
        foreach (var value in values)
        {
            if (value?.Origin is { Source: { } source } origin && !related.Exists(r => r.Source.Equals(source)) && !Model.ExternalModuleCalls.ContainsKey(source.File))
            {
                related.Add(new RelatedLocation(source, (origin.IsCandidateSet ? "allowed values of " : "value of ") + origin.Description));
            }
        }

        var location = at.Value;
        if (Model.ExternalModuleCalls.TryGetValue(location.File, out var call))
        {
            // Inside a restored registry or template-spec module, which the user cannot edit: reported at
            // the caller, with the place inside the module as a related location.
            related.Insert(0, new RelatedLocation(location, $"inside module '{call.ModuleName}' ({call.Reference})"));
            location = call.CallerLocation(values);
            message = call.Describe(message);
            logicalLocation = $"module:{call.ModuleName}/{logicalLocation}";
        }

        findings.Add(new Finding(rule.Descriptor, rule.Descriptor.DefaultLevel, message, location)
        {
            Related = related,
            LogicalLocation = logicalLocation,
        });
    }
}
