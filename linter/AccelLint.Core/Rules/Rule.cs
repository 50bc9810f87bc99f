using AccelLint.Diagnostics;

namespace AccelLint.Rules;

/// <summary>A rule: a descriptor plus a check over the resource model. Rules never see JSON, Bicep or Roslyn.</summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Check(RuleContext context);
}
