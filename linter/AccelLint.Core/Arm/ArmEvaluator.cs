using AccelLint.Arm.Expressions;
using AccelLint.Model;
using AccelLint.Evaluation;
using static AccelLint.Evaluation.BuiltinFunctions;

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
                MemberAccess member => EvaluateMember(member, scope),
                IndexAccess index => EvaluateIndex(index, scope),
                _ => UnknownValue.Instance,
            };
        }
        finally
        {
            depth--;
        }
    }

    // In their own methods: lambdas in the switch above would allocate a closure on every evaluation.
    private static Value EvaluateMember(MemberAccess member, ArmScope scope) =>
        Map(Evaluate(member.Target, scope), target => Member(target, member.Name, member.Safe));

    private static Value EvaluateIndex(IndexAccess index, ArmScope scope) =>
        IndexOver(Evaluate(index.Target, scope), Evaluate(index.Index, scope), index.Safe);

    // Static helpers rather than local functions: a closure per call was most of the evaluator's garbage.
    private static Value Arg(FunctionCall call, ArmScope scope, int index) =>
        call.Argument(index) is { } argument ? Evaluate(argument, scope) : UnknownValue.Instance;

    private static Value[] Args(FunctionCall call, ArmScope scope)
    {
        var values = new Value[call.Arguments.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Evaluate(call.Arguments[i], scope);
        }

        return values;
    }

    private static Value Call(FunctionCall call, ArmScope scope)
    {
        var context = scope.Context;
        switch (call.Key)
        {
            case "parameters":
                return Arg(call, scope, 0).AsString() is { } p ? context.Parameter(p) : UnknownValue.Instance;
            case "variables":
                return Arg(call, scope, 0).AsString() is { } v ? context.Variable(v) : UnknownValue.Instance;
            case "copyindex":
                {
                    Value first = call.Arguments.Count > 0 ? Arg(call, scope, 0) : NullValue.Instance;
                    string? loop = first is StringValue s ? s.Value : null;
                    Value offset = first is IntValue ? first : call.Arguments.Count > 1 ? Arg(call, scope, 1) : new IntValue(0);
                    var index = scope.CopyIndex(loop);
                    return index is IntValue i && offset is IntValue o ? new IntValue(i.Value + o.Value) : UnknownValue.Instance;
                }

            case "if":
                {
                    var condition = Arg(call, scope, 0);
                    if (condition.IsUnknown)
                    {
                        // Both arms are possible: the union of both.
                        return OneOfValue.Create(new[] { Arg(call, scope, 1), Arg(call, scope, 2) });
                    }

                    bool canBeTrue = condition.Candidates.Any(IsTrue);
                    bool canBeFalse = condition.Candidates.Any(c => !IsTrue(c));
                    if (canBeTrue && canBeFalse)
                    {
                        return OneOfValue.Create(new[] { Arg(call, scope, 1), Arg(call, scope, 2) });
                    }

                    return canBeTrue ? Arg(call, scope, 1) : Arg(call, scope, 2);
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
            case "resourceinfo":
            case "reference":
                {
                    // languageVersion 2.0: a symbolic name stands for the resource; its id is known, its state is not.
                    if (Arg(call, scope, 0).AsString() is { } target && ResourceIds.LinkKey(target) is { } key
                        && key.StartsWith("microsoft.resources/deployments/", StringComparison.Ordinal))
                    {
                        return context.DeploymentReference(key.Substring("microsoft.resources/deployments/".Length));
                    }

                    if (Arg(call, scope, 0).AsString() is { } module && context.SymbolicDeploymentName(module) is { } deploymentName)
                    {
                        return context.DeploymentReference(deploymentName);
                    }

                    // A resource this template declares: what it declares is known, its runtime state is not.
                    if (call.Key == "reference" && Arg(call, scope, 0).AsString() is { } declared
                        && context.DeclaredReference(declared, full: call.Arguments.Count > 2 && Arg(call, scope, 2).AsString() is { } mode && mode.Equals("full", StringComparison.OrdinalIgnoreCase)) is { } state)
                    {
                        return state;
                    }

                    if (call.Key == "resourceinfo" && Arg(call, scope, 0).AsString() is { } symbol && context.SymbolicResourceId(symbol) is { IsUnknown: false } id)
                    {
                        return new MapValue(new[] { new PropertyValue("id", null, id), new PropertyValue("resourceId", null, id) });
                    }

                    return UnknownValue.Instance;
                }
            default:
                // The shared functions; reference(), uniqueString(), subscription(), list*() and the rest are runtime values.
                return BuiltinFunctions.Call(call.Key, Args(call, scope));
        }
    }
}
