using AccelLint.Diagnostics;
using AccelLint.Model;

namespace AccelLint.Engine;

/// <summary>
/// What evaluating one input gives, whatever the front end: the model the rules read and the findings
/// the front end itself makes (cycles, missing modules, unreadable parts).
/// </summary>
public sealed class FrontEndResult
{
    internal FrontEndResult(ResourceModel model, IReadOnlyList<Finding> findings)
    {
        Model = model;
        Findings = findings;
    }

    public ResourceModel Model { get; }

    /// <summary>ACCEL000 findings met while evaluating.</summary>
    public IReadOnlyList<Finding> Findings { get; }
}
