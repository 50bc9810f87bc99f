using System.Globalization;
using System.Text;
using AccelLint.Model;
using AccelLint.Text;
using Newtonsoft.Json.Linq;

namespace AccelLint.Evaluation;

/// <summary>
/// The template functions both front ends share (ARM names; Bicep uses the same ones), applied to
/// evaluated arguments. Functions apply to each candidate of a set; an unknown argument makes the
/// result unknown. A function not listed here is a runtime value: unknown.
/// </summary>
internal static class BuiltinFunctions
{
    private static Value At(Value[] args, int index) => index < args.Length ? args[index] : UnknownValue.Instance;

    /// <summary>Applies the function <paramref name="name"/>; <paramref name="displayName"/> is how it is written, for the reason when it is not evaluated.</summary>
    public static Value Call(string name, Value[] args, string? displayName = null)
    {
        // Callers pass lower-case names (ARM keys are computed once); Bicep names are mostly lower case already.
        switch (IsLower(name) ? name : name.ToLowerInvariant())
        {
            case "true":
                return BoolValue.True;
            case "false":
                return BoolValue.False;
            case "null":
                return NullValue.Instance;
            case "concat":
                return MapN(args, Concat);
            case "format":
                return MapN(args, Format);
            case "tolower":
                return Map(At(args, 0), v => v is StringValue s ? new StringValue(s.Value.ToLowerInvariant()) : UnknownValue.Instance);
            case "toupper":
                return Map(At(args, 0), v => v is StringValue s ? new StringValue(s.Value.ToUpperInvariant()) : UnknownValue.Instance);
            case "string":
                return Map(At(args, 0), v => new StringValue(ToText(v)));
            case "bool":
                return Map(At(args, 0), ToBool);
            case "int":
                return Map(At(args, 0), ToInt);
            case "equals":
                return Map2(At(args, 0), At(args, 1), (a, b) => BoolValue.Of(ValueEquality.DeepEquals(a, b, ignoreCase: false)));
            case "not":
                return Map(At(args, 0), v => v is BoolValue b ? BoolValue.Of(!b.Value) : UnknownValue.Instance);
            case "and":
                return Logical(args, stopOn: false);
            case "or":
                return Logical(args, stopOn: true);
            case "contains":
                return Map2(At(args, 0), At(args, 1), Contains);
            case "empty":
                return Map(At(args, 0), v => v switch
                {
                    NullValue => BoolValue.True,
                    StringValue s => BoolValue.Of(s.Value.Length == 0),
                    ArrayValue a => BoolValue.Of(a.Count == 0),
                    ObjectValue o => BoolValue.Of(!o.Properties.Any()),
                    _ => UnknownValue.Instance,
                });
            case "length":
                return Map(At(args, 0), v => v switch
                {
                    StringValue s => new IntValue(s.Value.Length),
                    ArrayValue a => new IntValue(a.Count),
                    ObjectValue o => new IntValue(o.Properties.Count()),
                    _ => UnknownValue.Instance,
                });
            case "first":
                return Map(At(args, 0), v => v switch
                {
                    StringValue s => s.Value.Length > 0 ? new StringValue(s.Value.Substring(0, 1)) : StringValue.Empty,
                    ArrayValue a => a.Count > 0 ? a[0] : NullValue.Instance,
                    _ => UnknownValue.Instance,
                });
            case "last":
                return Map(At(args, 0), v => v switch
                {
                    StringValue s => s.Value.Length > 0 ? new StringValue(s.Value.Substring(s.Value.Length - 1)) : StringValue.Empty,
                    ArrayValue a => a.Count > 0 ? a[a.Count - 1] : NullValue.Instance,
                    _ => UnknownValue.Instance,
                });
            case "split":
                return Map2(At(args, 0), At(args, 1), Split);
            case "replace":
                return MapN(new[] { At(args, 0), At(args, 1), At(args, 2) }, a => a[0] is StringValue s && a[1] is StringValue o && a[2] is StringValue n && o.Value.Length > 0
                    ? new StringValue(s.Value.Replace(o.Value, n.Value))
                    : UnknownValue.Instance);
            case "substring":
                return MapN(args, Substring);
            case "createarray":
                return new ListValue(args);
            case "createobject":
                return CreateObject(args);
            case "union":
                return MapN(args, Union);
            case "json":
                return Map(At(args, 0), v => v is StringValue s ? ParseJson(s.Value) : UnknownValue.Instance);
            case "tryget":
                {
                    var result = At(args, 0);
                    for (int i = 1; i < args.Length; i++)
                    {
                        var key = At(args, i);
                        result = Map2(result, key, (t, k) => t.Kind == ValueKind.Null ? NullValue.Instance : Index(t, k, safe: true));
                    }

                    return result;
                }

            case "resourceid":
                {
                    // Only the type and names matter for linking: an unknown subscription or group becomes a placeholder.
                    var copy = (Value[])args.Clone();
                    int typeIndex = Array.FindIndex(copy, a => a.AsString() is { } t && IsResourceType(t));
                    for (int i = 0; i < typeIndex && i < 2; i++)
                    {
                        if (copy[i].IsUnknown)
                        {
                            copy[i] = new StringValue(typeIndex - i == 2 ? ResourceIds.SubscriptionPlaceholder : ResourceIds.ResourceGroupPlaceholder);
                        }
                    }

                    return MapN(copy, ResourceId);
                }
            case "resourcegroup":
                return new MapValue(new[]
                {
                    new PropertyValue("id", null, new StringValue(ResourceIds.ResourceGroupId())),
                    new PropertyValue("name", null, UnknownValue.Because("resourceGroup().name is known only at deployment")),
                    new PropertyValue("location", null, UnknownValue.Because("resourceGroup().location is known only at deployment")),
                });
            case "any":
                return At(args, 0);
            case "uri":
                return Map2(At(args, 0), At(args, 1), CombineUri);
            case "startswith":
                return Map2(At(args, 0), At(args, 1), (a, b) => a is StringValue x && b is StringValue y ? BoolValue.Of(x.Value.StartsWith(y.Value, StringComparison.OrdinalIgnoreCase)) : UnknownValue.Instance);
            case "endswith":
                return Map2(At(args, 0), At(args, 1), (a, b) => a is StringValue x && b is StringValue y ? BoolValue.Of(x.Value.EndsWith(y.Value, StringComparison.OrdinalIgnoreCase)) : UnknownValue.Instance);
            case "indexof":
                return Map2(At(args, 0), At(args, 1), (a, b) => a is StringValue x && b is StringValue y ? new IntValue(x.Value.IndexOf(y.Value, StringComparison.OrdinalIgnoreCase)) : UnknownValue.Instance);
            case "trim":
                return Map(At(args, 0), v => v is StringValue x ? new StringValue(x.Value.Trim()) : UnknownValue.Instance);
            case "take":
                return Map2(At(args, 0), At(args, 1), (a, n) => TakeSkip(a, n, take: true));
            case "skip":
                return Map2(At(args, 0), At(args, 1), (a, n) => TakeSkip(a, n, take: false));
            case "range":
                return Map2(At(args, 0), At(args, 1), Range);
            case "add":
            case "sub":
            case "mul":
            case "div":
            case "mod":
                {
                    string op = name.ToLowerInvariant();
                    return Map2(At(args, 0), At(args, 1), (a, b) => Arithmetic(op, a, b));
                }

            case "greater":
            case "less":
            case "greaterorequals":
            case "lessorequals":
                {
                    string op = name.ToLowerInvariant();
                    return Map2(At(args, 0), At(args, 1), (a, b) => Compare(op, a, b));
                }

            default:
                return NotEvaluated(displayName ?? name);
        }
    }

    /// <summary><c>uri(baseUri, relativeUri)</c>, as ARM combines them (a relative path replaces the base's last segment).</summary>
    private static Value CombineUri(Value baseUri, Value relative)
    {
        if (baseUri is not StringValue b || relative is not StringValue r || !Uri.TryCreate(b.Value, UriKind.Absolute, out var root))
        {
            return UnknownValue.Instance;
        }

        return Uri.TryCreate(root, r.Value, out var combined) ? new StringValue(combined.AbsoluteUri) : UnknownValue.Instance;
    }

    /// <summary>Why a function not modelled here is unknown: a runtime function is known only at deployment.</summary>
    internal static UnknownValue NotEvaluated(string name)
    {
        string key = name.ToLowerInvariant();
        bool runtime = key.StartsWith("list", StringComparison.Ordinal) || Array.IndexOf(RuntimeFunctions, key) >= 0;
        return UnknownValue.Because(runtime ? $"{name}() is known only at deployment" : $"{name}() is not evaluated before deployment");
    }

    /// <summary>Functions whose value only the deployment knows (besides <c>list*()</c>).</summary>
    private static readonly string[] RuntimeFunctions =
    {
        "reference", "subscription", "tenant", "managementgroup", "deployment", "deployer", "environment",
        "newguid", "utcnow", "pickzones", "getsecret", "uniquestring", "guid",
    };

    private static bool IsLower(string name)
    {
        foreach (char c in name)
        {
            if (c >= 'A' && c <= 'Z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Loops longer than this are not expanded (their values stay unknown).</summary>
    public const int MaxRange = 10_000;

    internal static Value Range(Value start, Value count)
    {
        if (start is not IntValue s || count is not IntValue c || c.Value < 0)
        {
            return UnknownValue.Instance;
        }

        if (c.Value > MaxRange)
        {
            throw new EvaluationLimitException($"range({s.Value}, {c.Value}) would make {c.Value:N0} items", $"AccelLint expands at most {MaxRange:N0}, so what depends on it was not checked.");
        }

        var items = new List<Value>((int)c.Value);
        for (long i = 0; i < c.Value; i++)
        {
            items.Add(new IntValue(s.Value + i));
        }

        return new ListValue(items);
    }

    private static Value TakeSkip(Value source, Value count, bool take)
    {
        if (count is not IntValue n)
        {
            return UnknownValue.Instance;
        }

        int k = (int)Math.Max(0, Math.Min(int.MaxValue, n.Value));
        return source switch
        {
            StringValue s => new StringValue(take ? s.Value.Substring(0, Math.Min(k, s.Value.Length)) : s.Value.Substring(Math.Min(k, s.Value.Length))),
            ArrayValue a => new ListValue((take ? a.Items.Take(k) : a.Items.Skip(k)).ToList()),
            _ => UnknownValue.Instance,
        };
    }

    internal static Value Arithmetic(string op, Value a, Value b)
    {
        if (a is not IntValue x || b is not IntValue y)
        {
            return UnknownValue.Instance;
        }

        return op switch
        {
            "add" => new IntValue(x.Value + y.Value),
            "sub" => new IntValue(x.Value - y.Value),
            "mul" => new IntValue(x.Value * y.Value),
            "div" when y.Value != 0 => new IntValue(x.Value / y.Value),
            "mod" when y.Value != 0 => new IntValue(x.Value % y.Value),
            _ => UnknownValue.Instance,
        };
    }

    internal static Value Compare(string op, Value a, Value b)
    {
        int? order = (a, b) switch
        {
            (IntValue x, IntValue y) => x.Value.CompareTo(y.Value),
            (StringValue x, StringValue y) => string.CompareOrdinal(x.Value, y.Value),
            _ => null,
        };
        if (order is not int c)
        {
            return UnknownValue.Instance;
        }

        return BoolValue.Of(op switch
        {
            "greater" => c > 0,
            "less" => c < 0,
            "greaterorequals" => c >= 0,
            _ => c <= 0,
        });
    }

    internal static bool IsTrue(Value value) => value is BoolValue { Value: true } || (value is StringValue s && s.Value.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Applies <paramref name="f"/> to each candidate; unknown stays unknown; the first origin is kept.
    /// Each result depends on the choices of the candidate it came from.
    /// </summary>
    internal static Value Map(Value value, Func<Value, Value> f)
    {
        if (value.IsUnknown)
        {
            return value;
        }

        if (value is OneOfValue set)
        {
            var results = new List<Value>(set.Candidates.Count);
            foreach (var candidate in set.Candidates)
            {
                if (Depending(f(candidate), candidate.Choices) is { } result)
                {
                    results.Add(result);
                }
            }

            return OneOfValue.Create(results, set.Origin);
        }

        return (Depending(f(value), value.Choices) ?? UnknownValue.Because("no candidate is consistent")).WithOriginIfNone(value.Origin);
    }

    /// <summary>
    /// <paramref name="result"/>, computed from values that took <paramref name="choices"/>, depending on
    /// them too; null when the result's own candidates all contradict them.
    /// </summary>
    internal static Value? Depending(Value result, Choices choices) => choices.IsEmpty ? result : result.WithChoices(choices);

    /// <summary>
    /// <c>if()</c> and the ternary: each candidate of the condition takes its arm, which depends on
    /// that candidate's choices (<c>env == 'dev' ? 'B1s' : 'D4s'</c> is B1s when env is dev). An unknown
    /// condition makes a choice of its own, written at <paramref name="at"/>: both arms, each taken
    /// "when the condition at ... is true/false".
    /// </summary>
    internal static Value Conditional(Value condition, Func<Value> whenTrue, Func<Value> whenFalse, Func<Value, bool> isTrue, SourceRef? at)
    {
        if (condition.IsUnknown)
        {
            var point = ConditionPoint(at);
            var both = new List<Value>(2);
            foreach (var (arm, member) in new[] { (whenTrue(), "true"), (whenFalse(), "false") })
            {
                if (arm.IsUnknown)
                {
                    return arm;
                }

                if ((point is null ? arm : arm.WithChoices(Choices.Of(new Choice(point, member, IsDefault: false)))) is { } taken)
                {
                    both.Add(taken);
                }
            }

            return OneOfValue.Create(both);
        }

        Value? onTrue = null;
        Value? onFalse = null;
        var results = new List<Value>(2);
        foreach (var candidate in condition.Candidates)
        {
            var arm = isTrue(candidate) ? onTrue ??= whenTrue() : onFalse ??= whenFalse();
            if (arm.IsUnknown)
            {
                return arm;
            }

            if (Depending(arm, candidate.Choices) is { } result)
            {
                results.Add(result);
            }
        }

        return results.Count == 1 ? results[0] : OneOfValue.Create(results);
    }

    private static ChoicePoint? ConditionPoint(SourceRef? at)
    {
        if (at is not { } source)
        {
            return null;
        }

        var (line, column) = source.File.GetLinePosition(source.Span.Start);
        return new ChoicePoint($"the condition at {System.IO.Path.GetFileName(source.File.Path)}({line},{column})", source, IsParameter: false);
    }

    internal static Value Map2(Value a, Value b, Func<Value, Value, Value> f) => MapN(new[] { a, b }, args => f(args[0], args[1]));

    /// <summary>
    /// Applies <paramref name="f"/> over the consistent combinations of the candidates (at most 64):
    /// a combination that takes two members of one choice never happens, so it is not computed.
    /// </summary>
    internal static Value MapN(Value[] args, Func<Value[], Value> f)
    {
        Origin? origin = null;
        bool sets = false;
        bool choices = false;
        foreach (var a in args)
        {
            if (a.IsUnknown)
            {
                return a;
            }

            origin ??= a.Origin;
            sets |= a is OneOfValue;
            choices |= !a.Choices.IsEmpty;
        }

        if (!sets)
        {
            if (!choices)
            {
                return f(args).WithOriginIfNone(origin);
            }

            var taken = Choices.None;
            foreach (var a in args)
            {
                if (!taken.TryMerge(a.Choices, out taken))
                {
                    return UnknownValue.Because("no candidate is consistent");
                }
            }

            return (Depending(f(args), taken) ?? UnknownValue.Because("no candidate is consistent")).WithOriginIfNone(origin);
        }

        long combinations = 1;
        foreach (var a in args)
        {
            combinations *= a.Candidates.Count;
            if (combinations > OneOfValue.MaxCandidates * 4)
            {
                return UnknownValue.Because($"more than {OneOfValue.MaxCandidates} candidate values");
            }
        }

        var results = new List<Value>();
        var current = new Value[args.Length];
        void Walk(int i, Choices taken)
        {
            if (i == args.Length)
            {
                if (Depending(f((Value[])current.Clone()), taken) is { } result)
                {
                    results.Add(result);
                }

                return;
            }

            foreach (var candidate in args[i].Candidates)
            {
                if (taken.TryMerge(candidate.Choices, out var next))
                {
                    current[i] = candidate;
                    Walk(i + 1, next);
                }
            }
        }

        Walk(0, Choices.None);
        return OneOfValue.Create(results, origin);
    }

    internal static Value Logical(Value[] args, bool stopOn)
    {
        // and(): false decides; or(): true decides, even when other arguments are unknown.
        if (args.Any(a => a is BoolValue b && b.Value == stopOn))
        {
            return BoolValue.Of(stopOn);
        }

        return MapN(args, a => a.All(v => v is BoolValue) ? BoolValue.Of(stopOn ? a.Any(v => ((BoolValue)v).Value) : a.All(v => ((BoolValue)v).Value)) : UnknownValue.Instance);
    }

    internal static Value Member(Value target, string name, bool safe)
    {
        if (target is ObjectValue obj)
        {
            return obj.TryGetProperty(name, out var p) ? p.Value : safe ? NullValue.Instance : UnknownValue.Instance;
        }

        return safe && target.Kind == ValueKind.Null ? NullValue.Instance : UnknownValue.Instance;
    }

    /// <summary>
    /// <c>target[index]</c> over the candidates. An array too short for a known index is a choice the
    /// deployment cannot take (ARM fails it), so it is left out rather than making the result unknown:
    /// <c>range(0, count)[copyIndex()]</c> with count one of {1, 2} is 1 at index 1.
    /// </summary>
    internal static Value IndexOver(Value target, Value index, bool safe)
    {
        if (!safe && target is OneOfValue && index is IntValue i && target.Candidates.All(c => c is ArrayValue))
        {
            var fitting = target.Candidates.Cast<ArrayValue>().Where(a => i.Value >= 0 && i.Value < a.Count).ToList();
            if (fitting.Count > 0 && fitting.Count < target.Candidates.Count)
            {
                return OneOfValue.Create(fitting.Select(a => a[(int)i.Value]).ToList(), target.Origin);
            }
        }

        return Map2(target, index, (t, k) => Index(t, k, safe));
    }

    internal static Value Index(Value target, Value index, bool safe)
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

    internal static Value Concat(Value[] args)
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

    internal static Value Format(Value[] args)
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

    /// <summary>Objects can refer to themselves (<c>var x = { a: x }</c>), so rendering stops at a depth.</summary>
    internal static JToken ToJson(Value value, int depth = 0)
    {
        if (depth > 32)
        {
            throw new EvaluationLimitException("a value refers to itself (or nests deeper than 32 levels)", "it cannot be turned into text.");
        }

        return value switch
        {
            StringValue s => new JValue(s.Value),
            IntValue i => new JValue(i.Value),
            BoolValue b => new JValue(b.Value),
            ArrayValue a => new JArray(a.Items.Select(item => ToJson(item, depth + 1))),
            ObjectValue o => new JObject(o.Properties.Select(p => new JProperty(p.Name, ToJson(p.Value, depth + 1)))),
            _ => JValue.CreateNull(),
        };
    }

    internal static Value ToBool(Value value) => value switch
    {
        BoolValue => value,
        StringValue s when bool.TryParse(s.Value, out bool b) => BoolValue.Of(b),
        IntValue i => BoolValue.Of(i.Value != 0),
        _ => UnknownValue.Instance,
    };

    internal static Value ToInt(Value value) => value switch
    {
        IntValue => value,
        StringValue s when long.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) => new IntValue(n),
        _ => UnknownValue.Instance,
    };

    internal static Value Contains(Value container, Value item) => container switch
    {
        StringValue s when item.AsString() is { } text => BoolValue.Of(s.Value.IndexOf(text, StringComparison.Ordinal) >= 0),
        ArrayValue a => a.Items.Any(i => i.IsUnknown || i is OneOfValue) && !a.Items.Any(i => ValueEquality.DeepEquals(i, item, false))
            ? UnknownValue.Instance
            : BoolValue.Of(a.Items.Any(i => ValueEquality.DeepEquals(i, item, false))),
        ObjectValue o when item is StringValue key => BoolValue.Of(o.TryGetProperty(key.Value, out _)),
        _ => UnknownValue.Instance,
    };

    internal static Value Split(Value text, Value delimiters)
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

    internal static Value Substring(Value[] args)
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

    internal static Value CreateObject(Value[] args)
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
    internal static Value Union(Value[] args)
    {
        if (args.All(a => a is ObjectValue || a.Kind == ValueKind.Null))
        {
            return args.OfType<ObjectValue>().Aggregate((ObjectValue)MapValue.Empty, (left, right) => Merge(left, right));
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

    internal static ObjectValue Merge(ObjectValue left, ObjectValue right, int depth = 0)
    {
        if (depth > 32)
        {
            return right;
        }

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
                merged[i] = property with { Value = Merge(a, b, depth + 1) };
            }
            else
            {
                merged[i] = property;
            }
        }

        return new MapValue(merged);
    }

    internal static Value ParseJson(string text)
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

    internal static Value FromJToken(JToken token, int level)
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
    internal static bool IsResourceType(string text) =>
        text.IndexOf('/') > 0 && text.IndexOf('.') > 0 && text.IndexOf('.') < text.IndexOf('/') && !text.StartsWith("/", StringComparison.Ordinal);

    internal static Value ResourceId(Value[] args)
    {
        var texts = new string[args.Length];
        int typeIndex = -1;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i].AsString() is not { } text)
            {
                return UnknownValue.Instance;
            }

            texts[i] = text;
            if (typeIndex < 0 && IsResourceType(text))
            {
                typeIndex = i;
            }
        }

        if (typeIndex < 0 || typeIndex > 2)
        {
            return UnknownValue.Instance;
        }

        string? subscription = typeIndex == 2 ? texts[0] : null;
        string? group = typeIndex >= 1 ? texts[typeIndex - 1] : null;
        var names = new List<string>(args.Length - typeIndex);
        for (int i = typeIndex + 1; i < texts.Length; i++)
        {
            if (texts[i].IndexOf('/') < 0)
            {
                names.Add(texts[i]);
            }
            else
            {
                names.AddRange(texts[i].Split('/'));
            }
        }

        return new StringValue(ResourceIds.Build(texts[typeIndex], names, subscription, group));
    }
}
