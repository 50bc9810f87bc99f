using AccelLint.Json;
using AccelLint.Model;
using AccelLint.Text;

namespace AccelLint.Arm;

/// <summary>
/// Walks a template's resources: conditions, resource copy loops, child resources, languageVersion 2.0
/// symbolic resources, and nested inline deployments (inner and outer scope). Each resource instance
/// of a NIC, VM or scale set goes to the model builder.
/// </summary>
internal sealed class ArmTemplateProcessor
{
    private const int MaxNestedDeployments = 16;
    private const string DeploymentType = "Microsoft.Resources/deployments";

    private readonly ArmFile file;
    private readonly ResourceModelBuilder builder;

    public ArmTemplateProcessor(ArmFile file, ResourceModelBuilder builder)
    {
        this.file = file;
        this.builder = builder;
    }

    public void ProcessTemplate(ArmContext context, int nesting = 0) =>
        ProcessResources(context.Root, context.Template["resources"], parent: null, nesting);

    private void ProcessResources(ArmScope scope, JsonNode? resources, ParentResource? parent, int nesting)
    {
        switch (resources)
        {
            case JsonArray array:
                foreach (var item in array.Items.OfType<JsonObject>())
                {
                    ProcessResource(scope, item, new SourceRef(file.Source, item.Span), parent, nesting);
                }

                break;
            case JsonObject symbolic:
                foreach (var property in symbolic.Properties)
                {
                    if (property.Value is JsonObject item)
                    {
                        ProcessResource(scope, item, new SourceRef(file.Source, property.NameSpan), parent, nesting);
                    }
                }

                break;
        }
    }

    private void ProcessResource(ArmScope scope, JsonObject node, SourceRef declaration, ParentResource? parent, int nesting)
    {
        if (node["existing"] is JsonScalar { Value: true })
        {
            return;
        }

        if (node["copy"] is JsonObject copy && copy.GetString("name") is { } loopName)
        {
            var count = copy["count"] is { } countNode ? ArmValues.FromNode(countNode, scope) : UnknownValue.Instance;

            // A count drawn from a set of numbers: every index any of them reaches.
            if (count is OneOfValue && count.Candidates.All(c => c is IntValue))
            {
                count = new IntValue(count.Candidates.Max(c => ((IntValue)c).Value));
            }

            if (count is IntValue { Value: var n })
            {
                for (long i = 0; i < Math.Min(n, ArmValues.MaxCopyCount); i++)
                {
                    ProcessInstance(scope.WithLoop(loopName, i), node, declaration, parent, nesting);
                }
            }
            else
            {
                ProcessInstance(scope.WithLoop(loopName, null), node, declaration, parent, nesting);
            }

            return;
        }

        ProcessInstance(scope, node, declaration, parent, nesting);
    }

    private void ProcessInstance(ArmScope scope, JsonObject node, SourceRef declaration, ParentResource? parent, int nesting)
    {
        if (node["condition"] is { } conditionNode)
        {
            var condition = ArmValues.FromNode(conditionNode, scope);
            if (!condition.IsUnknown && condition.Candidates.All(c => c is BoolValue { Value: false } || (c is StringValue s && s.Value.Equals("false", StringComparison.OrdinalIgnoreCase))))
            {
                return;
            }
        }

        string? type = node["type"] is { } typeNode ? ArmValues.FromNode(typeNode, scope).AsString() : null;
        if (type is null)
        {
            return;
        }

        var body = (ObjectValue)ArmValues.FromNode(node, scope);
        bool child = parent is not null && type.IndexOf('/') < 0;
        if (child)
        {
            // A child declared in its parent's resources writes its type and name without the parent's (ARM adds them).
            type = parent!.Type + "/" + type;
        }

        // Evaluated only when read: the name of a resource nothing reads could hold a variable cycle that ARM never meets.
        bool interesting = ResourceModelBuilder.IsInteresting(type);
        var children = node["resources"];
        var naming = interesting || children is not null ? new Lazy<(Value Name, string? LinkName)>(() => Naming(scope, node, body, child ? parent : null)) : null;
        if (type.Equals(DeploymentType, StringComparison.OrdinalIgnoreCase))
        {
            ProcessDeployment(scope, node, nesting);
        }
        else if (interesting)
        {
            builder.Add(new ResourceInstance(type, naming!.Value.Name, body, declaration) { LinkName = naming.Value.LinkName });
        }

        if (naming is not null && children is not null)
        {
            ProcessResources(scope, children, new ParentResource(type, naming), nesting);
        }
    }

    /// <summary>
    /// The resource's full name, and its link stand-in when the name is unknown; for a child declared in its
    /// parent, both prefixed with the parent's.
    /// </summary>
    private static (Value Name, string? LinkName) Naming(ArmScope scope, JsonObject node, ObjectValue body, ParentResource? parent)
    {
        var name = body.Get("name");
        string? linkName = name.IsUnknown ? LinkName(scope, node) : null;
        if (parent is null)
        {
            return (name, linkName);
        }

        var (parentName, parentLink) = parent.Naming.Value;
        string? own = linkName ?? name.AsString();
        name = Evaluation.BuiltinFunctions.MapN(
            new[] { parentName, name },
            args => args[0] is StringValue p && args[1].AsString() is { } c ? new StringValue(p.Value + "/" + c) : UnknownValue.Instance);
        linkName = name.IsUnknown && (parentName.AsString() ?? parentLink) is { } above && own is not null ? above + "/" + own : null;
        return (name, linkName);
    }

    /// <summary>The resource whose <c>resources</c> array a child is declared in.</summary>
    private sealed record ParentResource(string Type, Lazy<(Value Name, string? LinkName)> Naming);

    /// <summary>The stand-in of an unknown name written as an expression (<see cref="ArmEvaluator.LinkText"/>).</summary>
    public static string? LinkName(ArmScope scope, JsonObject node) =>
        node["name"] is JsonScalar { Value: string text } && Expressions.ArmExpressionParser.IsExpression(text)
            && scope.Context.FileContext.ParseExpression(text, out _) is { } expression
            ? ArmEvaluator.LinkText(expression, scope)
            : null;

    private void ProcessDeployment(ArmScope scope, JsonObject node, int nesting)
    {
        if (nesting >= MaxNestedDeployments || NestedScope(scope, node) is not { } nested)
        {
            return;
        }

        ProcessResources(nested.Scope, nested.Template["resources"], parent: null, nesting + 1);
    }

    /// <summary>
    /// The scope a nested inline deployment's template is evaluated in: with <c>inner</c> scope its own
    /// context, fed the parameter values the deployment passes; with <c>outer</c> scope the parent's.
    /// Null for a linked template (<c>templateLink</c>) or an expression-built template.
    /// </summary>
    public static (ArmScope Scope, JsonObject Template)? NestedScope(ArmScope scope, JsonObject node)
    {
        if (node["properties"] is not JsonObject properties || properties["template"] is not JsonObject template)
        {
            return null;
        }

        bool inner = (properties["expressionEvaluationOptions"] as JsonObject)?.GetString("scope") is { } s && s.Equals("inner", StringComparison.OrdinalIgnoreCase);
        if (!inner)
        {
            return (scope, template);
        }

        var file = scope.Context.FileContext;
        string deployment = node["name"] is { } n ? ArmValues.FromNode(n, scope).AsString() ?? "(nested)" : "(nested)";
        var supplied = new Dictionary<string, Value>(StringComparer.OrdinalIgnoreCase);
        if (properties["parameters"] is JsonObject parameters)
        {
            foreach (var parameter in parameters.Properties)
            {
                // { "value": ... }, or an expression that builds it (the compiler's createObject('value', ...) for a conditional value).
                var valueNode = parameter.Value is JsonObject p ? p["value"] : parameter.Value is JsonScalar { Value: string } ? parameter.Value : null;
                var value = valueNode is null
                    ? UnknownValue.Instance
                    : valueNode == parameter.Value
                        ? Evaluation.BuiltinFunctions.Map(ArmValues.FromNode(valueNode, scope), v => Evaluation.BuiltinFunctions.Member(v, "value", safe: false))
                        : ArmValues.FromNode(valueNode, scope);
                value = value.WithOriginIfNone(valueNode is null ? null : new Origin($"parameter '{parameter.Name}' of deployment '{deployment}'", new SourceRef(file.Source, valueNode.Span)));
                supplied[parameter.Name] = value;
            }
        }

        return (new ArmContext(file, template, supplied).Root, template);
    }
}
