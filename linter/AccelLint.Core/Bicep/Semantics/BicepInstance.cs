using AccelLint.Bicep.Syntax;
using AccelLint.Evaluation;
using AccelLint.Model;
using AccelLint.Text;

namespace AccelLint.Bicep.Semantics;

/// <summary>
/// One instantiation of a Bicep file: its symbols evaluated with the parameter values a caller
/// (a module statement, a <c>.bicepparam</c>) supplies. Parameters: the supplied value, else the
/// <c>@allowed</c> values or literal-union type as a candidate set, else the default, else unknown.
/// </summary>
internal sealed partial class BicepInstance
{
    private readonly BicepHost host;
    private readonly IReadOnlyDictionary<string, Value> supplied;
    private readonly Dictionary<string, StatementSyntax> symbols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Path, string Name)> importedSymbols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> wildcardImports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Reference, string Name)> registryImports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> registryWildcards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Value> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> evaluating = new(StringComparer.Ordinal);

    /// <param name="isEntry">
    /// The file is deployed on its own (or with a .bicepparam), not called as a module: its
    /// parameters are the deployer's choices (SPEC §1); a module's caller fixes what it leaves out.
    /// </param>
    public BicepInstance(BicepHost host, BicepSyntaxTree tree, IReadOnlyDictionary<string, Value> supplied, string description, bool isEntry = false)
    {
        IsEntry = isEntry;
        this.host = host;
        Tree = tree;
        this.supplied = supplied;
        Description = description;
        foreach (var statement in tree.Root.Statements)
        {
            switch (statement)
            {
                case DeclarationSyntax declaration when !declaration.Name.IsMissing && declaration is not OutputDeclarationSyntax:
                    symbols[declaration.Name.Name] = declaration;
                    break;
                case ImportDeclarationSyntax import when import.FromPath is { } from && IsLocalPath(from) && ResolveFrom(tree.File.Path, from) is { } path && host.Refusal(path) is { } refusal:
                    host.ReportInvalid(tree.File, import.From.Span, $"import file '{from}' was not read", refusal);
                    break;
                case ImportDeclarationSyntax import when import.FromPath is { } from && IsLocalPath(from) && ResolveFrom(tree.File.Path, from) is { } path:
                    if (import.IsWildcard && import.WildcardAlias is { IsMissing: false } alias)
                    {
                        wildcardImports[alias.Name] = path;
                    }

                    foreach (var symbol in import.Symbols)
                    {
                        if (symbol.Name is { } original && symbol.LocalName is { } local)
                        {
                            importedSymbols[local] = (path, original);
                        }
                    }

                    break;
                case ImportDeclarationSyntax import when import.FromPath is { } from && Registry.ExternalModuleReference.IsExternal(from):
                    // Variables exported by a restored registry or template-spec module (its compiled
                    // 'variables'); types and functions from it are unknown, which changes no value.
                    if (import.IsWildcard && import.WildcardAlias is { IsMissing: false } registryAlias)
                    {
                        registryWildcards[registryAlias.Name] = from;
                    }

                    foreach (var symbol in import.Symbols)
                    {
                        if (symbol.Name is { } original && symbol.LocalName is { } local)
                        {
                            registryImports[local] = (from, original);
                        }
                    }

                    break;
            }
        }
    }

    public BicepSyntaxTree Tree { get; }

    public SourceFile File => Tree.File;

    /// <summary>An ACCEL000 finding in this file: input the evaluation cannot go through.</summary>
    public void ReportInvalid(TextSpan span, string subject, string problem) => host.ReportInvalid(File, span, subject, problem);

    public string Description { get; }

    public static bool IsLocalPath(string path) =>
        !path.StartsWith("br:", StringComparison.OrdinalIgnoreCase) && !path.StartsWith("br/", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWith("ts:", StringComparison.OrdinalIgnoreCase) && !path.StartsWith("ts/", StringComparison.OrdinalIgnoreCase)
        && path.IndexOf("://", StringComparison.Ordinal) < 0;

    public string Resolve(string relative) => ResolveFrom(File.Path, relative) ?? relative;

    /// <summary>A path relative to a file, made full; null when it is not a valid path (a NUL, say).</summary>
    public static string? ResolveFrom(string file, string relative)
    {
        if (relative.IndexOf('\0') >= 0)
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? ".", relative.Replace('\\', '/')));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    /// <summary>The value of a name: a local, a parameter, variable, resource, module or imported symbol; unknown otherwise.</summary>
    public Value Lookup(string name, BicepLocals locals)
    {
        if (locals.TryGet(name, out var local))
        {
            return local;
        }

        if (values.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (symbols.TryGetValue(name, out var declaration))
        {
            if (!evaluating.Add(name))
            {
                if (declaration is VariableDeclarationSyntax or ParameterDeclarationSyntax)
                {
                    host.ReportInvalid(File, ((DeclarationSyntax)declaration).Name.Span, $"'{name}' refers to itself through a cycle of declarations", "it cannot be evaluated");
                }

                return UnknownValue.Instance;
            }

            try
            {
                var value = declaration switch
                {
                    ParameterDeclarationSyntax parameter => Parameter(parameter),
                    VariableDeclarationSyntax variable => Evaluate(variable.Value, BicepLocals.Empty)
                        .WithOriginIfNone(new Origin($"variable '{name}'", new SourceRef(File, variable.Name.Span))),
                    ParameterAssignmentSyntax assignment => Evaluate(assignment.Value, BicepLocals.Empty)
                        .With(origin: new Origin($"parameter '{name}' in {Path.GetFileName(File.Path)}", new SourceRef(File, assignment.Value.Span))),
                    ResourceDeclarationSyntax resource => ResourceSymbol(resource),
                    ModuleDeclarationSyntax module => ModuleSymbol(module),
                    _ => UnknownValue.Instance,
                };
                values[name] = value;
                return value;
            }
            finally
            {
                evaluating.Remove(name);
            }
        }

        if (importedSymbols.TryGetValue(name, out var imported) && !host.IsInstantiating(imported.Path))
        {
            return host.ImportInstance(imported.Path)?.Lookup(imported.Name, BicepLocals.Empty) ?? UnknownValue.Instance;
        }

        if (registryImports.TryGetValue(name, out var fromRegistry))
        {
            return host.RegistryImport(File.Path, fromRegistry.Reference)?.Variable(fromRegistry.Name) ?? UnknownValue.Instance;
        }

        return UnknownValue.Instance;
    }

    /// <summary>A user-defined function (<c>func</c>) of this file or imported into it, with the instance that owns it.</summary>
    public (BicepInstance Owner, FunctionDeclarationSyntax Function)? FindFunction(string name, string? ns)
    {
        if (ns is not null)
        {
            return wildcardImports.TryGetValue(ns, out var path) && host.ImportInstance(path) is { } owner ? owner.FindFunction(name, null) : null;
        }

        if (symbols.TryGetValue(name, out var declaration) && declaration is FunctionDeclarationSyntax function)
        {
            return (this, function);
        }

        if (importedSymbols.TryGetValue(name, out var imported) && host.ImportInstance(imported.Path) is { } importedOwner)
        {
            return importedOwner.FindFunction(imported.Name, null);
        }

        return null;
    }

    /// <summary><c>alias.name</c> for <c>import * as alias from ...</c>.</summary>
    public Value? WildcardMember(string alias, string name) =>
        wildcardImports.TryGetValue(alias, out var path) ? host.ImportInstance(path)?.Lookup(name, BicepLocals.Empty) ?? UnknownValue.Instance
        : registryWildcards.TryGetValue(alias, out var reference) ? host.RegistryImport(File.Path, reference)?.Variable(name) ?? UnknownValue.Instance
        : null;

    public bool IsWildcardAlias(string name) => wildcardImports.ContainsKey(name) || registryWildcards.ContainsKey(name);

    public Value Output(string name)
    {
        var output = Tree.Root.Outputs.FirstOrDefault(o => o.Name.Name == name);
        return output is null ? UnknownValue.Instance : Evaluate(output.Value, BicepLocals.Empty);
    }

    public bool IsEntry { get; }

    private Value Parameter(ParameterDeclarationSyntax parameter)
    {
        string name = parameter.Name.Name;

        // A caller's null means "use the default", as for ARM parameters.
        if (supplied.TryGetValue(name, out var value) && !(value.Kind == ValueKind.Null && parameter.DefaultValue is not null))
        {
            return value;
        }

        Value? defaultValue = parameter.DefaultValue is { } written ? Evaluate(written, BicepLocals.Empty) : null;
        if (!IsEntry)
        {
            // The caller left it out: the default is what deploys (the caller fixed the choice).
            return defaultValue?.WithOriginIfNone(new Origin($"parameter '{name}'", new SourceRef(File, parameter.DefaultValue!.Span)))
                ?? UnknownValue.Because($"parameter '{name}' has no default and {Description} does not supply it")
                    .With(origin: new Origin($"parameter '{name}' of {Description}", new SourceRef(File, parameter.Name.Span)));
        }

        if (parameter.GetDecorator("allowed") is { Arguments.Count: > 0 } allowed && allowed.Arguments[0] is ArraySyntax list && list.Items.Count > 0)
        {
            var source = new SourceRef(File, allowed.Span);
            var candidates = list.Items.Select(i => Evaluate(i, BicepLocals.Empty)).ToList();
            return ParameterChoices.Of(name, source, candidates, defaultValue, new Origin($"parameter '{name}'", source, IsCandidateSet: true));
        }

        if (parameter.Type is { } type && LiteralUnion(type, 0) is { Count: > 0 } union)
        {
            var source = new SourceRef(File, type.Span);
            return ParameterChoices.Of(name, source, union, defaultValue, new Origin($"parameter '{name}'", source, IsCandidateSet: true));
        }

        if (defaultValue is not null)
        {
            var source = new SourceRef(File, parameter.DefaultValue!.Span);
            return ParameterChoices.Default(name, source, defaultValue).WithOriginIfNone(new Origin($"parameter '{name}'", source));
        }

        return UnknownValue.Because($"parameter '{name}' has no default value and nothing supplies it")
            .With(origin: new Origin($"parameter '{name}'", new SourceRef(File, parameter.Name.Span)));
    }

    /// <summary>The literal members of a union type (<c>'a' | 'b'</c>, through type aliases); null when it is not one.</summary>
    private List<Value>? LiteralUnion(TypeSyntax type, int depth)
    {
        if (depth > 16)
        {
            return null;
        }

        switch (type)
        {
            case UnionTypeSyntax union:
                var result = new List<Value>();
                foreach (var member in union.Members)
                {
                    if (member is LiteralTypeSyntax literal && literal.Literal is StringSyntax or IntegerLiteralSyntax or BooleanLiteralSyntax)
                    {
                        result.Add(Evaluate(literal.Literal, BicepLocals.Empty));
                    }
                    else if (member is LiteralTypeSyntax { Literal: NullLiteralSyntax })
                    {
                        continue;
                    }
                    else if (LiteralUnion(member, depth + 1) is { } nested)
                    {
                        result.AddRange(nested);
                    }
                    else
                    {
                        return null;
                    }
                }

                return result;
            case NullableTypeSyntax nullable:
                return LiteralUnion(nullable.BaseType, depth + 1);
            case ParenthesizedTypeSyntax parenthesized:
                return LiteralUnion(parenthesized.Type, depth + 1);
            case TypePropertyAccessSyntax { BaseType: TypeReferenceSyntax alias } access when wildcardImports.TryGetValue(alias.Name, out var wildcardPath) && host.ImportInstance(wildcardPath) is { } wildcardOwner:
                // ns.type for 'import * as ns from ...'.
                return wildcardOwner.symbols.TryGetValue(access.PropertyName, out var importedMember) && importedMember is TypeDeclarationSyntax memberAlias
                    ? wildcardOwner.LiteralUnion(memberAlias.Value, depth + 1)
                    : null;
            case TypeReferenceSyntax reference when symbols.TryGetValue(reference.Name, out var declaration) && declaration is TypeDeclarationSyntax alias:
                return LiteralUnion(alias.Value, depth + 1);
            case TypeReferenceSyntax reference when importedSymbols.TryGetValue(reference.Name, out var imported) && host.ImportInstance(imported.Path) is { } owner:
                return owner.symbols.TryGetValue(imported.Name, out var importedDeclaration) && importedDeclaration is TypeDeclarationSyntax importedAlias
                    ? owner.LiteralUnion(importedAlias.Value, depth + 1)
                    : null;
            default:
                return null;
        }
    }
}
