using System.Globalization;
using AccelLint.Bicep.Syntax;
using AccelLint.Model;

namespace AccelLint.Bicep.Semantics;

/// <summary>
/// Stand-ins for resource names that are unknown (a module's parameter without a value), so that a VM
/// links to its NIC by symbol (<c>nic.id</c>) or by the same name expression, whatever the name is.
/// </summary>
internal sealed partial class BicepInstance
{
    private static int instances;

    /// <summary>Tells this instance's parameters apart from another instance's (of the same file, say) in stand-ins.</summary>
    private readonly int id = Interlocked.Increment(ref instances);

    /// <summary>
    /// The stand-in for a resource whose name is unknown: its name expression with each unknown
    /// parameter or variable written <c>{p3:name}</c> (as the ARM front end writes the compiled form), else
    /// one for the symbol itself (<c>{3:nic[1]}</c>). Null when the name is known.
    /// </summary>
    private string? LinkName(ResourceDeclarationSyntax resource, Value name, BicepLocals locals, int index)
    {
        if (!name.IsUnknown)
        {
            return null;
        }

        if (resource.Body?.GetProperty("name")?.Value is { } expression && LinkText(expression, locals, 0) is { } text)
        {
            return text;
        }

        string suffix = index >= 0 ? "[" + index.ToString(CultureInfo.InvariantCulture) + "]" : string.Empty;
        return "{" + id.ToString(CultureInfo.InvariantCulture) + ":" + resource.Name.Name + suffix + "}";
    }

    /// <summary>An expression as a link stand-in: what is known evaluated, unknown parameters and variables by name; null otherwise.</summary>
    private string? LinkText(ExpressionSyntax expression, BicepLocals locals, int depth)
    {
        var value = Evaluate(expression, locals);
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
            case VariableAccessSyntax variable when !locals.TryGet(variable.Name, out _) && symbols.TryGetValue(variable.Name, out var declaration):
                char kind = declaration switch
                {
                    ParameterDeclarationSyntax => 'p',
                    VariableDeclarationSyntax => 'v',
                    _ => '\0',
                };
                return kind == '\0' ? null : "{" + kind + id.ToString(CultureInfo.InvariantCulture) + ":" + variable.Name.ToLowerInvariant() + "}";
            case ParenthesizedExpressionSyntax parenthesized:
                return LinkText(parenthesized.Expression, locals, depth + 1);
            case StringSyntax { IsInterpolated: true } text:
                {
                    var parts = new List<string?>();
                    for (int i = 0; i < text.Segments.Count; i++)
                    {
                        parts.Add(text.Segments[i]);
                        if (i < text.Expressions.Count)
                        {
                            parts.Add(LinkText(text.Expressions[i], locals, depth + 1));
                        }
                    }

                    return parts.Any(p => p is null) ? null : string.Concat(parts);
                }

            case FunctionCallSyntax call when call.BaseExpression is null && call.FunctionName.Equals("concat", StringComparison.OrdinalIgnoreCase):
                {
                    var parts = call.Arguments.Select(a => LinkText(a, locals, depth + 1)).ToList();
                    return parts.Any(p => p is null) ? null : string.Concat(parts);
                }

            case FunctionCallSyntax call when call.BaseExpression is null && call.FunctionName.Equals("format", StringComparison.OrdinalIgnoreCase)
                && call.Arguments.Count > 0 && Evaluate(call.Arguments[0], locals) is StringValue format:
                {
                    var parts = call.Arguments.Skip(1).Select(a => LinkText(a, locals, depth + 1)).ToList();
                    if (parts.Any(p => p is null))
                    {
                        return null;
                    }

                    try
                    {
                        return string.Format(CultureInfo.InvariantCulture, format.Value, parts.ToArray<object?>());
                    }
                    catch (FormatException)
                    {
                        return null;
                    }
                }

            case FunctionCallSyntax call when call.BaseExpression is null && call.FunctionName.Equals("replace", StringComparison.OrdinalIgnoreCase) && call.Arguments.Count == 3
                && Evaluate(call.Arguments[1], locals) is StringValue { Value.Length: > 0 } old && Evaluate(call.Arguments[2], locals) is StringValue replacement
                && LinkText(call.Arguments[0], locals, depth + 1) is { } replaced:
                return replaced.Replace(old.Value, replacement.Value);
            case FunctionCallSyntax call when call.BaseExpression is null && call.Arguments.Count == 1
                && (call.FunctionName.Equals("toLower", StringComparison.OrdinalIgnoreCase) || call.FunctionName.Equals("toUpper", StringComparison.OrdinalIgnoreCase))
                && LinkText(call.Arguments[0], locals, depth + 1) is { } cased:
                return call.FunctionName.Equals("toLower", StringComparison.OrdinalIgnoreCase) ? cased.ToLowerInvariant() : cased.ToUpperInvariant();
            case PropertyAccessSyntax access when !access.IsSafe && Definition(access, locals, 0) is { } defined:
                // A member of a variable written as an object: what that member is written as.
                return LinkText(defined, BicepLocals.Empty, depth + 1);
            case PropertyAccessSyntax access when LinkText(access.BaseExpression, locals, depth + 1) is { } target:
                return target + "." + access.PropertyName.ToLowerInvariant();
        }

        // Anything else outside loops: the expression as written, in this instance.
        if (!ReferenceEquals(locals, BicepLocals.Empty))
        {
            return null;
        }

        string written = new string(File.Text.Substring(expression.Span.Start, expression.Span.Length).Where(c => !char.IsWhiteSpace(c)).ToArray());
        return "{e" + id.ToString(CultureInfo.InvariantCulture) + ":" + written + "}";
    }

    /// <summary>The expression that <c>x.a.b</c> is written as, when variable <c>x</c> is an object literal; else null.</summary>
    private ExpressionSyntax? Definition(ExpressionSyntax expression, BicepLocals locals, int depth)
    {
        switch (expression)
        {
            case VariableAccessSyntax variable when depth > 0 && !locals.TryGet(variable.Name, out _)
                && symbols.TryGetValue(variable.Name, out var declaration) && declaration is VariableDeclarationSyntax declared:
                return declared.Value;
            case ParenthesizedExpressionSyntax parenthesized:
                return Definition(parenthesized.Expression, locals, depth);
            case PropertyAccessSyntax access when !access.IsSafe:
                return (Definition(access.BaseExpression, locals, depth + 1) as ObjectSyntax)?.GetProperty(access.PropertyName)?.Value;
            default:
                return null;
        }
    }

    /// <summary><c>resourceId(type, names...)</c> with each unknown name argument replaced by its stand-in.</summary>
    private Value ResourceIdWithStandIns(FunctionCallSyntax call, BicepLocals locals)
    {
        var args = call.Arguments.Select(a => Evaluate(a, locals)).ToArray();
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i].IsUnknown && args.Take(i).Any(a => a.AsString() is { } t && Evaluation.BuiltinFunctions.IsResourceType(t)) && LinkText(call.Arguments[i], locals, 0) is { } text)
            {
                args[i] = new StringValue(text);
            }
        }

        return Evaluation.BuiltinFunctions.Call("resourceid", args);
    }
}
