using AccelLint.Arm.Expressions;
using AccelLint.Diagnostics;
using AccelLint.Rules;
using AccelLint.Text;

namespace AccelLint.Arm;

/// <summary>Per-file evaluation state: parsed expressions (each string parsed once) and ACCEL000 findings.</summary>
internal sealed class ArmFile
{
    private readonly Dictionary<string, ArmExpression?> expressions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> errors = new(StringComparer.Ordinal);

    public ArmFile(SourceFile source) => Source = source;

    public SourceFile Source { get; }

    /// <summary>The linked templates of the evaluation this file belongs to; null when links are not followed.</summary>
    public ArmLinks? Links { get; init; }

    public List<Finding> Findings { get; } = new();

    /// <summary>Parses an expression string once; <paramref name="error"/> is set when it cannot be parsed.</summary>
    public ArmExpression? ParseExpression(string text, out string? error)
    {
        if (!expressions.TryGetValue(text, out var expression))
        {
            expression = ArmExpressionParser.Parse(text, out error);
            expressions[text] = expression;
            errors[text] = error;
            return expression;
        }

        errors.TryGetValue(text, out error);
        return expression;
    }

    public void ReportInvalid(TextSpan span, string subject, string problem) =>
        ReportInvalid(InvalidInputRule.Finding(new SourceRef(Source, span), subject, problem));

    /// <summary>Reports an ACCEL000 finding, unless one is already at its location.</summary>
    public void ReportInvalid(Finding finding)
    {
        if (!Findings.Exists(f => f.Location.Equals(finding.Location)))
        {
            Findings.Add(finding);
        }
    }
}
