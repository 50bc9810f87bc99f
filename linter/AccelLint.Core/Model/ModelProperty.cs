using AccelLint.Text;

namespace AccelLint.Model;

/// <summary>A property of a modelled resource: its evaluated value and where its name is written.</summary>
public sealed class ModelProperty
{
    public static readonly ModelProperty Absent = new(NullValue.Instance, null, isPresent: false);

    public ModelProperty(Value value, SourceRef? location, bool isPresent = true)
    {
        Value = value;
        Location = location;
        IsPresent = isPresent;
    }

    public Value Value { get; }

    /// <summary>The property's name (JSON: the opening quote of the key; Bicep: its first character).</summary>
    public SourceRef? Location { get; }

    public bool IsPresent { get; }

    /// <summary>True when the value is known null or absent (not merely unknown).</summary>
    public bool IsAbsentOrNull => !IsPresent || Value.Kind == ValueKind.Null;

    public static ModelProperty From(PropertyValue? property) =>
        property is null ? Absent : new ModelProperty(property.Value, property.NameSource ?? property.Value.Source);

    public override string ToString() => IsPresent ? Value.Display() : "<absent>";
}
