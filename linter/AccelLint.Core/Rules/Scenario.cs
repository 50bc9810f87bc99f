using AccelLint.Model;

namespace AccelLint.Rules;

/// <summary>
/// One way a deployment can go for the values a rule combines (size with AN flag, mode with tier,
/// ...): a candidate of each, taken together only when they are consistent (one parameter never takes
/// two members at once), and only when the combination is the template's decision (SPEC §1 "Whose
/// decision it is"). A slot is null when its property is absent; unknown values yield no scenario,
/// so they never produce a finding.
/// </summary>
public sealed class Scenario
{
    /// <summary>Combinations looked at, at most, per rule and resource: beyond that nothing is reported.</summary>
    public const int MaxCombinations = 4096;

    private readonly Value?[] values;
    private readonly ModelProperty[] properties;

    private Scenario(ModelProperty[] properties, Value?[] values, Choices choices)
    {
        this.properties = properties;
        this.values = values;
        Choices = choices;
    }

    /// <summary>The choices this scenario takes.</summary>
    public Choices Choices { get; }

    /// <summary>The candidate of factor <paramref name="index"/>; null when the property is absent.</summary>
    public Value? this[int index] => values[index];

    public string? Text(int index) => values[index]?.AsString();

    public bool Is(int index, string text) => string.Equals(Text(index), text, StringComparison.OrdinalIgnoreCase);

    public bool IsAbsentOrNull(int index) => values[index] is null or NullValue;

    /// <summary>
    /// How to name where factor <paramref name="index"/> comes from in a message: " (when parameter
    /// 'vmSize' is 'Standard_B1s')" for a choice, " (the default of parameter 'vmSize')" for the
    /// default among allowed values, " (from parameter 'vmSize')" for a parameter's value, empty when
    /// it is written in place.
    /// </summary>
    public string Note(int index)
    {
        if (values[index] is not { } value)
        {
            return string.Empty;
        }

        var taken = value.Choices.Taken.ToList();
        if (taken.Count > 0)
        {
            return " (when " + string.Join(" and ", taken.Select(c => c.Describe())) + ")";
        }

        var origin = properties[index].Value.Origin ?? value.Origin;
        return origin switch
        {
            { IsCandidateSet: false } => $" (from {origin.Description})",
            { } => $" (the default of {origin.Description})",
            _ => string.Empty,
        };
    }

    /// <summary>
    /// The consistent combinations of the factors' candidates that are the template's decision, in
    /// the order the candidates are written.
    /// </summary>
    public static List<Scenario> Of(params ModelProperty[] factors)
    {
        var result = new List<Scenario>();
        long combinations = 1;
        foreach (var factor in factors)
        {
            if (factor.IsPresent && factor.Value.IsUnknown)
            {
                return result;
            }

            combinations *= factor.IsPresent ? Math.Max(1, factor.Value.Candidates.Count) : 1;
            if (combinations > MaxCombinations)
            {
                return result;
            }
        }

        var current = new Value?[factors.Length];
        Walk(factors, 0, Choices.None, current, result);
        return result;
    }

    private static void Walk(ModelProperty[] factors, int index, Choices taken, Value?[] current, List<Scenario> result)
    {
        if (index == factors.Length)
        {
            if (taken.IsTemplatesDecision)
            {
                result.Add(new Scenario(factors, (Value?[])current.Clone(), taken));
            }

            return;
        }

        var factor = factors[index];
        if (!factor.IsPresent)
        {
            current[index] = null;
            Walk(factors, index + 1, taken, current, result);
            return;
        }

        foreach (var candidate in factor.Value.Candidates)
        {
            if (taken.TryMerge(candidate.Choices, out var next))
            {
                current[index] = candidate;
                Walk(factors, index + 1, next, current, result);
            }
        }
    }
}
