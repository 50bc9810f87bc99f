using AccelLint.Text;

namespace AccelLint.Model;

/// <summary>
/// Something a deployer decides that a template leaves open: a parameter of an entry template (its
/// allowed values, or its default that a parameters file may replace), or a condition that cannot be
/// evaluated before deployment (the arms of an <c>if()</c> or ternary). Two candidates that take
/// different members of one point never occur together.
/// </summary>
/// <param name="Description">For messages: <c>parameter 'env'</c>, <c>the condition at main.bicep(12,9)</c>.</param>
/// <param name="Source">Where the point is declared (the allowed values, the default, the condition).</param>
/// <param name="IsParameter">A parameter (its members are values), not a condition (its members are true and false).</param>
public sealed record ChoicePoint(string Description, SourceRef? Source, bool IsParameter);

/// <summary>One member of a <see cref="ChoicePoint"/>: the value a parameter takes, or the arm a condition takes.</summary>
/// <param name="IsDefault">The member is the parameter's default: the template deployed as written takes it.</param>
public readonly record struct Choice(ChoicePoint Point, string Member, bool IsDefault)
{
    /// <summary>For messages: "parameter 'env' is 'dev'", "the condition at main.bicep(12,9) is true".</summary>
    public string Describe() => Point.IsParameter ? $"{Point.Description} is {Member}" : $"{Point.Description} is {Member}";
}

/// <summary>
/// The choices a value depends on: at most one member per point. Empty for a value the template
/// fixes itself (a literal, or computed from literals only). Immutable; merging two sets that take
/// different members of one point fails, which is how inconsistent combinations are dropped.
/// </summary>
public sealed class Choices : IEquatable<Choices>
{
    public static readonly Choices None = new(Array.Empty<Choice>());

    private readonly Choice[] items;

    private Choices(Choice[] items) => this.items = items;

    public IReadOnlyList<Choice> Items => items;

    public bool IsEmpty => items.Length == 0;

    public static Choices Of(Choice choice) => new(new[] { choice });

    /// <summary>The union of both; false when they take different members of one point.</summary>
    public bool TryMerge(Choices other, out Choices merged)
    {
        if (other.items.Length == 0 || ReferenceEquals(this, other))
        {
            merged = this;
            return true;
        }

        if (items.Length == 0)
        {
            merged = other;
            return true;
        }

        List<Choice>? added = null;
        foreach (var choice in other.items)
        {
            bool found = false;
            foreach (var existing in items)
            {
                if (existing.Point.Equals(choice.Point))
                {
                    if (!string.Equals(existing.Member, choice.Member, StringComparison.Ordinal))
                    {
                        merged = None;
                        return false;
                    }

                    found = true;
                    break;
                }
            }

            if (!found)
            {
                (added ??= new List<Choice>()).Add(choice);
            }
        }

        if (added is null)
        {
            merged = this;
            return true;
        }

        var all = new Choice[items.Length + added.Count];
        items.CopyTo(all, 0);
        added.CopyTo(all, items.Length);
        merged = new Choices(all);
        return true;
    }

    /// <summary>The choices both sets take (same point, same member).</summary>
    public Choices Intersect(Choices other)
    {
        if (ReferenceEquals(this, other) || items.Length == 0)
        {
            return this;
        }

        var common = items.Where(c => other.items.Contains(c)).ToArray();
        return common.Length == items.Length ? this : common.Length == 0 ? None : new Choices(common);
    }

    /// <summary>
    /// Whose decision a combination that takes these choices is (SPEC §1): the template's when every
    /// choice is a default (the template deployed as written), or when it takes a single choice (every
    /// other value is fixed by the template itself); the deployer's otherwise.
    /// </summary>
    public bool IsTemplatesDecision
    {
        get
        {
            if (items.Length <= 1)
            {
                return true;
            }

            foreach (var choice in items)
            {
                if (!choice.IsDefault)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The choices that are not defaults, for messages ("when parameter 'env' is 'dev'").</summary>
    public IEnumerable<Choice> Taken => items.Where(c => !c.IsDefault);

    public bool Equals(Choices? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other.items.Length != items.Length)
        {
            return false;
        }

        foreach (var choice in items)
        {
            if (Array.IndexOf(other.items, choice) < 0)
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as Choices);

    public override int GetHashCode() => items.Length;

    public override string ToString() => items.Length == 0 ? "(fixed)" : string.Join(" and ", items.Select(c => c.Describe() + (c.IsDefault ? " (default)" : string.Empty)));
}
