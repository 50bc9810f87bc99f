using AccelLint.Text;

namespace AccelLint.Diagnostics;

/// <summary>A secondary location: where a value came from (parameter, parameters file, module caller).</summary>
public sealed record RelatedLocation(SourceRef Source, string Message);

/// <summary>How a finding was silenced in source.</summary>
public sealed record Suppression(string Kind, string? Justification);

/// <summary>One result of a rule, located in a file; levels and suppressions are applied by the engine.</summary>
public sealed record Finding(RuleDescriptor Rule, DiagnosticLevel Level, string Message, SourceRef Location)
{
    public IReadOnlyList<RelatedLocation> Related { get; init; } = Array.Empty<RelatedLocation>();

    public Suppression? Suppression { get; init; }

    /// <summary>A line-independent anchor (resource and property path) used for baselines and fingerprints.</summary>
    public string LogicalLocation { get; init; } = string.Empty;

    public string RuleId => Rule.Id;

    public bool IsSuppressed => Suppression is not null;

    public SourceLocation Resolve() => Location.ToLocation();
}
