using System.Globalization;
using System.Text;
using AccelLint.Arm.Expressions;
using AccelLint.Model;
using Newtonsoft.Json.Linq;

namespace AccelLint.Arm;

/// <summary>
/// Evaluates ARM expressions over values. Functions apply to each candidate of a set; any unknown
/// argument makes the result unknown (except where a function can decide without it, like <c>if</c>
/// with a known condition). Functions outside SPEC.md §4's list yield unknown.
/// </summary>
internal static class ArmEvaluator
{
    private const int MaxDepth = 200;

    [ThreadStatic]
    private static int depth;

    public static Value Evaluate(ArmExpression expression, ArmScope scope)
    {
        if (depth >= MaxDepth)
        {
            return UnknownValue.Instance;
        }

        depth++;
        try
        {
            return expression switch
            {
                StringLiteral s => new StringValue(s.Value),
                NumberLiteral n => new IntValue(n.Value),
                FunctionCall call => Call(call, scope),
                MemberAccess member => Map(Evaluate(member.Target, scope), target => Member(target, member.Name, member.Safe)),
                IndexAccess index => Map2(Evaluate(index.Target, scope), Evaluate(index.Index, scope), (t, i) => Index(t, i, index.Safe)),
                _ => UnknownValue.Instance,
            };
        }
        finally
        {
            depth--;
        }
    }

    private static Value Call(FunctionCall call, ArmScope scope)
    {
        var context = scope.Context;
        Value Arg(int i) => call.Argument(i) is { } a ? Evaluate(a, scope) : UnknownValue.Instance;
        Value[] Args() => call.Arguments.Select(a => Evaluate(a, scope)).ToArray();

        switch (call.Name.ToLowerInvariant())
        {
            case "parameters":
                return Arg(0).AsString() is { } p ? context.Parameter(p) : UnknownValue.Instance;
            case "variables":
                return Arg(0).AsString() is { } v ? context.Variable(v) : UnknownValue.Instance;
            case "copyindex":
                {
                    Value first = call.Arguments.Count > 0 ? Arg(0) : NullValue.Instance;
                    string? loop = first is StringValue s ? s.Value : null;
                    Value offset = first is IntValue ? first : call.Arguments.Count > 1 ? Arg(1) : new IntValue(0);
                    var index = scope.CopyIndex(loop);
                    return index is IntValue i && offset is IntValue o ? new IntValue(i.Value + o.Value) : UnknownValue.Instance;
                }

            case "true":
                return BoolValue.True;
            case "false":
                return BoolValue.False;
            case "null":
                return NullValue.Instance;
            case "if":
                {
                    var condition = Arg(0);
                    if (condition.IsUnknown)
                    {
                        // Both arms are possible: the union of both.
                        return OneOfValue.Create(new[] { Arg(1), Arg(2) });
                    }

                    bool canBeTrue = condition.Candidates.Any(IsTrue);
                    bool canBeFalse = condition.Candidates.Any(c => !IsTrue(c));
                    if (canBeTrue && canBeFalse)
                    {
                        return OneOfValue.Create(new[] { Arg(1), Arg(2) });
                    }

                    return canBeTrue ? Arg(1) : Arg(2);
                }

            case "coalesce":
                foreach (var argument in call.Arguments)
                {
                    var value = Evaluate(argument, scope);
                    if (value.IsUnknown || value.Kind == ValueKind.OneOf)
                    {
                        return value.Candidates.Any(c => c.Kind == ValueKind.Null) ? UnknownValue.Instance : value;
                    }

                    if (value.Kind != ValueKind.Null)
                    {
                        return value;
                    }
                }

                return NullValue.Instance;
            case "concat":
                return MapN(Args(), Concat);
            case "format":
                return MapN(Args(), Format);
            case "tolower":
                return Map(Arg(0), v => v is StringValue s ? new StringValue(s.Value.ToLowerInvariant()) : UnknownValue.Instance);
            case "toupper":
                return Map(Arg(0), v => v is StringValue s ? new StringValue(s.Value.ToUpperInvariant()) : UnknownValue.Instance);
            case "string":
                return Map(Arg(0), v => new StringValue(ToText(v)));
            case "bool":
                return Map(Arg(0), ToBool);
            case "int":
                return Map(Arg(0), ToInt);
            case "equals":
                return Map2(Arg(0), Arg(1), (a, b) => BoolValue.Of(ValueEquality.DeepEquals(a, b, ignoreCase: false)));
            case "not":
                return Map(Arg(0), v => v is BoolValue b ? BoolValue.Of(!b.Value) : UnknownValue.Instance);
            case "and":
                return Logical(Args(), stopOn: false);
            case "or":
                return Logical(Args(), stopOn: true);
            case "contains":
                return Map2(Arg(0), Arg(1), Contains);
            case "empty":
                return Map(Arg(0), v => v switch
                {
                    NullValue => BoolValue.True,
                    StringValue s => BoolValue.Of(s.Value.Length == 0),
                    ArrayValue a => BoolValue.Of(a.Count == 0),
                    ObjectValue o => BoolValue.Of(!o.Properties.Any()),
                    _ => UnknownValue.Instance,
                });
            case "length":
                return Map(Arg(0), v => v switch
                {
                    StringValue s => new IntValue(s.Value.Length),
                    ArrayValue a => new IntValue(a.Count),
                    ObjectValue o => new IntValue(o.Properties.Count()),
                    _ => UnknownValue.Instance,
                });
            case "first":
                return Map(Arg(0), v => v switch
                {
                    StringValue s => s.Value.Length > 0 ? new StringValue(s.Value.Substring(0, 1)) : StringValue.Empty,
                    ArrayValue a => a.Count > 0 ? a[0] : NullValue.Instance,
                    _ => UnknownValue.Instance,
                });
            case "last":
                return Map(Arg(0), v => v switch
                {
                    StringValue s => s.Value.Length > 0 ? new StringValue(s.Value.Substring(s.Value.Length - 1)) : StringValue.Empty,
                    ArrayValue a => a.Count > 0 ? a[a.Count - 1] : NullValue.Instance,
                    _ => UnknownValue.Instance,
                });
            case "split":
                return Map2(Arg(0), Arg(1), Split);
            case "replace":
                return MapN(new[] { Arg(0), Arg(1), Arg(2) }, a => a[0] is StringValue s && a[1] is StringValue o && a[2] is StringValue n && o.Value.Length > 0
                    ? new StringValue(s.Value.Replace(o.Value, n.Value))
                    : UnknownValue.Instance);
            case "substring":
                return MapN(Args(), Substring);
            case "createarray":
                return new ListValue(Args());
            case "createobject":
                return CreateObject(Args());
            case "union":
                return MapN(Args(), Union);
            case "json":
                return Map(Arg(0), v => v is StringValue s ? ParseJson(s.Value) : UnknownValue.Instance);
            case "tryget":
                {
                    var result = Arg(0);
                    for (int i = 1; i < call.Arguments.Count; i++)
                    {
                        var key = Arg(i);
                        result = Map2(result, key, (t, k) => t.Kind == ValueKind.Null ? NullValue.Instance : Index(t, k, safe: true));
                    }

                    return result;
                }

            case "resourceid":
                {
                    // Only the type and names matter for linking: an unknown subscription or group becomes a placeholder.
                    var args = Args();
                    int typeIndex = Array.FindIndex(args, a => a.AsString() is { } t && IsResourceType(t));
                    for (int i = 0; i < typeIndex && i < 2; i++)
                    {
                        if (args[i].IsUnknown)
                        {
                            args[i] = new StringValue(typeIndex - i == 2 ? ResourceIds.SubscriptionPlaceholder : ResourceIds.ResourceGroupPlaceholder);
                        }
                    }

                    return MapN(args, ResourceId);
                }
            case "resourcegroup":
                return new MapValue(new[]
                {
                    new PropertyValue("id", null, new StringValue(ResourceIds.ResourceGroupId())),
                    new PropertyValue("name", null, UnknownValue.Instance),
                    new PropertyValue("location", null, UnknownValue.Instance),
                });
            case "resourceinfo":
            case "reference":
                {
                    // languageVersion 2.0: a symbolic name stands for the resource; its id is known, its state is not.
                    if (Arg(0).AsString() is { } symbol && context.SymbolicResourceId(symbol) is { IsUnknown: false } id)
                    {
                        return new MapValue(new[] { new PropertyValue("id", null, id), new PropertyValue("resourceId", null, id) });
                    }

                    return UnknownValue.Instance;
                }
            default:
                // reference(), uniqueString(), subscription(), list*() and the rest: runtime values.
                return UnknownValue.Instance;
        }
    }

    private static bool IsTrue(Value value) => value is BoolValue { Value: true } || (value is StringValue s && s.Value.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Applies <paramref name="f"/> to each candidate; unknown stays unknown; the first origin is kept.</summary>
    internal static Value Map(Value value, Func<Value, Value> f)
    {
        if (value.IsUnknown)
        {
            return UnknownValue.Instance;
        }

        if (value is OneOfValue set)
        {
            return OneOfValue.Create(set.Candidates.Select(f).ToList(), set.Origin);
        }

        return f(value).WithOriginIfNone(value.Origin);
    }

    internal static Value Map2(Value a, Value b, Func<Value, Value, Value> f) => MapN(new[] { a, b }, args => f(args[0], args[1]));

    /// <summary>Applies <paramref name="f"/> over the cartesian product of the candidates (at most 64 combinations).</summary>
    internal static Value MapN(Value[] args, Func<Value[], Value> f)
    {
        if (args.Any(a => a.IsUnknown))
        {
            return UnknownValue.Instance;
        }

        var origin = args.Select(a => a.Origin).FirstOrDefault(o => o is not null);
        if (!args.Any(a => a is OneOfValue))
        {
            return f(args).WithOriginIfNone(origin);
        }

        long combinations = 1;
        foreach (var a in args)
        {
            combinations *= a.Candidates.Count;
            if (combinations > OneOfValue.MaxCandidates)
            {
                return UnknownValue.Instance;
            }
        }

        var results = new List<Value>();
        var current = new Value[args.Length];
        void Walk(int i)
        {
            if (i == args.Length)
            {
                results.Add(f((Value[])current.Clone()));
                return;
            }

            foreach (var candidate in args[i].Candidates)
            {
                current[i] = candidate;
                Walk(i + 1);
            }
        }

        Walk(0);
        return OneOfValue.Create(results, origin);
    }

    private static Value Logical(Value[] args, bool stopOn)
    {
        // and(): false decides; or(): true decides, even when other arguments are unknown.
        if (args.Any(a => a is BoolValue b && b.Value == stopOn))
        {
            return BoolValue.Of(stopOn);
        }

        return MapN(args, a => a.All(v => v is BoolValue) ? BoolValue.Of(stopOn ? a.Any(v => ((BoolValue)v).Value) : a.All(v => ((BoolValue)v).Value)) : UnknownValue.Instance);
    }

    private static Value Member(Value target, string name, bool safe)
    {
        if (target is ObjectValue obj)
        {
            return obj.TryGetProperty(name, out var p) ? p.Value : safe ? NullValue.Instance : UnknownValue.Instance;
        }

        return safe && target.Kind == ValueKind.Null ? NullValue.Instance : UnknownValue.Instance;
    }

    private static Value Index(Value target, Value index, bool safe)
    {
        switch (target)
        {
            case ArrayValue array when index is IntValue i:
                return i.Value >= 0 && i.Value < array.Count ? array[(int)i.Value] : safe ? NullValue.Instance : UnknownValue.Instance;
            case ObjectValue when index is StringValue s:
                return Member(target, s.Value, safe);
            case NullValue when safe:
                return NullValue.Instance;
            default:
                return UnknownValue.Instance;
        }
    }

    private static Value Concat(Value[] args)
    {
        if (args.Length > 0 && args[0] is ArrayValue)
        {
            var items = new List<Value>();
            foreach (var a in args)
            {
                if (a is ArrayValue array)
                {
                    items.AddRange(array.Items);
                }
                else if (a.Kind != ValueKind.Null)
                {
                    return UnknownValue.Instance;
                }
            }

            return new ListValue(items);
        }

        var text = new StringBuilder();
        foreach (var a in args)
        {
            if (a is ArrayValue or ObjectValue)
            {
                return UnknownValue.Instance;
            }

            text.Append(ToText(a));
        }

        return new StringValue(text.ToString());
    }

    private static Value Format(Value[] args)
    {
        if (args.Length == 0 || args[0] is not StringValue format)
        {
            return UnknownValue.Instance;
        }

        try
        {
            var values = args.Skip(1).Select(a => a switch
            {
                IntValue i => (object)i.Value,
                BoolValue b => b.Value ? "True" : "False",
                StringValue s => s.Value,
                NullValue => string.Empty,
                _ => throw new FormatException(),
            }).ToArray();
            return new StringValue(string.Format(CultureInfo.InvariantCulture, format.Value, values));
        }
        catch (FormatException)
        {
            return UnknownValue.Instance;
        }
    }

    internal static string ToText(Value value) => value switch
    {
        StringValue s => s.Value,
        IntValue i => i.Value.ToString(CultureInfo.InvariantCulture),
        BoolValue b => b.Value ? "True" : "False",
        NullValue => string.Empty,
        _ => ToJson(value).ToString(Newtonsoft.Json.Formatting.None),
    };

    private static JToken ToJson(Value value) => value switch
    {
        StringValue s => new JValue(s.Value),
        IntValue i => new JValue(i.Value),
        BoolValue b => new JValue(b.Value),
        ArrayValue a => new JArray(a.Items.Select(ToJson)),
        ObjectValue o => new JObject(o.Properties.Select(p => new JProperty(p.Name, ToJson(p.Value)))),
        _ => JValue.CreateNull(),
    };

    private static Value ToBool(Value value) => value switch
    {
        BoolValue => value,
        StringValue s when bool.TryParse(s.Value, out bool b) => BoolValue.Of(b),
        IntValue i => BoolValue.Of(i.Value != 0),
        _ => UnknownValue.Instance,
    };

    private static Value ToInt(Value value) => value switch
    {
        IntValue => value,
        StringValue s when long.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) => new IntValue(n),
        _ => UnknownValue.Instance,
    };

    private static Value Contains(Value container, Value item) => container switch
    {
        StringValue s when item.AsString() is { } text => BoolValue.Of(s.Value.IndexOf(text, StringComparison.Ordinal) >= 0),
        ArrayValue a => a.Items.Any(i => i.IsUnknown || i is OneOfValue) && !a.Items.Any(i => ValueEquality.DeepEquals(i, item, false))
            ? UnknownValue.Instance
            : BoolValue.Of(a.Items.Any(i => ValueEquality.DeepEquals(i, item, false))),
        ObjectValue o when item is StringValue key => BoolValue.Of(o.TryGetProperty(key.Value, out _)),
        _ => UnknownValue.Instance,
    };

    private static Value Split(Value text, Value delimiters)
    {
        if (text is not StringValue s)
        {
            return UnknownValue.Instance;
        }

        string[] separators = delimiters switch
        {
            StringValue d => new[] { d.Value },
            ArrayValue a when a.Items.All(i => i is StringValue) => a.Items.Select(i => ((StringValue)i).Value).ToArray(),
            _ => Array.Empty<string>(),
        };
        if (separators.Length == 0 || separators.Any(x => x.Length == 0))
        {
            return UnknownValue.Instance;
        }

        return new ListValue(s.Value.Split(separators, StringSplitOptions.None).Select(p => (Value)new StringValue(p)).ToList());
    }

    private static Value Substring(Value[] args)
    {
        if (args.Length < 2 || args[0] is not StringValue s || args[1] is not IntValue start)
        {
            return UnknownValue.Instance;
        }

        long length = args.Length > 2 ? args[2] is IntValue l ? l.Value : -1 : s.Value.Length - start.Value;
        if (start.Value < 0 || length < 0 || start.Value + length > s.Value.Length)
        {
            return UnknownValue.Instance;
        }

        return new StringValue(s.Value.Substring((int)start.Value, (int)length));
    }

    private static Value CreateObject(Value[] args)
    {
        if (args.Length % 2 != 0)
        {
            return UnknownValue.Instance;
        }

        var properties = new List<PropertyValue>();
        for (int i = 0; i < args.Length; i += 2)
        {
            if (args[i] is not StringValue key)
            {
                return UnknownValue.Instance;
            }

            properties.Add(new PropertyValue(key.Value, args[i + 1].Source, args[i + 1]));
        }

        return new MapValue(properties);
    }

    /// <summary>Arrays: the distinct items of all; objects: merged, later keys win, nested objects merged.</summary>
    private static Value Union(Value[] args)
    {
        if (args.All(a => a is ObjectValue || a.Kind == ValueKind.Null))
        {
            return args.OfType<ObjectValue>().Aggregate((ObjectValue)MapValue.Empty, Merge);
        }

        if (args.All(a => a is ArrayValue))
        {
            var items = new List<Value>();
            foreach (var item in args.Cast<ArrayValue>().SelectMany(a => a.Items))
            {
                if (!items.Exists(existing => ValueEquality.DeepEquals(existing, item, false)))
                {
                    items.Add(item);
                }
            }

            return new ListValue(items);
        }

        return UnknownValue.Instance;
    }

    internal static ObjectValue Merge(ObjectValue left, ObjectValue right)
    {
        var merged = left.Properties.ToList();
        foreach (var property in right.Properties)
        {
            int i = merged.FindIndex(p => p.Name.Equals(property.Name, StringComparison.OrdinalIgnoreCase));
            if (i < 0)
            {
                merged.Add(property);
            }
            else if (merged[i].Value is ObjectValue a && property.Value is ObjectValue b)
            {
                merged[i] = property with { Value = Merge(a, b) };
            }
            else
            {
                merged[i] = property;
            }
        }

        return new MapValue(merged);
    }

    private static Value ParseJson(string text)
    {
        try
        {
            return FromJToken(JToken.Parse(text), 0);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return UnknownValue.Instance;
        }
    }

    private static Value FromJToken(JToken token, int level)
    {
        if (level > 64)
        {
            return UnknownValue.Instance;
        }

        return token switch
        {
            JObject o => new MapValue(o.Properties().Select(p => new PropertyValue(p.Name, null, FromJToken(p.Value, level + 1)))),
            JArray a => new ListValue(a.Select(t => FromJToken(t, level + 1)).ToList()),
            JValue { Type: JTokenType.String } v => new StringValue((string)v!),
            JValue { Type: JTokenType.Integer } v => new IntValue((long)v),
            JValue { Type: JTokenType.Boolean } v => BoolValue.Of((bool)v),
            JValue { Type: JTokenType.Null } => NullValue.Instance,
            _ => UnknownValue.Instance,
        };
    }

    /// <summary>
    /// <c>resourceId([subscriptionId], [resourceGroupName], type, name1, name2, ...)</c>: the type is the
    /// first argument with a slash; the arguments before it are the subscription and group.
    /// </summary>
    private static bool IsResourceType(string text) =>
        text.IndexOf('/') > 0 && text.IndexOf('.') > 0 && text.IndexOf('.') < text.IndexOf('/') && !text.StartsWith("/", StringComparison.Ordinal);

    private static Value ResourceId(Value[] args)
    {
        var texts = args.Select(a => a.AsString()).ToArray();
        if (texts.Any(t => t is null))
        {
            return UnknownValue.Instance;
        }

        int typeIndex = Array.FindIndex(texts, t => IsResourceType(t!));
        if (typeIndex < 0 || typeIndex > 2)
        {
            return UnknownValue.Instance;
        }

        string? subscription = typeIndex == 2 ? texts[0] : null;
        string? group = typeIndex >= 1 ? texts[typeIndex - 1] : null;
        var names = texts.Skip(typeIndex + 1).SelectMany(n => n!.Split('/')).ToList();
        return new StringValue(ResourceIds.Build(texts[typeIndex]!, names, subscription, group));
    }
}
