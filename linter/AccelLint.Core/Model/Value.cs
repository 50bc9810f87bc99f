using System.Globalization;
using AccelLint.Text;

namespace AccelLint.Model;

public enum ValueKind
{
    Null,
    Bool,
    Int,
    String,
    Array,
    Object,
    Unknown,
    OneOf,
}

/// <summary>Where a value stands in the lattice the rules judge on.</summary>
public enum ValueLattice
{
    /// <summary>A literal after evaluation (null, bool, integer, string, array, object).</summary>
    Known,

    /// <summary>One of a finite set of known candidates (<see cref="OneOfValue"/>), each with the choices it depends on.</summary>
    Choices,

    /// <summary>Not known before deployment (<see cref="UnknownValue"/>, with the reason).</summary>
    Unknown,
}

/// <summary>
/// An evaluated value: known (null, bool, integer, string, array, object), one of a finite set of
/// candidates, or unknown with a reason. Each keeps the span where it was written, the choices it
/// depends on (<see cref="Model.Choices"/>: which parameter member or condition arm it takes) and,
/// when it flowed in from a parameter or variable, that origin. Values are immutable;
/// <see cref="With"/> copies.
/// </summary>
public abstract class Value
{
    public abstract ValueKind Kind { get; }

    public ValueLattice Lattice => Kind switch
    {
        ValueKind.Unknown => ValueLattice.Unknown,
        ValueKind.OneOf => ValueLattice.Choices,
        _ => ValueLattice.Known,
    };

    /// <summary>The choices this value (or candidate) depends on; empty when the template fixes it.</summary>
    public Choices Choices { get; private set; } = Choices.None;

    /// <summary>Where the value was written (for a property value, the property's name).</summary>
    public SourceRef? Source { get; private set; }

    public Origin? Origin { get; private set; }

    public bool IsUnknown => Kind == ValueKind.Unknown;

    public bool IsKnown => Kind != ValueKind.Unknown && Kind != ValueKind.OneOf;

    /// <summary>For constructors of derived values that know where they are written.</summary>
    protected void InitSource(SourceRef? source) => Source = source;

    /// <summary>
    /// Sets where a value just created (and not yet shared) is written, without a copy; shared
    /// singletons (true, false, null) are copied as by <see cref="With"/>.
    /// </summary>
    internal Value Located(SourceRef source)
    {
        if (this is BoolValue || this is NullValue || this is UnknownValue || ReferenceEquals(this, StringValue.Empty))
        {
            return With(source: source);
        }

        Source = source;
        return this;
    }

    public Value With(SourceRef? source = null, Origin? origin = null)
    {
        if ((source is not { } s || (Source is { } current && current.Equals(s))) && (origin is null || ReferenceEquals(origin, Origin)))
        {
            return this;
        }

        var copy = (Value)MemberwiseClone();
        if (source is not null)
        {
            copy.Source = source;
        }

        if (origin is not null)
        {
            copy.Origin = origin;
        }

        return copy;
    }

    /// <summary>A copy that depends on <paramref name="choices"/> as well as on its own; null when the two take different members of one point.</summary>
    public Value? WithChoices(Choices choices)
    {
        if (choices.IsEmpty || ReferenceEquals(choices, Choices))
        {
            return this;
        }

        if (this is UnknownValue)
        {
            return this;
        }

        if (!Choices.TryMerge(choices, out var merged))
        {
            return null;
        }

        if (ReferenceEquals(merged, Choices))
        {
            return this;
        }

        if (this is OneOfValue set)
        {
            return set.Restrict(choices);
        }

        var copy = (Value)MemberwiseClone();
        copy.Choices = merged;
        return copy;
    }

    /// <summary>Sets the choices of a value just created (not yet shared); shared singletons are copied.</summary>
    internal Value WithOwnChoicesCopy(Choices choices)
    {
        var copy = (Value)MemberwiseClone();
        copy.Choices = choices;
        return copy;
    }

    internal Value WithOwnChoices(Choices choices)
    {
        var copy = this is BoolValue || this is NullValue || ReferenceEquals(this, StringValue.Empty) ? (Value)MemberwiseClone() : this;
        copy.Choices = choices;
        return copy;
    }

    /// <summary>Copies with an origin only when it has none yet (the innermost origin wins).</summary>
    public Value WithOriginIfNone(Origin? origin) => origin is null || Origin is not null ? this : With(origin: origin);

    /// <summary>The known candidates: itself when known, the members of a set, nothing when unknown.</summary>
    public virtual IReadOnlyList<Value> Candidates => this is UnknownValue ? Array.Empty<Value>() : new[] { this };

    public virtual string? AsString() => null;

    public override string ToString() => Display();

    /// <summary>A short rendering for messages and debugging.</summary>
    public abstract string Display();

    /// <summary>Nested values render to a bounded depth (objects can refer to themselves).</summary>
    internal virtual string Display(int depth) => Display();
}

public sealed class NullValue : Value
{
    public static readonly NullValue Instance = new();

    public override ValueKind Kind => ValueKind.Null;

    public override string Display() => "null";
}

public sealed class BoolValue : Value
{
    public static readonly BoolValue True = new(true);
    public static readonly BoolValue False = new(false);

    private BoolValue(bool value) => Value = value;

    public bool Value { get; }

    public override ValueKind Kind => ValueKind.Bool;

    public static BoolValue Of(bool value) => value ? True : False;

    public override string? AsString() => Value ? "true" : "false";

    public override string Display() => AsString()!;
}

public sealed class IntValue : Value
{
    public IntValue(long value) => Value = value;

    public long Value { get; }

    public override ValueKind Kind => ValueKind.Int;

    public override string? AsString() => Value.ToString(CultureInfo.InvariantCulture);

    public override string Display() => AsString()!;
}

public sealed class StringValue : Value
{
    public static readonly StringValue Empty = new(string.Empty);

    public StringValue(string value) => Value = value;

    public string Value { get; }

    public override ValueKind Kind => ValueKind.String;

    public override string? AsString() => Value;

    public override string Display() => "'" + Value + "'";
}

/// <summary>A value that cannot be known before deployment, with the reason (for <c>accellint explain</c> and messages).</summary>
public sealed class UnknownValue : Value
{
    /// <summary>Unknown for a reason not recorded (an expression the evaluator does not model).</summary>
    public static readonly UnknownValue Instance = new("not evaluated");

    private UnknownValue(string reason) => Reason = reason;

    /// <summary>Why: "reference() is evaluated at deployment", "parameter 'name' has no default", ...</summary>
    public string Reason { get; }

    public override ValueKind Kind => ValueKind.Unknown;

    /// <summary>An unknown value with its reason.</summary>
    public static UnknownValue Because(string reason) => new(reason);

    /// <summary>The reason of <paramref name="value"/> when it is unknown, else null.</summary>
    public static string? ReasonOf(Value value) => (value as UnknownValue)?.Reason;

    public override string Display() => "<unknown>";
}

/// <summary>One of a finite set (at most <see cref="MaxCandidates"/>) of known values.</summary>
public sealed class OneOfValue : Value
{
    public const int MaxCandidates = 64;

    private readonly Value[] candidates;

    private OneOfValue(Value[] candidates) => this.candidates = candidates;

    public override ValueKind Kind => ValueKind.OneOf;

    public override IReadOnlyList<Value> Candidates => candidates;

    /// <summary>
    /// Builds the set from candidates (nested sets flattened, duplicates removed): a single member
    /// is that value, any unknown member or more than 64 members is unknown. Candidates equal in value
    /// but taken under different choices stay apart (they are what correlation needs); a set whose
    /// members are all equal is that value, depending on the choices they share.
    /// </summary>
    public static Value Create(IEnumerable<Value> values, Origin? origin = null)
    {
        var list = new List<Value>();
        foreach (var value in values)
        {
            if (value.IsUnknown)
            {
                return value;
            }

            foreach (var candidate in value.Candidates)
            {
                if (!list.Exists(existing => existing.Choices.Equals(candidate.Choices) && ValueEquality.DeepEquals(existing, candidate, ignoreCase: false)))
                {
                    list.Add(candidate);
                }
            }

            if (list.Count > MaxCandidates)
            {
                return UnknownValue.Because($"more than {MaxCandidates} candidate values");
            }
        }

        if (list.Count == 0)
        {
            return UnknownValue.Because("no candidate is consistent");
        }

        Value result;
        if (list.Count == 1)
        {
            result = list[0];
        }
        else if (list.TrueForAll(c => ValueEquality.DeepEquals(list[0], c, ignoreCase: false)))
        {
            var shared = list[0].Choices;
            foreach (var candidate in list)
            {
                shared = shared.Intersect(candidate.Choices);
            }

            result = ReferenceEquals(shared, list[0].Choices) ? list[0] : list[0].WithOwnChoicesCopy(shared);
        }
        else
        {
            result = new OneOfValue(list.ToArray());
        }

        return origin is null ? result : result.With(origin: origin);
    }

    /// <summary>The candidates consistent with <paramref name="choices"/>, each depending on them too.</summary>
    internal Value Restrict(Choices choices)
    {
        var kept = new List<Value>(candidates.Length);
        foreach (var candidate in candidates)
        {
            if (candidate.WithChoices(choices) is { } c)
            {
                kept.Add(c);
            }
        }

        return kept.Count == candidates.Length && kept.Count > 0 ? Create(kept, Origin) : kept.Count == 0 ? UnknownValue.Because("no candidate is consistent") : Create(kept, Origin);
    }

    public override string Display() => "one of {" + string.Join(", ", candidates.Select(c => c.Display())) + "}";
}
