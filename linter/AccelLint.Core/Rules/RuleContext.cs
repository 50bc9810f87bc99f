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
    /// becomes a related location. A finding is never dropped: without a location it is placed at the
    /// nearest written position (a value's, its origin's, else the first resource's declaration).
    /// </summary>
    public void Report(SourceRef? at, string message, string logicalLocation, params Value?[] values)
    {
        at ??= values.Select(v => v?.Source).FirstOrDefault(s => s is not null)
            ?? values.Select(v => v?.Origin?.Source).FirstOrDefault(s => s is not null)
            ?? Model.NetworkInterfaces.Select(n => (SourceRef?)n.Declaration)
                .Concat(Model.VirtualMachines.Select(v => (SourceRef?)v.Declaration))
                .Concat(Model.SiteRecoveryNics.Select(n => (SourceRef?)n.Declaration))
                .FirstOrDefault();
        if (at is null)
        {
            // An empty model (nothing to report on): unreachable from the rules, which report on its resources.
            return;
        }

        var related = new List<RelatedLocation>();
        foreach (var value in values)
        {
            if (value?.Origin is { Source: { } source } origin && !related.Exists(r => r.Source.Equals(source)))
            {
                related.Add(new RelatedLocation(source, (origin.IsCandidateSet ? "allowed values of " : "value of ") + origin.Description));
            }
        }

        findings.Add(new Finding(rule.Descriptor, rule.Descriptor.DefaultLevel, message, at.Value)
        {
            Related = related,
            LogicalLocation = logicalLocation,
        });
    }
}
