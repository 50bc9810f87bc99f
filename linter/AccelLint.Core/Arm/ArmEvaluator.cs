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

    /// <summary>The template string whose expression is being evaluated: where an unknown <c>if()</c> condition is written.</summary>
    [ThreadStatic]
    private static Text.SourceRef? currentExpression;

    /// <summary>Evaluates the expression written in the template string at <paramref name="source"/>.</summary>
    public static Value Evaluate(ArmExpression expression, ArmScope scope, Text.SourceRef source)
    {
        var outer = currentExpression;
        currentExpression = source;
        try
        {
            return Evaluate(expression, scope);
        }
        finally
        {
            currentExpression = outer;
        }
    }

    private static Text.SourceRef? ConditionSource(FunctionCall call, ArmScope scope) => currentExpression;

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

    /// <summary>
    /// <c>deployment()</c>: the template is taken to be linked from where it is on disk, so
    /// <c>deployment().properties.templateLink.uri</c> is its <c>file://</c> URI and the quickstart
    /// pattern (<c>_artifactsLocation</c> defaulting to it, then <c>uri(_artifactsLocation, 'nested/vm.json')</c>)
    /// names the file beside it. The rest of the deployment is known only at deployment.
    /// </summary>
    private static Value Deployment(ArmContext context)
    {
        string path = context.FileContext.Source.Path;
        Value uri = Path.IsPathRooted(path) ? new StringValue(new Uri(path).AbsoluteUri) : UnknownValue.Because("deployment() is known only at deployment");
        return new MapValue(new[]
        {
            new PropertyValue("name", null, UnknownValue.Because("deployment().name is known only at deployment")),
            new PropertyValue("properties", null, new MapValue(new[]
            {
                new PropertyValue("templateLink", null, new MapValue(new[] { new PropertyValue("uri", null, uri) })),
            })),
        });
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
                return Conditional(Arg(call, scope, 0), () => Arg(call, scope, 1), () => Arg(call, scope, 2), IsTrue, ConditionSource(call, scope));

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

                    return NotEvaluated(call.Name);
                }
            case "deployment":
                return Deployment(context);
            case "resourceid":
                {
                    // A name argument that is unknown links by what it is written from (see LinkText).
                    var args = Args(call, scope);
                    for (int i = 0; i < args.Length; i++)
                    {
                        if (args[i].IsUnknown && i > 0 && args.Take(i).Any(a => a.AsString() is { } t && IsResourceType(t)) && LinkText(call.Arguments[i], scope) is { } text)
                        {
                            args[i] = new StringValue(text);
                        }
                    }

                    return BuiltinFunctions.Call("resourceid", args);
                }

            default:
                // The shared functions; reference(), uniqueString(), subscription(), list*() and the rest are runtime values.
                return BuiltinFunctions.Call(call.Key, Args(call, scope), call.Name);
        }
    }

    /// <summary>
    /// A stand-in for a resource name that is unknown: the expression with what is known evaluated and
    /// each unknown parameter or variable written as <c>{p3:name}</c> (3: the template context), so that
    /// a NIC named <c>[format('{0}-nic', parameters('name'))]</c> and the id
    /// <c>resourceId('...', format('{0}-nic', parameters('name')))</c> agree. Null when the expression
    /// is made of something else (a runtime function, a set of candidates).
    /// </summary>
    public static string? LinkText(ArmExpression expression, ArmScope scope, int depth = 0)
    {
        var value = Evaluate(expression, scope);
        if (value is StringValue or IntValue)
        {
            return value.AsString();
        }

        if (!value.IsUnknown || depth > 8)
        {
            return null;
        }

        switch (expression)
        {
            case FunctionCall { Key: "parameters" or "variables" } call when call.Argument(0) is StringLiteral name:
                return "{" + call.Key[0] + scope.Context.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + name.Value.ToLowerInvariant() + "}";
            case FunctionCall { Key: "concat" } call:
                {
                    var parts = call.Arguments.Select(a => LinkText(a, scope, depth + 1)).ToList();
                    return parts.Any(p => p is null) ? null : string.Concat(parts);
                }

            case FunctionCall { Key: "format" } call when call.Arguments.Count > 0 && Evaluate(call.Arguments[0], scope) is StringValue format:
                {
                    var parts = call.Arguments.Skip(1).Select(a => LinkText(a, scope, depth + 1)).ToList();
                    if (parts.Any(p => p is null))
                    {
                        return null;
                    }

                    try
                    {
                        return string.Format(System.Globalization.CultureInfo.InvariantCulture, format.Value, parts.ToArray<object?>());
                    }
                    catch (FormatException)
                    {
                        return null;
                    }
                }

            case FunctionCall { Key: "replace" } call when call.Arguments.Count == 3
                && Evaluate(call.Arguments[1], scope) is StringValue { Value.Length: > 0 } old && Evaluate(call.Arguments[2], scope) is StringValue replacement
                && LinkText(call.Arguments[0], scope, depth + 1) is { } replaced:
                return replaced.Replace(old.Value, replacement.Value);
            case FunctionCall { Key: "tolower" or "toupper" } call when call.Arguments.Count == 1 && LinkText(call.Arguments[0], scope, depth + 1) is { } cased:
                return call.Key == "tolower" ? cased.ToLowerInvariant() : cased.ToUpperInvariant();
            case MemberAccess member when Definition(member, scope.Context, 0) is Json.JsonScalar { Value: string text } && ArmExpressionParser.IsExpression(text)
                && scope.Context.FileContext.ParseExpression(text, out _) is { } defined:
                // A member of a variable written as an object: what that member is written as.
                return LinkText(defined, scope.Context.Root, depth + 1);
            case MemberAccess member when LinkText(member.Target, scope, depth + 1) is { } target:
                return target + "." + member.Name.ToLowerInvariant();
        }

        // Anything else that does not vary with a copy loop: the expression itself, in this context.
        string rendered = Render(expression);
        return rendered.IndexOf("copyindex(", StringComparison.Ordinal) >= 0 ? null : "{e" + scope.Context.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + rendered + "}";
    }

    /// <summary>The JSON that <c>variables('x').a.b</c> is written as, when the variable is an object literal there; else null.</summary>
    private static Json.JsonNode? Definition(ArmExpression expression, ArmContext context, int depth)
    {
        switch (expression)
        {
            case FunctionCall { Key: "variables" } call when call.Argument(0) is StringLiteral name && depth > 0:
                return (context.Template["variables"] as Json.JsonObject)?[name.Value];
            case MemberAccess member:
                return (Definition(member.Target, context, depth + 1) as Json.JsonObject)?[member.Name];
            default:
                return null;
        }
    }

    /// <summary>A canonical text of an expression (function names in lower case, no spaces).</summary>
    private static string Render(ArmExpression expression) => expression switch
    {
        StringLiteral s => "'" + s.Value + "'",
        NumberLiteral n => n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        FunctionCall call => call.Key + "(" + string.Join(",", call.Arguments.Select(Render)) + ")",
        MemberAccess member => Render(member.Target) + "." + member.Name.ToLowerInvariant(),
        IndexAccess index => Render(index.Target) + "[" + Render(index.Index) + "]",
        _ => "?",
    };
}
