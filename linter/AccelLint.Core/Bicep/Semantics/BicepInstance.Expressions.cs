using AccelLint.Bicep.Syntax;
using AccelLint.Evaluation;
using AccelLint.Model;
using AccelLint.Text;
using static AccelLint.Evaluation.BuiltinFunctions;

namespace AccelLint.Bicep.Semantics;

/// <summary>Expression evaluation: the same values and functions as ARM, with Bicep's operators, loops and lambdas.</summary>
internal sealed partial class BicepInstance
{
    private const int MaxEvaluationDepth = 300;

    /// <summary>Items of a loop evaluated at most; beyond that the loop is not expanded further.</summary>
    public const int MaxLoopItems = 800;

    public Value Evaluate(ExpressionSyntax expression, BicepLocals locals)
    {
        if (host.EvaluationDepth >= MaxEvaluationDepth)
        {
            return UnknownValue.Instance;
        }

        host.EvaluationDepth++;
        try
        {
            var value = EvaluateCore(expression, locals);
            return value.Source is null && value is not UnknownValue ? value.With(source: new SourceRef(File, expression.Span)) : value;
        }
        catch (EvaluationLimitException limit)
        {
            // Reported where it happened (the innermost expression), then unknown for everything around it.
            host.ReportInvalid(File, expression.Span, limit.Subject, limit.Problem);
            return UnknownValue.Instance;
        }
        finally
        {
            host.EvaluationDepth--;
        }
    }

    private Value EvaluateCore(ExpressionSyntax expression, BicepLocals locals)
    {
        switch (expression)
        {
            case StringSyntax text:
                if (!text.IsInterpolated)
                {
                    return new StringValue(text.Segments[0]);
                }

                var parts = new List<Value>();
                for (int i = 0; i < text.Segments.Count; i++)
                {
                    parts.Add(new StringValue(text.Segments[i]));
                    if (i < text.Expressions.Count)
                    {
                        parts.Add(Evaluate(text.Expressions[i], locals));
                    }
                }

                return MapN(parts.ToArray(), args => new StringValue(string.Concat(args.Select(ToText))));
            case IntegerLiteralSyntax integer:
                return new IntValue(integer.Value > long.MaxValue ? long.MaxValue : (long)integer.Value);
            case BooleanLiteralSyntax boolean:
                return BoolValue.Of(boolean.Value);
            case NullLiteralSyntax:
                return NullValue.Instance;
            case ObjectSyntax obj:
                return new LazyBicepObject(obj, this, locals);
            case ArraySyntax array:
                return EvaluateArray(array, locals);
            case ForSyntax loop:
                return new ListValue(Loop(loop, locals).Select(i => i.Value).ToList());
            case ParenthesizedExpressionSyntax parenthesized:
                return Evaluate(parenthesized.Expression, locals);
            case NonNullAssertionSyntax assertion:
                return Evaluate(assertion.BaseExpression, locals);
            case TernarySyntax ternary:
                return EvaluateTernary(ternary, locals);
            case UnaryOperationSyntax unary:
                var operand = Evaluate(unary.Operand, locals);
                return unary.Operator == UnaryOperator.Not
                    ? Map(operand, v => v is BoolValue b ? BoolValue.Of(!b.Value) : UnknownValue.Instance)
                    : Map(operand, v => v is IntValue n ? new IntValue(-n.Value) : UnknownValue.Instance);
            case BinaryOperationSyntax binary:
                return Binary(binary, locals);
            case VariableAccessSyntax variable:
                if (!locals.TryGet(variable.Name, out _) && !symbols.ContainsKey(variable.Name) && NestedResourceInScope(variable, variable.Name) is { } sibling)
                {
                    // A nested resource named from inside its parent's body (a sibling or an ancestor's child).
                    return ResourceSymbol(sibling);
                }

                return Lookup(variable.Name, locals);
            case ResourceAccessSyntax resourceAccess:
                return ResourceDeclarationOf(resourceAccess) is { } nested ? ResourceSymbol(nested) : UnknownValue.Instance;
            case PropertyAccessSyntax access:
                if (access.BaseExpression is VariableAccessSyntax alias && !locals.TryGet(alias.Name, out _) && WildcardMember(alias.Name, access.PropertyName) is { } imported)
                {
                    return imported;
                }

                return EvaluateMember(access, Evaluate(access.BaseExpression, locals));
            case ArrayAccessSyntax index:
                return EvaluateIndex(index, Evaluate(index.BaseExpression, locals), Evaluate(index.IndexExpression, locals));

            case FunctionCallSyntax call:
                return Call(call, locals);
            default:
                // Lambdas outside map/filter, errors: not evaluated.
                return UnknownValue.Instance;
        }
    }

    // The lambdas live apart from EvaluateCore: one that captured its parameters there would cost a
    // closure on every call, whatever the expression.
    private Value EvaluateTernary(TernarySyntax ternary, BicepLocals locals) =>
        Conditional(Evaluate(ternary.Condition, locals), () => Evaluate(ternary.TrueExpression, locals), () => Evaluate(ternary.FalseExpression, locals), IsBicepTrue, new SourceRef(File, ternary.Condition.Span));

    private static bool IsBicepTrue(Value value) => value is BoolValue { Value: true };

    private static Value EvaluateMember(PropertyAccessSyntax access, Value target) =>
        Map(target, t => Member(t, access.PropertyName, access.IsSafe));

    private static Value EvaluateIndex(ArrayAccessSyntax index, Value target, Value key) =>
        index.IsFromEnd
            ? Map2(target, key, (t, k) => t is ArrayValue a && k is IntValue n ? Index(a, new IntValue(a.Count - n.Value), index.IsSafe) : UnknownValue.Instance)
            : IndexOver(target, key, index.IsSafe);

    /// <summary>
    /// The declaration <c>parent::child</c> names (through any depth of <c>::</c>); null when the base
    /// is not a resource declared in this file or has no such nested resource.
    /// </summary>
    private ResourceDeclarationSyntax? ResourceDeclarationOf(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case VariableAccessSyntax variable:
                return symbols.TryGetValue(variable.Name, out var declaration) ? declaration as ResourceDeclarationSyntax : NestedResourceInScope(variable, variable.Name);
            case ParenthesizedExpressionSyntax parenthesized:
                return ResourceDeclarationOf(parenthesized.Expression);
            case ResourceAccessSyntax access when !access.ResourceName.IsMissing:
                return ResourceDeclarationOf(access.BaseExpression)?.Body?.NestedResources.FirstOrDefault(r => !r.Name.IsMissing && r.Name.Name == access.ResourceName.Name);
            default:
                return null;
        }
    }

    /// <summary>A nested resource visible by its bare name at <paramref name="node"/>: declared in the body of a resource that encloses it.</summary>
    private static ResourceDeclarationSyntax? NestedResourceInScope(SyntaxNode node, string name)
    {
        foreach (var enclosing in node.Ancestors().OfType<ResourceDeclarationSyntax>())
        {
            if (enclosing.Body?.NestedResources.FirstOrDefault(r => !r.Name.IsMissing && r.Name.Name == name) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    private Value EvaluateArray(ArraySyntax array, BicepLocals locals)
    {
        var items = new List<Value>();
        foreach (var item in array.Items)
        {
            if (item is SpreadSyntax spread)
            {
                if (Evaluate(spread.Expression, locals) is ArrayValue spreadArray)
                {
                    items.AddRange(spreadArray.Items);
                }
                else
                {
                    return UnknownValue.Instance;
                }
            }
            else
            {
                items.Add(Evaluate(item, locals));
            }
        }

        return new ListValue(items);
    }

    /// <summary>
    /// The iterations of a <c>for</c>: each with its locals and value. An unknown collection gives one
    /// iteration with an unknown item, so that what is literal in the body is still checked.
    /// </summary>
    public List<(BicepLocals Locals, Value Value)> Loop(ForSyntax loop, BicepLocals locals)
    {
        var result = new List<(BicepLocals, Value)>();
        var source = Evaluate(loop.Source, locals);
        var items = new List<Value>();
        if (source is ArrayValue array)
        {
            // Each item depends on the choices its array took (a parameter's default list, say).
            items.AddRange(array.Items.Take(MaxLoopItems).Select(item => Depending(item, source.Choices) ?? UnknownValue.Because("no candidate is consistent")));
        }
        else if (source is OneOfValue && source.Candidates.All(c => c is ArrayValue))
        {
            // One of several arrays (range(0, count) with count a choice): every index any of them
            // reaches, as ARM takes the largest copy count; each item is one of the arrays' items there.
            int longest = Math.Min(MaxLoopItems, source.Candidates.Max(c => ((ArrayValue)c).Count));
            for (int i = 0; i < longest; i++)
            {
                items.Add(OneOfValue.Create(source.Candidates.Select(c => (ArrayValue)c).Where(a => a.Count > i).Select(a => a[i]).ToList(), source.Origin));
            }
        }
        else if (source is ObjectValue obj)
        {
            items.AddRange(obj.Properties.Take(MaxLoopItems).Select(p => (Value)new MapValue(new[] { new PropertyValue("key", null, new StringValue(p.Name)), new PropertyValue("value", null, p.Value) })));
        }

        bool unknown = items.Count == 0 && !(source is ArrayValue or ObjectValue) && !(source is OneOfValue && source.Candidates.All(c => c is ArrayValue));
        int count = unknown ? 1 : items.Count;
        for (int i = 0; i < count; i++)
        {
            var scope = locals.With(loop.ItemVariable.Name, unknown ? UnknownValue.Instance : items[i]);
            if (loop.IndexVariable is { IsMissing: false } index)
            {
                scope = scope.With(index.Name, unknown ? UnknownValue.Instance : new IntValue(i));
            }

            if (loop.Condition is { } filter && IsKnownFalse(Evaluate(filter, scope)))
            {
                continue;
            }

            result.Add((scope, Evaluate(loop.LoopBody, scope)));
        }

        return result;
    }

    public static bool IsKnownFalse(Value condition) =>
        !condition.IsUnknown && condition.Candidates.All(c => c is BoolValue { Value: false });

    private Value Binary(BinaryOperationSyntax binary, BicepLocals locals)
    {
        var left = Evaluate(binary.Left, locals);
        switch (binary.Operator)
        {
            case BinaryOperator.Coalesce:
                if (left.IsUnknown)
                {
                    return UnknownValue.Instance;
                }

                if (left.Candidates.All(c => c.Kind != ValueKind.Null))
                {
                    return left;
                }

                var right = Evaluate(binary.Right, locals);
                return OneOfValue.Create(left.Candidates.Where(c => c.Kind != ValueKind.Null).Append(right).ToList());
            case BinaryOperator.LogicalAnd:
                if (IsKnownFalse(left))
                {
                    return BoolValue.False;
                }

                return BuiltinFunctions.Call("and", new[] { left, Evaluate(binary.Right, locals) });
            case BinaryOperator.LogicalOr:
                if (!left.IsUnknown && left.Candidates.All(c => c is BoolValue { Value: true }))
                {
                    return BoolValue.True;
                }

                return BuiltinFunctions.Call("or", new[] { left, Evaluate(binary.Right, locals) });
        }

        var other = Evaluate(binary.Right, locals);
        return binary.Operator switch
        {
            BinaryOperator.Equals => Map2(left, other, (a, b) => BoolValue.Of(ValueEquality.DeepEquals(a, b, ignoreCase: false))),
            BinaryOperator.NotEquals => Map2(left, other, (a, b) => BoolValue.Of(!ValueEquality.DeepEquals(a, b, ignoreCase: false))),
            BinaryOperator.EqualsInsensitive => Map2(left, other, (a, b) => BoolValue.Of(ValueEquality.DeepEquals(a, b, ignoreCase: true))),
            BinaryOperator.NotEqualsInsensitive => Map2(left, other, (a, b) => BoolValue.Of(!ValueEquality.DeepEquals(a, b, ignoreCase: true))),
            BinaryOperator.LessThan => Map2(left, other, (a, b) => Compare("less", a, b)),
            BinaryOperator.LessThanOrEqual => Map2(left, other, (a, b) => Compare("lessorequals", a, b)),
            BinaryOperator.GreaterThan => Map2(left, other, (a, b) => Compare("greater", a, b)),
            BinaryOperator.GreaterThanOrEqual => Map2(left, other, (a, b) => Compare("greaterorequals", a, b)),
            BinaryOperator.Add => Map2(left, other, (a, b) => Arithmetic("add", a, b)),
            BinaryOperator.Subtract => Map2(left, other, (a, b) => Arithmetic("sub", a, b)),
            BinaryOperator.Multiply => Map2(left, other, (a, b) => Arithmetic("mul", a, b)),
            BinaryOperator.Divide => Map2(left, other, (a, b) => Arithmetic("div", a, b)),
            BinaryOperator.Modulo => Map2(left, other, (a, b) => Arithmetic("mod", a, b)),
            _ => UnknownValue.Instance,
        };
    }

    private Value Call(FunctionCallSyntax call, BicepLocals locals)
    {
        string? ns = call.Namespace;
        bool builtinNamespace = ns is null || ns is "sys" or "az";
        if (call.BaseExpression is not null && !builtinNamespace && !(ns is not null && IsWildcardAlias(ns) && !locals.TryGet(ns, out _)))
        {
            // A method on a resource (listKeys(), getSecret()): a runtime value.
            return UnknownValue.Instance;
        }

        if (FindFunction(call.FunctionName, builtinNamespace ? null : ns) is { } user && (ns is null || !builtinNamespace))
        {
            var args = call.Arguments.Select(a => Evaluate(a, locals)).ToList();
            var scope = BicepLocals.Empty;
            for (int i = 0; i < user.Function.Parameters.Count; i++)
            {
                scope = scope.With(user.Function.Parameters[i].Name.Name, i < args.Count ? args[i] : UnknownValue.Instance);
            }

            return user.Function.Body is { } body ? user.Owner.Evaluate(body, scope) : UnknownValue.Instance;
        }

        switch (call.FunctionName.ToLowerInvariant())
        {
            case "coalesce":
                foreach (var argument in call.Arguments)
                {
                    var value = Evaluate(argument, locals);
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
            case "map":
            case "filter":
                return Lambda(call, locals);
            case "loadtextcontent":
            case "loadfileasbase64":
            case "loadjsoncontent":
            case "loadyamlcontent":
                return Load(call, locals);
            case "items":
                return Map(Arg(call, 0, locals), v => v is ObjectValue o
                    ? new ListValue(o.Properties.Select(p => (Value)new MapValue(new[] { new PropertyValue("key", null, new StringValue(p.Name)), new PropertyValue("value", null, p.Value) })).ToList())
                    : UnknownValue.Instance);
            case "resourceid":
                return ResourceIdWithStandIns(call, locals);

            default:
                return BuiltinFunctions.Call(call.FunctionName, call.Arguments.Select(a => Evaluate(a, locals)).ToArray());
        }
    }

    private Value Arg(FunctionCallSyntax call, int index, BicepLocals locals) =>
        index < call.Arguments.Count ? Evaluate(call.Arguments[index], locals) : UnknownValue.Instance;

    /// <summary><c>map(array, x => ...)</c> and <c>filter(array, x => ...)</c> with the lambda applied to each item.</summary>
    private Value Lambda(FunctionCallSyntax call, BicepLocals locals)
    {
        if (call.Arguments.Count < 2 || call.Arguments[1] is not LambdaSyntax lambda || lambda.Parameters.Count == 0)
        {
            return UnknownValue.Instance;
        }

        var source = Evaluate(call.Arguments[0], locals);
        if (source is not ArrayValue array || array.Count > MaxLoopItems)
        {
            return UnknownValue.Instance;
        }

        bool filter = call.FunctionName.Equals("filter", StringComparison.OrdinalIgnoreCase);
        var result = new List<Value>();
        for (int i = 0; i < array.Count; i++)
        {
            var scope = locals.With(lambda.Parameters[0].Name.Name, array[i]);
            if (lambda.Parameters.Count > 1)
            {
                scope = scope.With(lambda.Parameters[1].Name.Name, new IntValue(i));
            }

            var value = Evaluate(lambda.Body, scope);
            if (!filter)
            {
                result.Add(value);
            }
            else if (value is BoolValue keep)
            {
                if (keep.Value)
                {
                    result.Add(array[i]);
                }
            }
            else
            {
                return UnknownValue.Instance;
            }
        }

        return new ListValue(result);
    }
}
