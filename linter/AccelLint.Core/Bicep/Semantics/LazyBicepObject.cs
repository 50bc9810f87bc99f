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

    // Only objects with spreads or computed keys are merged as a whole. Their state is shared with
    // copies made by With (a variable's origin): they are the same object, merged once, and a spread
    // that reaches the object again while it is merging is caught.
    private readonly MergeState? merge;
    private List<PropertyValue>? all;

    public LazyBicepObject(ObjectSyntax node, BicepInstance instance, BicepLocals locals)
    {
        this.node = node;
        this.instance = instance;
        this.locals = locals;
        merge = NeedsMerge(node) ? new MergeState() : null;
        InitSource(new SourceRef(instance.File, node.Span));
    }

    public override IEnumerable<PropertyValue> Properties => Merged();

    public override bool TryGetProperty(string name, [NotNullWhen(true)] out PropertyValue? property)
    {
        if (merge is not null)
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

    private static bool NeedsMerge(ObjectSyntax node)
    {
        foreach (var member in node.Members)
        {
            if (member is SpreadSyntax || (member is ObjectPropertySyntax { Name: null }))
            {
                return true;
            }
        }

        return false;
    }

    private PropertyValue? Compute(string name)
    {
        var syntax = node.GetProperty(name);
        return syntax is null ? null : Evaluate(syntax, name);
    }

    private PropertyValue Evaluate(ObjectPropertySyntax syntax, string name) =>
        new(name, new SourceRef(instance.File, syntax.Key.Span), instance.Evaluate(syntax.Value, locals));

    private List<PropertyValue> Merged()
    {
        if (all is not null)
        {
            return all;
        }

        if (merge is null)
        {
            // No spreads: every member is read through the per-property cache, which guards re-entry.
            return all = Merge();
        }

        if (merge.Result is { } done)
        {
            return all = done;
        }

        if (merge.Running)
        {
            // Re-entered while merging (a spread that reaches this object again): nothing is known yet.
            return new List<PropertyValue>();
        }

        merge.Running = true;
        try
        {
            return all = merge.Result = Merge();
        }
        finally
        {
            merge.Running = false;
        }
    }

    private List<PropertyValue> Merge()
    {
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

        bool whole = merge is not null;
        foreach (var member in node.Members)
        {
            switch (member)
            {
                case ObjectPropertySyntax property when property.Name is { } name:
                    Set(whole ? Evaluate(property, name) : TryGetProperty(name, out var p) ? p! : Evaluate(property, name));
                    break;
                case ObjectPropertySyntax property when property.Key is StringSyntax key:
                    if (instance.Evaluate(key, locals).AsString() is { } computed)
                    {
                        Set(new PropertyValue(computed, new SourceRef(instance.File, key.Span), instance.Evaluate(property.Value, locals)));
                    }

                    break;
                case SpreadSyntax spread:
                    var spreadValue = instance.Evaluate(spread.Expression, locals);
                    if (spreadValue is LazyBicepObject { merge.Running: true })
                    {
                        // var x = { ...x } is a cycle: Bicep rejects it, and it would never finish here.
                        instance.ReportInvalid(spread.Span, "this object spreads itself (directly or through other objects)", "its members cannot be evaluated");
                    }
                    else if (spreadValue is ObjectValue spreadObject)
                    {
                        foreach (var spreadProperty in spreadObject.Properties)
                        {
                            Set(spreadProperty);
                        }
                    }

                    break;
            }
        }

        return result;
    }

    private sealed class MergeState
    {
        public List<PropertyValue>? Result { get; set; }

        public bool Running { get; set; }
    }
}
