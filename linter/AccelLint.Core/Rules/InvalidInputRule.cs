using AccelLint.Diagnostics;
using AccelLint.Text;

namespace AccelLint.Rules;

/// <summary>ACCEL000: an input cannot be parsed, or a module or parameters file it names is missing. Front ends report it.</summary>
public sealed class InvalidInputRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.InvalidInput,
        "InvalidInput",
        "Input cannot be read",
        "A template, parameters file, Bicep file, module or config cannot be parsed or is missing, so it was not checked.",
        DiagnosticLevel.Error,
        "{0}: {1}");

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>
    /// The finding for an input that could not be used: <paramref name="subject"/> says what (and
    /// usually what happened to it), <paramref name="problem"/> why, or what follows from it
    /// ("The file cannot be parsed as JSON" / "unexpected character at line 3.").
    /// </summary>
    public static Finding Finding(SourceRef location, string subject, string problem, DiagnosticLevel? level = null) =>
        new(Rule, level ?? Rule.DefaultLevel, [subject, problem], location);

    /// <summary>
    /// The finding for a file named by an input that was not used: <paramref name="named"/> names it
    /// (<c>linked template 'x.json'</c>), <paramref name="why"/> is a predicate about it (<c>is not an ARM
    /// template</c>, <c>was not read: it is outside the workspace</c>).
    /// </summary>
    public static Finding NotUsed(SourceRef location, string named, string why) =>
        why.StartsWith(NotRead, StringComparison.Ordinal)
            ? Finding(location, named + " " + NotRead.Substring(0, NotRead.Length - 2), why.Substring(NotRead.Length))
            : Finding(location, named, "it " + why);

    private const string NotRead = "was not read: ";

    public override void Check(RuleContext context)
    {
    }
}
