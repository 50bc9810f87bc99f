using AccelLint.Text;

namespace AccelLint.Diagnostics;

/// <summary>A secondary location: where a value came from (parameter, parameters file, module caller).</summary>
public sealed record RelatedLocation(SourceRef Source, string Message);

/// <summary>How a finding was silenced in source.</summary>
public sealed record Suppression(string Kind, string? Justification);

/// <summary>
/// A value the finding suggests instead of the one deployed (the nearest size or region that works),
/// named at the end of the message and offered by the front ends as a quick fix where
/// <see cref="WrittenAt"/> holds the current value as a literal.
/// </summary>
/// <param name="Property"><c>size</c> or <c>location</c>.</param>
/// <param name="Current">The value as evaluated (<c>Standard_B1s</c>).</param>
/// <param name="Replacement">The suggested value (<c>Standard_B2s_v2</c>).</param>
/// <param name="WrittenAt">
/// Where the current value is written: the literal (ARM JSON and parameters files, a module's or
/// <c>.bicepparam</c>'s value, C#'s expression), or the Bicep property whose line holds it; null when
/// it is one of a parameter's allowed values. Front ends check that the literal is really there before
/// offering a fix.
/// </param>
public sealed record Suggestion(string Property, string Current, string Replacement, SourceRef? WrittenAt)
{
    public const string Size = "size";

    public const string Location = "location";

    /// <summary>The sentence added to the message.</summary>
    public string Sentence => Property == Location
        ? $" Nearest region that offers it: '{Replacement}'."
        : $" Nearest size that supports it: '{Replacement}'.";
}

/// <summary>One result of a rule, located in a file; levels and suppressions are applied by the engine.</summary>
/// <param name="Arguments">The arguments of the rule's <see cref="RuleDescriptor.MessageFormat"/>, as many as it takes.</param>
public sealed record Finding(RuleDescriptor Rule, DiagnosticLevel Level, IReadOnlyList<string> Arguments, SourceRef Location)
{
    /// <summary>The rule's message format filled with <see cref="Arguments"/>.</summary>
    public string Message { get; } = Rule.Format(Arguments);

    public IReadOnlyList<RelatedLocation> Related { get; init; } = Array.Empty<RelatedLocation>();

    public Suppression? Suppression { get; init; }

    /// <summary>The nearest size or region that works (ACCEL001, ACCEL002, ACCEL003, ACCEL006), when the catalog has one.</summary>
    public Suggestion? Suggestion { get; init; }

    /// <summary>A line-independent anchor (resource and property path) used for baselines and fingerprints.</summary>
    public string LogicalLocation { get; init; } = string.Empty;

    public string RuleId => Rule.Id;

    public bool IsSuppressed => Suppression is not null;

    public SourceLocation Resolve() => Location.ToLocation();
}
