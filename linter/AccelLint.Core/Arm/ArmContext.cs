using AccelLint.Json;
using AccelLint.Evaluation;
using AccelLint.Model;
using AccelLint.Text;

namespace AccelLint.Arm;

/// <summary>
/// One template's evaluation scope: its parameters (supplied values, allowed values, defaults),
/// variables (including copy variables), and symbolic resources, each evaluated once on demand.
/// A nested deployment with inner scope gets its own context; outer scope shares the parent's.
/// </summary>
internal sealed class ArmContext
{
    private readonly JsonObject template;
    private readonly IReadOnlyDictionary<string, Value> supplied;
    private readonly Dictionary<string, Value> parameters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Value> variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> evaluating = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Value> deployments = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="isEntry">
    /// The template is deployed on its own (not a nested deployment or module whose caller fixes what
    /// it leaves out): its parameters are the deployer's choices (SPEC §1).
    /// </param>
    public ArmContext(ArmFile file, JsonObject template, IReadOnlyDictionary<string, Value> supplied, bool isEntry = false)
    {
        IsEntry = isEntry;
        FileContext = file;
        this.template = template;
        this.supplied = supplied;
        Root = new ArmScope(this);
    }

    private static int contexts;

    /// <summary>Tells this template's (or nested deployment's) parameters apart from another's in link stand-ins.</summary>
    public int Id { get; } = Interlocked.Increment(ref contexts);

    public ArmFile FileContext { get; }

    public bool IsEntry { get; }

    public SourceFile File => FileContext.Source;

    public ArmScope Root { get; }

    public JsonObject Template => template;

    public Value Parameter(string name)
    {
        if (parameters.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (!evaluating.Add("p:" + name))
        {
            return UnknownValue.Instance;
        }

        try
        {
            var value = ComputeParameter(name);
            parameters[name] = value;
            return value;
        }
        finally
        {
            evaluating.Remove("p:" + name);
        }
    }

    public Value Variable(string name)
    {
        if (variables.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (!evaluating.Add("v:" + name))
        {
            if (template["variables"] is JsonObject vars && vars.TryGetProperty(name, out var declaration))
            {
                FileContext.ReportInvalid(declaration.NameSpan, $"variable '{name}' refers to itself through a cycle of variables", "it cannot be evaluated");
            }

            return UnknownValue.Instance;
        }

        try
        {
            var value = ComputeVariable(name);
            variables[name] = value;
            return value;
        }
        finally
        {
            evaluating.Remove("v:" + name);
        }
    }

    /// <summary>The id of a symbolic resource (languageVersion 2.0), for <c>resourceInfo('nic').id</c>.</summary>
    public Value SymbolicResourceId(string symbol)
    {
        if (template["resources"] is JsonObject resources && resources[symbol] is JsonObject resource)
        {
            var type = resource["type"] is { } t ? ArmValues.FromNode(t, Root).AsString() : null;
            var name = resource["name"] is { } n ? ArmValues.FromNode(n, Root).AsString() : null;
            if (type is not null && name is not null)
            {
                return new StringValue(ResourceIds.Build(type, name.Split('/')));
            }
        }

        return UnknownValue.Instance;
    }

    /// <summary>
    /// What <c>reference(target, apiVersion, 'full'?)</c> returns for a resource this template declares
    /// (by symbolic name or by id; not in a copy loop, not <c>existing</c>): its declared body with
    /// <paramref name="full"/>, else its declared <c>properties</c>; what it does not declare is unknown.
    /// Null when the target is not such a resource.
    /// </summary>
    public Value? DeclaredReference(string target, bool full)
    {
        JsonObject? resource = null;
        if (template["resources"] is JsonObject symbolic && symbolic[target] is JsonObject bySymbol)
        {
            resource = bySymbol;
        }
        else if (ResourceIds.LinkKey(target) is { } key)
        {
            resource = DeclaredResourcesByKey().TryGetValue(key, out var byId) ? byId : null;
        }

        if (resource is null || resource["copy"] is not null || resource["existing"] is JsonScalar { Value: true })
        {
            return null;
        }

        // The id is known either way (templates write reference('nic').id for resourceInfo('nic').id).
        var type = resource["type"] is { } t ? ArmValues.FromNode(t, Root).AsString() : null;
        var name = resource["name"] is { } n ? ArmValues.FromNode(n, Root).AsString() : null;
        var id = type is not null && name is not null ? new StringValue(ResourceIds.Build(type, name.Split('/'))) : (Value)UnknownValue.Instance;
        if (full)
        {
            return new DeclaredState((ObjectValue)ArmValues.FromNode(resource, Root), id);
        }

        var declared = resource["properties"] is { } properties ? ArmValues.FromNode(properties, Root) : MapValue.Empty;
        return declared is ObjectValue obj ? new DeclaredState(obj, id) : declared;
    }

    private Dictionary<string, JsonObject>? declaredByKey;

    /// <summary>This template's top-level resources outside copy loops, by the link key of their type and name.</summary>
    private Dictionary<string, JsonObject> DeclaredResourcesByKey()
    {
        if (declaredByKey is not null)
        {
            return declaredByKey;
        }

        // Empty while it is built: a name that reads reference() (ARM rejects it) finds nothing.
        declaredByKey = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        IEnumerable<JsonObject> resources = template["resources"] switch
        {
            JsonArray array => array.Items.OfType<JsonObject>(),
            JsonObject symbolic => symbolic.Properties.Select(p => p.Value).OfType<JsonObject>(),
            _ => Enumerable.Empty<JsonObject>(),
        };
        foreach (var resource in resources)
        {
            if (resource["copy"] is null && resource["type"] is { } typeNode && resource["name"] is { } nameNode
                && ArmValues.FromNode(typeNode, Root).AsString() is { } type
                && (ArmValues.FromNode(nameNode, Root).AsString() ?? ArmTemplateProcessor.LinkName(Root, resource)) is { } name)
            {
                // An unknown name is found under its stand-in, as resourceId() of the same expression writes it.
                result[ResourceIds.LinkKey(type, name)] = resource;
            }
        }

        return declaredByKey = result;
    }

    /// <summary>
    /// What <c>reference(resourceId('Microsoft.Resources/deployments', name))</c> returns for a nested
    /// inline deployment of this template: its <c>outputs</c>, each <c>{ value }</c>, evaluated in its scope.
    /// </summary>
    public Value DeploymentReference(string name)
    {
        if (deployments.TryGetValue(name, out var cached))
        {
            return cached;
        }

        deployments[name] = UnknownValue.Instance;
        IEnumerable<JsonObject> resources = template["resources"] switch
        {
            JsonArray array => array.Items.OfType<JsonObject>(),
            JsonObject symbolic => symbolic.Properties.Select(p => p.Value).OfType<JsonObject>(),
            _ => Enumerable.Empty<JsonObject>(),
        };
        Value result = UnknownValue.Instance;
        foreach (var resource in resources)
        {
            if (resource["copy"] is not null
                || !string.Equals(resource.GetString("type"), "Microsoft.Resources/deployments", StringComparison.OrdinalIgnoreCase)
                || resource["name"] is not { } nameNode
                || !string.Equals(ArmValues.FromNode(nameNode, Root).AsString(), name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (ArmTemplateProcessor.NestedScope(Root, resource) is { } nested && nested.Template["outputs"] is JsonObject outputs)
            {
                result = new MapValue(new[]
                {
                    new PropertyValue("outputs", null, new MapValue(outputs.Properties.Select(o => new PropertyValue(
                        o.Name,
                        null,
                        new MapValue(new[] { new PropertyValue("value", null, o.Value is JsonObject output && output["value"] is { } value ? ArmValues.FromNode(value, nested.Scope) : UnknownValue.Instance) }))))),
                });
            }

            break;
        }

        deployments[name] = result;
        return result;
    }

    /// <summary>The deployment name of a symbolic <c>Microsoft.Resources/deployments</c> resource (languageVersion 2.0), else null.</summary>
    public string? SymbolicDeploymentName(string symbol) =>
        template["resources"] is JsonObject resources && resources[symbol] is JsonObject resource
        && string.Equals(resource.GetString("type"), "Microsoft.Resources/deployments", StringComparison.OrdinalIgnoreCase)
        && resource["name"] is { } name
            ? ArmValues.FromNode(name, Root).AsString()
            : null;

    private Value ComputeParameter(string name)
    {
        var definition = (template["parameters"] as JsonObject)?[name] as JsonObject;
        // A supplied null means "use the default", as ARM treats it (Bicep's optional module parameters rely on it).
        if (supplied.TryGetValue(name, out var value) && !(value.Kind == ValueKind.Null && definition?["defaultValue"] is not null))
        {
            return value;
        }

        if (definition is null)
        {
            return UnknownValue.Because($"parameter '{name}' is not declared");
        }

        var defaultNode = definition.TryGetProperty("defaultValue", out var defaultProperty) ? defaultProperty.Value : null;
        Value? defaultValue = defaultNode is null ? null : ArmValues.FromNode(defaultNode, Root);
        if (!IsEntry)
        {
            // The caller left it out: the default is what deploys (the caller fixed the choice).
            return defaultValue?.WithOriginIfNone(new Origin($"parameter '{name}'", new SourceRef(File, defaultNode!.Span)))
                ?? UnknownValue.Because($"parameter '{name}' has no default and its caller does not supply it")
                    .With(origin: new Origin($"parameter '{name}'", new SourceRef(File, definition.Span)));
        }

        if (definition.TryGetProperty("allowedValues", out var allowed) && allowed.Value is JsonArray { Items.Count: > 0 } list)
        {
            var source = new SourceRef(File, allowed.NameSpan);
            var origin = new Origin($"parameter '{name}'", source, IsCandidateSet: true);
            var candidates = list.Items.Select(item => ArmValues.FromNode(item, Root)).ToList();
            return ParameterChoices.Of(name, source, candidates, defaultValue, origin);
        }

        if (defaultValue is not null)
        {
            var source = new SourceRef(File, defaultNode!.Span);
            return ParameterChoices.Default(name, source, defaultValue).WithOriginIfNone(new Origin($"parameter '{name}'", source));
        }

        return UnknownValue.Because($"parameter '{name}' has no default value and nothing supplies it")
            .With(origin: new Origin($"parameter '{name}'", new SourceRef(File, definition.Span)));
    }

    private Value ComputeVariable(string name)
    {
        if (template["variables"] is not JsonObject vars)
        {
            return UnknownValue.Instance;
        }

        if (vars.TryGetProperty(name, out var declaration) && !ArmValues.IsPropertyCopy(declaration))
        {
            var value = ArmValues.FromNode(declaration.Value, Root);
            return value.WithOriginIfNone(new Origin($"variable '{name}'", new SourceRef(File, declaration.NameSpan)));
        }

        if (vars.TryGetProperty("copy", out var copy) && ArmValues.IsPropertyCopy(copy))
        {
            foreach (var loop in ((JsonArray)copy.Value).Items.OfType<JsonObject>())
            {
                if (string.Equals(loop.GetString("name"), name, StringComparison.OrdinalIgnoreCase))
                {
                    return ArmValues.ExpandCopyLoop(loop, Root).WithOriginIfNone(new Origin($"variable '{name}'", new SourceRef(File, loop.Span)));
                }
            }
        }

        return UnknownValue.Instance;
    }
}
