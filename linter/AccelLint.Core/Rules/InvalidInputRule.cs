using AccelLint.Diagnostics;

namespace AccelLint.Rules;

/// <summary>ACCEL000: an input cannot be parsed, or a module or parameters file it names is missing. Front ends report it.</summary>
public sealed class InvalidInputRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.InvalidInput,
        "InvalidInput",
        "Input cannot be read",
        "A template, parameters file, Bicep file, module or config cannot be parsed or is missing, so it was not checked.",
        DiagnosticLevel.Error);

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
    }
}
