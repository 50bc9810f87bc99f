using System.Diagnostics.CodeAnalysis;
using AccelLint.Bicep.Syntax;
using AccelLint.Model;
using AccelLint.Text;

namespace AccelLint.Bicep.Semantics;

/// <summary>
/// A Bicep object literal evaluated property by property on first access; each property keeps the
/// span of its key (the first character of the name as written). Nested resource declarations in a
/// body are not properties. Objects with spreads or interpolated keys are merged eagerly.
/// </summary>
internal sealed class LazyBicepObject : ObjectValue
{
    private readonly ObjectSyntax node;
    private readonly BicepInstance instance;
    private readonly BicepLocals locals;
    private readonly Dictionary<string, PropertyValue?> cache = new(StringComparer.OrdinalIgnoreCase);
    private List<PropertyValue>? merged;

    public LazyBicepObject(ObjectSyntax node, BicepInstance instance, BicepLocals locals)
    {
        this.node = node;
        this.instance = instance;
        this.locals = locals;
        InitSource(new SourceRef(instance.File, node.Span));
    }

    public override IEnumerable<PropertyValue> Properties => Merged();

    public override bool TryGetProperty(string name, [NotNullWhen(true)] out PropertyValue? property)
    {
        if (NeedsMerge())
        {
            property = Merged().LastOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            return property is not null;
        }

        if (!cache.TryGetValue(name, out property))
        {
            // Guards re-entry (a property whose value reads the same property) with unknown.
            cache[name] = new PropertyValue(name, null, UnknownValue.Instance);
            property = Compute(name);
            cache[name] = property;
        }

        return property is not null;
    }

    private bool NeedsMerge() => node.Members.Any(m => m is SpreadSyntax || (m is ObjectPropertySyntax p && p.Name is null));

    private PropertyValue? Compute(string name)
    {
        var syntax = node.Properties.LastOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return syntax is null ? null : Evaluate(syntax, name);
    }

    private PropertyValue Evaluate(ObjectPropertySyntax syntax, string name) =>
        new(name, new SourceRef(instance.File, syntax.Key.Span), instance.Evaluate(syntax.Value, locals));

    private List<PropertyValue> Merged()
    {
        if (merged is not null)
        {
            return merged;
        }

        var result = new List<PropertyValue>();
        void Set(PropertyValue value)
        {
            int i = result.FindIndex(p => p.Name.Equals(value.Name, StringComparison.OrdinalIgnoreCase));
            if (i >= 0)
            {
                result[i] = value;
            }
            else
            {
                result.Add(value);
            }
        }

        bool merge = NeedsMerge();
        foreach (var member in node.Members)
        {
            switch (member)
            {
                case ObjectPropertySyntax property when property.Name is { } name:
                    Set(merge ? Evaluate(property, name) : TryGetProperty(name, out var p) ? p! : Evaluate(property, name));
                    break;
                case ObjectPropertySyntax property when property.Key is StringSyntax key:
                    if (instance.Evaluate(key, locals).AsString() is { } computed)
                    {
                        Set(new PropertyValue(computed, new SourceRef(instance.File, key.Span), instance.Evaluate(property.Value, locals)));
                    }

                    break;
                case SpreadSyntax spread:
                    if (instance.Evaluate(spread.Expression, locals) is ObjectValue spreadObject)
                    {
                        foreach (var spreadProperty in spreadObject.Properties)
                        {
                            Set(spreadProperty);
                        }
                    }

                    break;
            }
        }

        merged = result;
        return result;
    }
}
