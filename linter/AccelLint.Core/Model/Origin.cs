using AccelLint.Text;

namespace AccelLint.Model;

/// <summary>Where a value came from when it was not written in place: a parameter, variable, module parameter or parameters file.</summary>
/// <param name="Description">For messages, for example <c>parameter 'vmSize'</c>.</param>
/// <param name="Source">The span of the origin (the value in the parameters file, the default, the allowed values).</param>
/// <param name="IsCandidateSet">True when the value is a set of allowed values rather than one value.</param>
public sealed record Origin(string Description, SourceRef? Source, bool IsCandidateSet = false);
