using AccelLint.Arm;
using AccelLint.Bicep.Registry;
using AccelLint.Bicep.Syntax;
using AccelLint.Model;
using AccelLint.Rules;
using AccelLint.Text;

namespace AccelLint.Bicep.Semantics;

/// <summary>Resources and modules: their iterations (loops, conditions), symbol values, and deployment into the model.</summary>
internal sealed partial class BicepInstance
{
    private readonly Dictionary<ResourceDeclarationSyntax, List<ResourceIteration>> resourceIterations = new();
    private readonly Dictionary<ModuleDeclarationSyntax, List<BicepInstance?>> moduleInstances = new();
    private readonly Dictionary<ModuleDeclarationSyntax, List<ArmModuleDeployment?>> externalDeployments = new();
    private bool deployed;

    private sealed record ResourceIteration(ResourceSymbolValue Symbol, ObjectValue Body, bool Skipped);

    /// <summary>Adds every resource of this instance, and of the modules it calls (local, and registry or template-spec ones restored), to the model.</summary>
    public void Deploy()
    {
        if (deployed)
        {
            return;
        }

        deployed = true;

        // Every variable is evaluated once, so that its cycles and runaway loops are reported even when unused.
        foreach (var variable in Tree.Root.Variables)
        {
            if (!variable.Name.IsMissing)
            {
                Lookup(variable.Name.Name, BicepLocals.Empty);
            }
        }
        foreach (var resource in AllResources(Tree.Root.Statements.OfType<ResourceDeclarationSyntax>(), 0))
        {
            if (resource.IsExisting || resource.ResourceType is null)
            {
                continue;
            }

            foreach (var iteration in ResourceIterations(resource))
            {
                if (iteration.Skipped || !ResourceModelBuilder.IsInteresting(iteration.Symbol.Type))
                {
                    continue;
                }

                var keyword = resource.Keyword?.Span ?? resource.Span;
                var apiVersion = resource.ApiVersion is { } version
                    ? new ModelProperty(new StringValue(version).With(source: new SourceRef(File, resource.TypeString.Span)), new SourceRef(File, resource.TypeString.Span))
                    : ModelProperty.Absent;
                host.Builder.Add(new ResourceInstance(iteration.Symbol.Type, iteration.Symbol.Name, iteration.Body, new SourceRef(File, keyword)) { ApiVersion = apiVersion, LinkName = iteration.Symbol.LinkName });
            }
        }

        foreach (var module in Tree.Root.Modules)
        {
            foreach (var deployment in ExternalDeployments(module))
            {
                deployment?.Deploy(host.Builder);
            }

            foreach (var instance in ModuleInstances(module))
            {
                if (instance is not null && host.Enter(instance.File.Path))
                {
                    try
                    {
                        instance.Deploy();
                    }
                    finally
                    {
                        host.Exit(instance.File.Path);
                    }
                }
            }
        }
    }

    private static IEnumerable<ResourceDeclarationSyntax> AllResources(IEnumerable<ResourceDeclarationSyntax> resources, int depth)
    {
        foreach (var resource in resources)
        {
            yield return resource;
            if (depth < 8 && resource.Body is { } body)
            {
                foreach (var nested in AllResources(body.NestedResources, depth + 1))
                {
                    yield return nested;
                }
            }
        }
    }

    private Value ResourceSymbol(ResourceDeclarationSyntax resource)
    {
        var iterations = ResourceIterations(resource);
        if (resource.Loop is not null)
        {
            return new ListValue(iterations.Select(i => (Value)i.Symbol).ToList());
        }

        return iterations.Count > 0 ? iterations[0].Symbol : UnknownValue.Instance;
    }

    private List<ResourceIteration> ResourceIterations(ResourceDeclarationSyntax resource)
    {
        if (resourceIterations.TryGetValue(resource, out var cached))
        {
            return cached;
        }

        // Re-entry (a body that names its own symbol) sees no iterations.
        resourceIterations[resource] = new List<ResourceIteration>();
        var result = new List<ResourceIteration>();
        var source = new SourceRef(File, resource.Name.Span);
        switch (resource.Value)
        {
            case ForSyntax loop:
                foreach (var (locals, value) in Loop(loop, BicepLocals.Empty))
                {
                    result.Add(Iteration(resource, value, skipped: false, source, locals, result.Count));
                }

                break;
            case IfConditionSyntax conditional:
                bool skipped = IsKnownFalse(Evaluate(conditional.Condition, BicepLocals.Empty));
                result.Add(Iteration(resource, Evaluate(conditional.Body, BicepLocals.Empty), skipped, source, BicepLocals.Empty, -1));
                break;
            default:
                result.Add(Iteration(resource, Evaluate(resource.Value, BicepLocals.Empty), skipped: false, source, BicepLocals.Empty, -1));
                break;
        }

        resourceIterations[resource] = result;
        return result;
    }

    private ResourceIteration Iteration(ResourceDeclarationSyntax resource, Value value, bool skipped, SourceRef source, BicepLocals locals, int index)
    {
        var body = value as ObjectValue ?? MapValue.Empty;
        string type = resource.ResourceType ?? "unknown/unknown";
        var declaredName = body.Get("name");
        var name = declaredName;

        // A child resource: nested in its parent's body, or naming it with 'parent:'.
        ResourceSymbolValue? parent = null;
        if (body.TryGetProperty("parent", out var parentProperty))
        {
            parent = parentProperty.Value as ResourceSymbolValue;
        }
        else if (resource.FirstAncestor<ResourceDeclarationSyntax>() is { } enclosing)
        {
            parent = ResourceIterations(enclosing).FirstOrDefault()?.Symbol;
        }

        if (parent is not null)
        {
            if (type.IndexOf('/') < 0)
            {
                type = parent.Type + "/" + type;
            }

            name = Evaluation.BuiltinFunctions.MapN(new[] { parent.Name, name }, args => args.All(a => a is StringValue) ? new StringValue(((StringValue)args[0]).Value + "/" + ((StringValue)args[1]).Value) : UnknownValue.Instance);
        }

        // A child whose name is unknown links by its parent's name (or stand-in) and its own.
        string? linkName = parent is null
            ? LinkName(resource, name, locals, index)
            : name.IsUnknown && (parent.Name.AsString() ?? parent.LinkName) is { } above && (declaredName.AsString() ?? LinkName(resource, declaredName, locals, index)) is { } child
                ? above + "/" + child
                : null;
        var symbol = new ResourceSymbolValue(type, resource.ApiVersion, name, resource.IsExisting ? null : body, source, declaredName)
        {
            LinkName = linkName,
        };
        return new ResourceIteration(symbol, body, skipped);
    }

    private Value ModuleSymbol(ModuleDeclarationSyntax module)
    {
        var source = new SourceRef(File, module.Name.Span);
        var outputs = module.PathValue is { } path && ExternalModuleReference.IsExternal(path)
            ? ExternalDeployments(module).Select(d => (Func<ObjectValue?>)(() => d?.Outputs)).ToList()
            : ModuleInstances(module).Select(i => (Func<ObjectValue?>)(() => i is null ? null : new OutputsValue(i))).ToList();
        Value Symbol(Func<ObjectValue?> output) => new ModuleSymbolValue(UnknownValue.Instance, output, source);
        if (module.Loop is not null)
        {
            return new ListValue(outputs.Select(Symbol).ToList());
        }

        return outputs.Count > 0 ? Symbol(outputs[0]) : UnknownValue.Instance;
    }

    /// <summary>
    /// A registry or template-spec module's deployments, one per iteration (null where it is skipped or
    /// not restored): its restored ARM template evaluated with the caller's values, each deployment on its
    /// own copy of the file so that a finding inside it is reported at this caller. A module that is not
    /// restored is recorded for ACCEL014, unless it deploys nothing (its condition is known false, its loop empty).
    /// </summary>
    private List<ArmModuleDeployment?> ExternalDeployments(ModuleDeclarationSyntax module)
    {
        if (externalDeployments.TryGetValue(module, out var cached))
        {
            return cached;
        }

        var result = new List<ArmModuleDeployment?>();
        externalDeployments[module] = result;
        if (module.PathValue is not { } path || !ExternalModuleReference.IsExternal(path))
        {
            return result;
        }

        var bodies = Bodies(module).ToList();
        if (bodies.TrueForAll(b => b is null))
        {
            result.AddRange(bodies.Select(_ => (ArmModuleDeployment?)null));
            return result;
        }

        var resolution = host.Modules.Resolve(File.Path, path);
        if (resolution.IsNotTemplate)
        {
            host.ReportInvalid(File, module.Path.Span, $"module '{module.Name.Name}' ('{path}')", $"{resolution.Problem}; nothing in it was read");
            result.AddRange(bodies.Select(_ => (ArmModuleDeployment?)null));
            return result;
        }

        if (resolution is not { Template: { } template, Document: { } document })
        {
            host.Builder.Model.UnresolvedModules.Add(new UnresolvedModule(module.Name.Name, path, new SourceRef(File, module.Path.Span), resolution.Problem ?? "it is not restored"));
            result.AddRange(bodies.Select(_ => (ArmModuleDeployment?)null));
            return result;
        }

        foreach (var body in bodies)
        {
            if (body is null)
            {
                result.Add(null);
                continue;
            }

            var (supplied, arguments) = Arguments(module, body);
            var copy = new SourceFile(document.File.Path, document.File.Text);
            var call = new ExternalModuleCall(module.Name.Name, path, new SourceRef(File, module.Name.Span), arguments);
            host.Builder.Model.ExternalModuleCalls[copy] = call;
            var deployment = new ArmModuleDeployment(template, copy, supplied);
            result.Add(deployment);
            foreach (var finding in deployment.Findings)
            {
                host.ReportInvalid(File, module.Name.Span, call.Subject, finding.Message);
            }
        }

        return result;
    }

    /// <summary>One body per deployment of a module (per loop iteration); null for one whose condition is known false.</summary>
    private IEnumerable<Value?> Bodies(ModuleDeclarationSyntax module) => module.Value switch
    {
        ForSyntax loop => Loop(loop, BicepLocals.Empty).Select(i => (Value?)i.Value),
        IfConditionSyntax conditional => new[] { IsKnownFalse(Evaluate(conditional.Condition, BicepLocals.Empty)) ? null : Evaluate(conditional.Body, BicepLocals.Empty) },
        _ => new[] { Evaluate(module.Value, BicepLocals.Empty) },
    };

    /// <summary>The values a module's <c>params</c> supply (each with its origin), and where each is written.</summary>
    private (Dictionary<string, Value> Supplied, List<ModuleArgument> Arguments) Arguments(ModuleDeclarationSyntax module, Value body)
    {
        var supplied = new Dictionary<string, Value>(StringComparer.OrdinalIgnoreCase);
        var arguments = new List<ModuleArgument>();
        if (Model.ResourceModelBuilder.Get(body, "params") is ObjectValue parameters)
        {
            foreach (var parameter in parameters.Properties)
            {
                var value = parameter.Value.WithOriginIfNone(
                    new Origin($"parameter '{parameter.Name}' of module '{module.Name.Name}'", parameter.Value.Source ?? parameter.NameSource));
                supplied[parameter.Name] = value;
                if ((parameter.NameSource ?? parameter.Value.Source) is { } at)
                {
                    arguments.Add(new ModuleArgument(parameter.Name, at, value));
                }
            }
        }

        return (supplied, arguments);
    }

    /// <summary>The module's instances, one per iteration (null where the module is skipped or cannot be read).</summary>
    private List<BicepInstance?> ModuleInstances(ModuleDeclarationSyntax module)
    {
        if (moduleInstances.TryGetValue(module, out var cached))
        {
            return cached;
        }

        var result = new List<BicepInstance?>();
        moduleInstances[module] = result;
        if (module.PathValue is not { } path || !IsLocalPath(path))
        {
            // Registry and template-spec modules: see ExternalDeployments.
            return result;
        }

        if (ResolveFrom(File.Path, path) is not { } full)
        {
            host.ReportInvalid(InvalidInputRule.NotUsed(new SourceRef(File, module.Path.Span), $"module path '{path.Replace("\0", "\\0")}'", "is not a valid file path"));
            return result;
        }

        if (full.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return result;
        }

        if (host.IsInstantiating(full))
        {
            host.ReportInvalid(File, module.Path.Span, $"module '{path}' includes itself, directly or through other modules", "the cycle cannot be deployed");
            return result;
        }

        if (host.Refusal(full) is { } refusal)
        {
            host.ReportInvalid(File, module.Path.Span, $"module file '{path}' was not read", refusal);
            return result;
        }

        var tree = host.Load(full);
        if (tree is null)
        {
            host.ReportInvalid(InvalidInputRule.NotUsed(new SourceRef(File, module.Path.Span), $"module file '{path}'", host.WhyNotLoaded(full) ?? "is missing or cannot be read"));
            return result;
        }

        foreach (var body in Bodies(module))
        {
            if (body is null)
            {
                result.Add(null);
                continue;
            }

            result.Add(new BicepInstance(host, tree, Arguments(module, body).Supplied, $"module '{module.Name.Name}'"));
        }

        return result;
    }
}
