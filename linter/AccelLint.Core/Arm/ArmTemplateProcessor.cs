using AccelLint.Json;
using AccelLint.Model;
using AccelLint.Rules;
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
        if (nesting >= MaxNestedDeployments)
        {
            return;
        }

        if (node["properties"] is JsonObject properties && properties["template"] is null && properties["templateLink"] is JsonObject)
        {
            // A linked template: each file the link can name (one, or one per choice of its uri),
            // in its own context and file, so that findings point into it.
            foreach (var link in Links(scope, node))
            {
                ReportLink(scope, node, link);
                if (LinkedScope(scope, node, properties, link) is { } linked)
                {
                    new ArmTemplateProcessor(linked.Scope.Context.FileContext, builder).ProcessResources(linked.Scope, linked.Template["resources"], parent: null, nesting + 1);
                }
            }

            return;
        }

        if (NestedScope(scope, node) is not { } nested)
        {
            return;
        }

        ProcessResources(nested.Scope, nested.Template["resources"], parent: null, nesting + 1);
    }

    private static (ArmScope Scope, JsonObject Template)? LinkedScope(ArmScope scope, JsonObject node, JsonObject properties, LinkResolution link) =>
        scope.Context.FileContext.Links is { } links && link is { Path: { } path, Problem: null }
        && links.Open(path) is { File: { } linkedFile, Template: { } linkedTemplate }
            ? (new ArmContext(linkedFile, linkedTemplate, Consistent(Supplied(scope, node, properties), link.Choices)).Root, linkedTemplate)
            : null;

    /// <summary>The values as they are when the link names this file: only the candidates consistent with its choices.</summary>
    private static Dictionary<string, Value> Consistent(Dictionary<string, Value> supplied, Choices choices)
    {
        if (choices.IsEmpty)
        {
            return supplied;
        }

        return supplied.ToDictionary(p => p.Key, p => p.Value.WithChoices(choices) ?? UnknownValue.Because("no value is consistent with the choices that link this template"), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A link that cannot be followed: ACCEL014 when it is not a local file, ACCEL000 when the local file is missing, refused or not a template.</summary>
    private void ReportLink(ArmScope scope, JsonObject node, LinkResolution link)
    {
        if (link.Problem is null)
        {
            return;
        }

        if (link.OnChoice && link.Path is not null)
        {
            // A file named only for some choices may be missing on purpose (the deployer never picks
            // it); which combinations are valid is the deployer's decision (SPEC §1).
            return;
        }

        string deployment = node["name"] is { } n ? ArmValues.FromNode(n, scope).AsString() ?? "(unnamed)" : "(unnamed)";

        if (link.Path is null)
        {
            builder.Model.UnresolvedModules.Add(new UnresolvedModule(deployment, link.Written, new SourceRef(file.Source, link.At), link.Problem) { Kind = ExternalModuleKind.LinkedTemplate });
        }
        else
        {
            file.ReportInvalid(InvalidInputRule.NotUsed(new SourceRef(file.Source, link.At), $"linked template '{link.Written}' of deployment '{deployment}'", link.Problem));
        }
    }

    /// <summary>Where a <c>templateLink</c> leads: a local file, or why it cannot be followed.</summary>
    /// <param name="Written">The link as written (its relative path, or its uri's text).</param>
    /// <param name="Path">The local file (full path); null when the link is not a local file.</param>
    /// <param name="Problem">Why it cannot be followed; null when it can.</param>
    /// <param name="OnChoice">The link names this file only when a parameter takes a certain member (or a condition an arm).</param>
    internal sealed record LinkResolution(string Written, TextSpan At, string? Path, string? Problem, bool OnChoice = false)
    {
        /// <summary>The choices under which the link names this file (none when it always does).</summary>
        public Choices Choices { get; init; } = Choices.None;
    }

    /// <summary>
    /// Resolves <c>templateLink</c>: <c>relativePath</c> is relative to this template's file; a
    /// <c>uri</c> is followed when it evaluates to a <c>file://</c> URI, which is what the quickstart
    /// pattern gives (<c>deployment().properties.templateLink.uri</c> is the template's own file); one
    /// resolution per file the link can name. None when the deployment has no <c>templateLink</c>, or
    /// links a template spec by its id (it has no local form).
    /// </summary>
    internal static IEnumerable<LinkResolution> Links(ArmScope scope, JsonObject node)
    {
        if (node["properties"] is not JsonObject properties || properties["templateLink"] is not JsonObject link)
        {
            yield break;
        }

        var file = scope.Context.FileContext;
        if (link["relativePath"] is { } relativeNode)
        {
            var relativeValue = ArmValues.FromNode(relativeNode, scope);
            foreach (var value in relativeValue.Candidates.GroupBy(c => c.AsString(), StringComparer.Ordinal).Select(g => g.First()))
            {
                string? candidate = value.AsString();
                string written = candidate ?? (relativeNode is JsonScalar { Value: string text } ? text : "(relativePath)");
                string? full = candidate is null ? null : Bicep.Semantics.BicepInstance.ResolveFrom(file.Source.Path, candidate);
                yield return full is null
                    ? new LinkResolution(written, relativeNode.Span, null, candidate is null ? "its relativePath is known only at deployment" : "it is not a valid file path")
                    : Opened(file, new LinkResolution(written, relativeNode.Span, full, null, OnChoice: relativeValue.Candidates.Count > 1) { Choices = value.Choices });
            }

            yield break;
        }

        if (link["id"] is not null)
        {
            // A template spec deployed by its resource id: no local form exists (nor in Bicep, where the
            // same deployment resource is written as is), so nothing is said.
            yield break;
        }

        if (link["uri"] is not { } uriNode)
        {
            yield return new LinkResolution("(no uri)", link.Span, null, "it names no template (neither uri, relativePath nor id)");
            yield break;
        }

        var uris = ArmValues.FromNode(uriNode, scope);
        foreach (var candidate in uris.Candidates.GroupBy(c => c.AsString(), StringComparer.Ordinal).Select(g => g.First()))
        {
            yield return UriLink(file, uriNode, candidate) with { OnChoice = uris.Candidates.Count > 1 || candidate.Choices.Taken.Any(), Choices = candidate.Choices };
        }
    }

    private static LinkResolution UriLink(ArmFile file, JsonNode uriNode, Value uri)
    {
        string written = uriNode is JsonScalar { Value: string text } ? text : "(uri)";
        if (uri.AsString() is not { } value)
        {
            return new LinkResolution(written, uriNode.Span, null, uri is UnknownValue unknown ? $"its uri is unknown before deployment ({unknown.Reason})" : "its uri is not a string");
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return new LinkResolution(written, uriNode.Span, null, written == value
                ? "it is not a local file; link it with templateLink.relativePath, or build the uri from deployment().properties.templateLink.uri (the _artifactsLocation pattern)"
                : $"it is '{value}', not a local file; link it with templateLink.relativePath, or build the uri from deployment().properties.templateLink.uri (the _artifactsLocation pattern)");
        }

        return Opened(file, new LinkResolution(written, uriNode.Span, parsed.LocalPath, null));
    }

    private static LinkResolution Opened(ArmFile file, LinkResolution link) =>
        file.Links is null || link.Path is null
            ? link
            : file.Links.Open(link.Path) is { Problem: { } problem } ? link with { Problem = problem } : link;

    /// <summary>
    /// The scope a nested deployment's template is evaluated in: for an inline template with
    /// <c>inner</c> scope its own context, fed the parameter values the deployment passes, with
    /// <c>outer</c> scope the parent's; a linked template (<c>templateLink</c> to a local file) always
    /// has its own context, in its own file. Null for an expression-built template or a link that
    /// cannot be followed.
    /// </summary>
    public static (ArmScope Scope, JsonObject Template)? NestedScope(ArmScope scope, JsonObject node)
    {
        if (node["properties"] is not JsonObject properties)
        {
            return null;
        }

        if (properties["template"] is not JsonObject template)
        {
            // A linked template's outputs are known when the link names one file.
            var links = Links(scope, node).Take(2).ToList();
            return links.Count == 1 ? LinkedScope(scope, node, properties, links[0]) : null;
        }

        bool inner = (properties["expressionEvaluationOptions"] as JsonObject)?.GetString("scope") is { } s && s.Equals("inner", StringComparison.OrdinalIgnoreCase);
        if (!inner)
        {
            return (scope, template);
        }

        return (new ArmContext(scope.Context.FileContext, template, Supplied(scope, node, properties)).Root, template);
    }

    /// <summary>The parameter values a nested deployment passes (<c>properties.parameters</c>), each with where it is written.</summary>
    private static Dictionary<string, Value> Supplied(ArmScope scope, JsonObject node, JsonObject properties)
    {
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

        return supplied;
    }
}
