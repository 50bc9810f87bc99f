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

/// <summary>
/// An evaluated value: known (null, bool, integer, string, array, object), one of a finite set of
/// candidates, or unknown. Each keeps the span where it was written and, when it flowed in from a
/// parameter or variable, that origin. Values are immutable; <see cref="With"/> copies.
/// </summary>
public abstract class Value
{
    public abstract ValueKind Kind { get; }

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

public sealed class UnknownValue : Value
{
    public static readonly UnknownValue Instance = new();

    public override ValueKind Kind => ValueKind.Unknown;

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
    /// is that value, any unknown member or more than 64 members is unknown.
    /// </summary>
    public static Value Create(IEnumerable<Value> values, Origin? origin = null)
    {
        var list = new List<Value>();
        foreach (var value in values)
        {
            if (value.IsUnknown)
            {
                return UnknownValue.Instance;
            }

            foreach (var candidate in value.Candidates)
            {
                if (!list.Exists(existing => ValueEquality.DeepEquals(existing, candidate, ignoreCase: false)))
                {
                    list.Add(candidate);
                }
            }

            if (list.Count > MaxCandidates)
            {
                return UnknownValue.Instance;
            }
        }

        if (list.Count == 0)
        {
            return UnknownValue.Instance;
        }

        var result = list.Count == 1 ? list[0] : new OneOfValue(list.ToArray());
        return origin is null ? result : result.With(origin: origin);
    }

    public override string Display() => "one of {" + string.Join(", ", candidates.Select(c => c.Display())) + "}";
}
