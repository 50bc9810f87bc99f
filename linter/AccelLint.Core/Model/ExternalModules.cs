using AccelLint.Text;

namespace AccelLint.Model;

/// <summary>
/// A registry or template-spec module whose template is not available locally (not restored): the
/// resources it deploys were not checked. The front end records it; ACCEL014 reports it.
/// </summary>
/// <param name="ModuleName">The module's symbolic name (<c>vm</c> of <c>module vm '...'</c>).</param>
/// <param name="Reference">The reference as written (<c>br/public:avm/res/compute/virtual-machine:0.21.0</c>).</param>
/// <param name="Location">The module path string.</param>
/// <param name="Reason">Why it is not available (the cache file that is missing, an undefined alias).</param>
public sealed record UnresolvedModule(string ModuleName, string Reference, SourceRef Location, string Reason)
{
    /// <summary>A Bicep registry or template-spec module, or an ARM linked template.</summary>
    public ExternalModuleKind Kind { get; init; } = ExternalModuleKind.BicepModule;
}

/// <summary>What kind of reference an <see cref="UnresolvedModule"/> is.</summary>
public enum ExternalModuleKind
{
    /// <summary>A Bicep <c>br:</c>/<c>ts:</c> module (restored by <c>bicep restore</c>).</summary>
    BicepModule,

    /// <summary>An ARM deployment's <c>templateLink</c> that names no local file.</summary>
    LinkedTemplate,
}

/// <summary>One value a caller passes to a module it cannot edit, and where the caller writes it.</summary>
public sealed record ModuleArgument(string Name, SourceRef At, Value Value);

/// <summary>
/// One deployment of a module the user cannot edit (a restored registry or template-spec module): the
/// file its resources are evaluated from is this call's own copy, so that a finding inside it can be
/// reported at the caller instead: at the argument whose value causes it, else at the declaration.
/// </summary>
public sealed class ExternalModuleCall
{
    public ExternalModuleCall(string moduleName, string reference, SourceRef declaration, IReadOnlyList<ModuleArgument> arguments)
    {
        ModuleName = moduleName;
        Reference = reference;
        Declaration = declaration;
        Arguments = arguments;
    }

    public string ModuleName { get; }

    public string Reference { get; }

    /// <summary>Where the module is declared in the caller (its symbolic name).</summary>
    public SourceRef Declaration { get; }

    public IReadOnlyList<ModuleArgument> Arguments { get; }

    /// <summary>
    /// Where a finding inside the module belongs in the caller: the first argument one of the finding's
    /// values came from (the same value, the same written place or the same origin), else the declaration.
    /// </summary>
    public SourceRef CallerLocation(IEnumerable<Value?> values)
    {
        foreach (var value in values)
        {
            if (value is null)
            {
                continue;
            }

            foreach (var argument in Arguments)
            {
                var passed = argument.Value;
                if (ReferenceEquals(value, passed)
                    || (value.Source is { } source && passed.Source is { } passedSource && source.Equals(passedSource))
                    || (value.Origin is { } origin && ReferenceEquals(origin, passed.Origin)))
                {
                    return argument.At;
                }
            }
        }

        return Declaration;
    }

    /// <summary>The subject of an ACCEL000 finding from inside the module: the module it comes from.</summary>
    public string Subject => $"In module '{ModuleName}' ({Reference}), which cannot be edited here";

    /// <summary>The sentence that ends the message of a rule's finding inside the module.</summary>
    public string Sentence => $" Found in module '{ModuleName}' ({Reference}), which cannot be edited here.";
}
