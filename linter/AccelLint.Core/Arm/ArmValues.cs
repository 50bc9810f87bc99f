using System.Diagnostics.CodeAnalysis;
using AccelLint.Arm.Expressions;
using AccelLint.Json;
using AccelLint.Model;
using AccelLint.Text;

namespace AccelLint.Arm;

/// <summary>Turns JSON nodes into values in a scope: expressions are evaluated, objects and arrays lazily.</summary>
internal static class ArmValues
{
    /// <summary>ARM allows at most 800 copies; beyond that nothing more is learned.</summary>
    public const int MaxCopyCount = 800;

    /// <param name="holder">The key of the property that holds the node: where members built by an expression are placed.</param>
    public static Value FromNode(JsonNode node, ArmScope scope, SourceRef? holder = null)
    {
        var file = scope.Context.File;
        switch (node)
        {
            case JsonObject obj:
                return new LazyJsonObject(obj, scope);
            case JsonArray array:
                return new LazyJsonArray(array, scope);
            case JsonScalar { Value: string text }:
                var source = new SourceRef(file, node.Span);
                if (ArmExpressionParser.IsExpression(text))
                {
                    var expression = scope.Context.FileContext.ParseExpression(text, out string? error);
                    Value result;
                    if (expression is null)
                    {
                        // ARM rejects a template with an invalid expression; the value is unknown.
                        scope.Context.FileContext.ReportInvalid(node.Span, "The template expression cannot be parsed", $"{error}.");
                        result = UnknownValue.Instance;
                    }
                    else
                    {
                        try
                        {
                            result = ArmEvaluator.Evaluate(expression, scope, source);
                        }
                        catch (Evaluation.EvaluationLimitException limit)
                        {
                            scope.Context.FileContext.ReportInvalid(node.Span, limit.Subject, limit.Problem);
                            result = UnknownValue.Instance;
                        }
                    }

                    return Place(result.Source is null ? result.With(source: source) : result, holder ?? source, 0);
                }

                return new StringValue(ArmExpressionParser.Unescape(text)).Located(source);
            case JsonScalar { Value: long number }:
                return new IntValue(number).Located(new SourceRef(file, node.Span));
            case JsonScalar { Value: double d }:
                return (Math.Abs(d - Math.Round(d)) < double.Epsilon ? new IntValue((long)d) : (Value)new StringValue(d.ToString(System.Globalization.CultureInfo.InvariantCulture))).With(source: new SourceRef(file, node.Span));
            case JsonScalar { Value: bool b }:
                return BoolValue.Of(b).With(source: new SourceRef(file, node.Span));
            default:
                return NullValue.Instance.With(source: new SourceRef(file, node.Span));
        }
    }

    /// <summary>
    /// Objects a function built (<c>createObject()</c>, <c>if()</c> of objects, <c>union()</c>) have members
    /// with no place of their own: they are placed at <paramref name="at"/>, the property holding the
    /// expression, so that a finding on them is reported there. Members that have a place keep it.
    /// </summary>
    private static Value Place(Value value, SourceRef at, int depth)
    {
        const int MaxItems = 256;
        if (depth > 16)
        {
            return value;
        }

        switch (value)
        {
            case MapValue map when map.Properties.Any(p => p.NameSource is null || p.Value is MapValue or ListValue or OneOfValue):
                return new MapValue(map.Properties.Select(p => new PropertyValue(p.Name, p.NameSource ?? at, Place(p.Value, at, depth + 1))))
                    .With(source: map.Source ?? at, origin: map.Origin);
            case ListValue list when list.Count <= MaxItems && list.Items.Any(i => i is MapValue or ListValue or OneOfValue):
                return new ListValue(list.Items.Select(i => Place(i, at, depth + 1)).ToList()).With(source: list.Source ?? at, origin: list.Origin);
            case OneOfValue set when set.Candidates.Any(c => c is MapValue or ListValue):
                var placed = OneOfValue.Create(set.Candidates.Select(c => Place(c, at, depth + 1)).ToList(), set.Origin);
                return placed.With(source: set.Source ?? at);
            default:
                return value;
        }
    }

    /// <summary>
    /// A property-copy block (<c>"copy": [{ "name", "count", "input" }]</c>) is an array of objects
    /// that each have a name and an input; anything else named copy is an ordinary property.
    /// </summary>
    public static bool IsPropertyCopy(JsonProperty property) =>
        property.Name.Equals("copy", StringComparison.OrdinalIgnoreCase)
        && property.Value is JsonArray loops
        && loops.Items.Count > 0
        && loops.Items.All(l => l is JsonObject o && o.TryGetProperty("name", out _) && o.TryGetProperty("input", out _));

    /// <summary>The array a property-copy loop produces: one input per index (one with an unknown index when the count is unknown).</summary>
    public static Value ExpandCopyLoop(JsonObject loop, ArmScope scope)
    {
        string? name = loop.GetString("name");
        if (name is null || loop["input"] is not { } input)
        {
            return UnknownValue.Instance;
        }

        var count = loop["count"] is { } countNode ? FromNode(countNode, scope) : UnknownValue.Instance;
        if (count is OneOfValue && count.Candidates.All(c => c is IntValue))
        {
            count = new IntValue(count.Candidates.Max(c => ((IntValue)c).Value));
        }

        var items = new List<Value>();
        if (count is IntValue { Value: var n })
        {
            for (long i = 0; i < Math.Min(n, MaxCopyCount); i++)
            {
                items.Add(FromNode(input, scope.WithLoop(name, i)));
            }
        }
        else
        {
            items.Add(FromNode(input, scope.WithLoop(name, null)));
        }

        return new ListValue(items).With(source: new SourceRef(scope.Context.File, loop.Span));
    }

    /// <summary>A JSON object evaluated member by member on first access, with each member's key span.</summary>
    private sealed class LazyJsonObject : ObjectValue
    {
        private static readonly PropertyValue Missing = new(string.Empty, null, UnknownValue.Instance);

        private readonly JsonObject node;
        private readonly ArmScope scope;

        // One slot per JSON property (by position), plus a few for names a property copy generates.
        private readonly PropertyValue?[] slots;
        private List<PropertyValue>? generated;
        private List<PropertyValue>? all;

        public LazyJsonObject(JsonObject node, ArmScope scope)
        {
            this.node = node;
            this.scope = scope;
            slots = new PropertyValue?[node.Properties.Count];
            InitSource(new SourceRef(scope.Context.File, node.Span));
        }

        public override IEnumerable<PropertyValue> Properties
        {
            get
            {
                if (all is null)
                {
                    var list = new List<PropertyValue>();
                    foreach (var property in node.Properties)
                    {
                        if (IsPropertyCopy(property))
                        {
                            foreach (var loop in ((JsonArray)property.Value).Items.OfType<JsonObject>())
                            {
                                if (loop.GetString("name") is { } loopName && TryGetProperty(loopName, out var value))
                                {
                                    list.Add(value);
                                }
                            }
                        }
                        else if (TryGetProperty(property.Name, out var value))
                        {
                            list.Add(value);
                        }
                    }

                    all = list;
                }

                return all;
            }
        }

        public override bool TryGetProperty(string name, [NotNullWhen(true)] out PropertyValue? property)
        {
            if (node.TryGetProperty(name, out var json) && !IsPropertyCopy(json))
            {
                int index = IndexOf(json);
                var slot = slots[index];
                if (slot is null)
                {
                    // Guards re-entry (a member whose value reads the same member) with unknown.
                    slots[index] = Missing;
                    var key = new SourceRef(scope.Context.File, json.NameSpan);
                    slot = new PropertyValue(json.Name, key, FromNode(json.Value, scope, key));
                    slots[index] = slot;
                }

                property = ReferenceEquals(slot, Missing) ? new PropertyValue(json.Name, null, UnknownValue.Instance) : slot;
                return true;
            }

            property = null;
            foreach (var made in generated ?? Enumerable.Empty<PropertyValue>())
            {
                if (made.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    property = made;
                    return true;
                }
            }

            if (node.TryGetProperty("copy", out var copy) && IsPropertyCopy(copy))
            {
                foreach (var loop in ((JsonArray)copy.Value).Items.OfType<JsonObject>())
                {
                    if (string.Equals(loop.GetString("name"), name, StringComparison.OrdinalIgnoreCase) && loop.TryGetProperty("name", out var loopName))
                    {
                        property = new PropertyValue(name, new SourceRef(scope.Context.File, loopName.Value.Span), ExpandCopyLoop(loop, scope));
                        (generated ??= new List<PropertyValue>()).Add(property);
                        return true;
                    }
                }
            }

            return false;
        }

        private int IndexOf(JsonProperty property)
        {
            var properties = node.Properties;
            for (int i = 0; i < properties.Count; i++)
            {
                if (ReferenceEquals(properties[i], property))
                {
                    return i;
                }
            }

            return 0;
        }
    }

    private sealed class LazyJsonArray : ArrayValue
    {
        private readonly JsonArray node;
        private readonly ArmScope scope;
        private readonly Value?[] items;

        public LazyJsonArray(JsonArray node, ArmScope scope)
        {
            this.node = node;
            this.scope = scope;
            items = new Value?[node.Items.Count];
            InitSource(new SourceRef(scope.Context.File, node.Span));
        }

        public override int Count => items.Length;

        public override Value this[int index] => items[index] ??= FromNode(node.Items[index], scope);
    }
}
