using AccelLint.Catalog;
using AccelLint.Model;
using AccelLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AccelLint.Analyzers.CSharp;

/// <summary>
/// Reads what an expression is known to be: literals and constants, the SDK's extensible-enum static
/// members (<c>VirtualMachineSizeType.StandardB1S</c>, <c>AzureLocation.EastUS</c>,
/// <c>NetworkInterfaceAuxiliaryMode.AcceleratedConnections</c>) and constructors, implicit string
/// conversions, locals written once, and both arms of a conditional. Anything else is unknown.
/// </summary>
internal sealed class ValueReader
{
    private const int MaxDepth = 16;

    private readonly MethodGraph graph;
    private readonly SdkTypes types;
    private readonly CompilationScope scope;
    private readonly VmSizeCatalog catalog;
    // One map per catalog, shared by every method the analyzer reads (built once, read concurrently).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<VmSizeCatalog, Dictionary<string, string>> SizeMaps = new();

    public ValueReader(MethodGraph graph, SdkTypes types, CompilationScope scope, VmSizeCatalog catalog)
    {
        this.graph = graph;
        this.types = types;
        this.scope = scope;
        this.catalog = catalog;
    }

    public Value Read(IOperation? operation, int depth = 0)
    {
        if (operation is null || depth > MaxDepth)
        {
            return UnknownValue.Instance;
        }

        var value = ReadCore(operation, depth);
        return value.Source is null && !value.IsUnknown ? value.With(source: scope.At(operation.Syntax)) : value;
    }

    private Value ReadCore(IOperation operation, int depth)
    {
        if (operation.ConstantValue is { HasValue: true } constant)
        {
            return constant.Value switch
            {
                string s => new StringValue(s),
                bool b => BoolValue.Of(b),
                int i => new IntValue(i),
                long l => new IntValue(l),
                null => NullValue.Instance,
                _ => UnknownValue.Instance,
            };
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return Read(conversion.Operand, depth + 1);
            case IParenthesizedOperation parenthesized:
                return Read(parenthesized.Operand, depth + 1);
            case IPropertyReferenceOperation { Instance: null, Property: { IsStatic: true } property }:
                return StaticMember(property);
            case IObjectCreationOperation { Arguments.Length: >= 1 } creation when IsValueType(creation.Type) && creation.Arguments[0].Parameter?.Type.SpecialType == SpecialType.System_String:
                // new VirtualMachineSizeType("Standard_D4s_v5"), new AzureLocation("brazilsouth"[, "Brazil South"]).
                return Read(creation.Arguments[0].Value, depth + 1);
            case IInvocationOperation { TargetMethod: { Name: "ToString", Parameters.Length: 0 }, Instance: { } instance } when IsValueType(instance.Type) || instance.Type?.SpecialType == SpecialType.System_String:
                // VirtualMachineSizeType.StandardD2SV3.ToString() (ComputeSku.Name is a string).
                return Read(instance, depth + 1);
            case ILocalReferenceOperation local when graph.SingleValue(local.Local) is { } single:
                var syntax = local.Local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
                var origin = new Origin($"local '{local.Local.Name}'", syntax is null ? null : scope.At(syntax));
                return Read(single, depth + 1).WithOriginIfNone(origin);
            case IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field } when FieldInitializer(field, operation) is { } initializer:
                {
                    var declared = field.DeclaringSyntaxReferences[0].GetSyntax();
                    return Read(initializer, depth + 1).WithOriginIfNone(new Origin($"field '{field.Name}'", scope.At(declared)));
                }

            case IParameterReferenceOperation parameter when graph.ArgumentFor(parameter.Parameter) is { } argument:
                return Read(argument, depth + 1).WithOriginIfNone(new Origin($"parameter '{parameter.Parameter.Name}'", scope.At(argument.Syntax)));
            case IParameterReferenceOperation parameter when depth < MaxDepth / 2:
                return CallSites(parameter, depth);
            case ISwitchExpressionOperation switchExpression:
                return Switch(switchExpression, depth);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                {
                    var condition = Read(conditional.Condition, depth + 1);
                    if (condition is BoolValue known)
                    {
                        return Read(known.Value ? conditional.WhenTrue : whenFalse, depth + 1);
                    }

                    return OneOfValue.Create(new[] { Read(conditional.WhenTrue, depth + 1), Read(whenFalse, depth + 1) });
                }

            default:
                return UnknownValue.Instance;
        }
    }

    /// <summary>
    /// A <c>static readonly</c> field's initializer, in any file of the compilation, when no static
    /// constructor can assign it again.
    /// </summary>
    private IOperation? FieldInitializer(IFieldSymbol field, IOperation reference)
    {
        if (field.DeclaringSyntaxReferences.Length != 1 || field.ContainingType.StaticConstructors.Any(c => !c.IsImplicitlyDeclared)
            || reference.SemanticModel is not { } model)
        {
            return null;
        }

        var declarator = field.DeclaringSyntaxReferences[0].GetSyntax();
        if (scope.ModelOf(declarator.SyntaxTree, model) is not { } declaringModel)
        {
            return null;
        }

        foreach (var child in declarator.ChildNodes())
        {
            if (declaringModel.GetOperation(child) is IFieldInitializerOperation { Value: { } value })
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// A parameter of the method being read, bound at the calls of that method in the compilation (any
    /// file; see <see cref="CompilationScope.CallsOf"/>): each constant argument is a choice of the
    /// parameter (SPEC §1 v2), so a finding is reported once per distinct value, names it and points at
    /// the argument. Unknown when the method is not called, or when any call passes a value that is not
    /// known (the method may be called with anything).
    /// </summary>
    private Value CallSites(IParameterReferenceOperation reference, int depth)
    {
        var parameter = reference.Parameter;
        if (parameter.ContainingSymbol is not IMethodSymbol method || reference.SemanticModel is not { } model
            || method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction)
            || (model.Compilation.Options.OutputKind == OutputKind.DynamicallyLinkedLibrary && IsVisibleOutside(method)))
        {
            // A method other assemblies can call may be called with anything.
            return UnknownValue.Instance;
        }

        var point = new ChoicePoint($"parameter '{parameter.Name}' of '{method.Name}'", parameter.DeclaringSyntaxReferences.FirstOrDefault() is { } declared ? scope.At(declared.GetSyntax()) : null, IsParameter: true);
        var values = new List<Value>();
        foreach (var call in scope.CallsOf(method))
        {
            var argument = call.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter?.OriginalDefinition, parameter.OriginalDefinition));
            if (argument is null || argument.ArgumentKind != ArgumentKind.Explicit)
            {
                return UnknownValue.Instance;
            }

            var value = Read(argument.Value, depth + 1);
            if (value.IsUnknown || value.AsString() is not { } member && value is not BoolValue)
            {
                return UnknownValue.Instance;
            }

            var located = value.With(source: scope.At(argument.Value.Syntax));
            values.Add(located.WithChoices(Choices.Of(new Choice(point with { Source = scope.At(argument.Syntax) }, (value.AsString() ?? value.ToString())!, IsDefault: false))) ?? located);
        }

        return values.Count == 0 ? UnknownValue.Instance : OneOfValue.Create(values);
    }

    private static bool IsVisibleOutside(ISymbol symbol)
    {
        for (ISymbol? current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A switch expression: with a known input, the arm it takes (constant patterns, then the discard);
    /// otherwise each arm is a choice of the switch (SPEC §1 v2), so a finding names the arm it needs.
    /// </summary>
    private Value Switch(ISwitchExpressionOperation switchExpression, int depth)
    {
        var input = Read(switchExpression.Value, depth + 1);
        if (!input.IsUnknown && input.Candidates.Count() == 1 && input.Choices.IsEmpty)
        {
            foreach (var arm in switchExpression.Arms)
            {
                if (arm.Guard is null && (arm.Pattern is IDiscardPatternOperation
                    || (arm.Pattern is IConstantPatternOperation constant && ValueEquality.DeepEquals(Read(constant.Value, depth + 1), input, ignoreCase: false))))
                {
                    return Read(arm.Value, depth + 1);
                }
            }
        }

        var start = switchExpression.Syntax.GetLocation().GetLineSpan().StartLinePosition;
        var point = new ChoicePoint(
            $"the switch at {Path.GetFileName(switchExpression.Syntax.SyntaxTree.FilePath)}({start.Line + 1},{start.Character + 1})",
            scope.At(switchExpression.Syntax),
            IsParameter: false);
        var arms = new List<Value>();
        foreach (var arm in switchExpression.Arms)
        {
            var value = Read(arm.Value, depth + 1);
            arms.Add(value.WithChoices(Choices.Of(new Choice(point, arm.Pattern.Syntax.ToString(), IsDefault: false))) ?? value);
        }

        return OneOfValue.Create(arms);
    }

    /// <summary>An extensible-enum static member: its name is its value, except sizes (catalog spelling) and locations (lower case).</summary>
    private Value StaticMember(IPropertySymbol property)
    {
        var owner = property.ContainingType;
        if (!SymbolEqualityComparer.Default.Equals(property.Type.OriginalDefinition, owner.OriginalDefinition))
        {
            return UnknownValue.Instance;
        }

        if (SdkTypes.Is(owner, types.VmSizeType))
        {
            return SizeOf(property.Name) is { } size ? new StringValue(size) : UnknownValue.Instance;
        }

        if (SdkTypes.Is(owner, types.AzureLocation))
        {
            return new StringValue(property.Name.ToLowerInvariant());
        }

        return new StringValue(property.Name);
    }

    private bool IsValueType(ITypeSymbol? type) =>
        type is not null && (SdkTypes.Is(type, types.VmSizeType) || SdkTypes.Is(type, types.AzureLocation)
            || (type.IsValueType && type.ContainingNamespace?.ToDisplayString().StartsWith("Azure.", StringComparison.Ordinal) == true));

    /// <summary>
    /// <c>StandardD2SV3</c> is <c>Standard_D2s_v3</c>: the SDK drops underscores and hyphens and
    /// capitalises tokens, so members match catalog names compared without them, ignoring case.
    /// </summary>
    private string? SizeOf(string member)
    {
        var map = SizeMaps.GetValue(catalog, c =>
        {
            var built = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var size in c.Sizes)
            {
                built[Squash(size.Name)] = size.Name;
            }

            return built;
        });
        return map.TryGetValue(member, out var name) ? name : null;
    }

    private static string Squash(string name) => name.Replace("_", string.Empty).Replace("-", string.Empty);

    public static TextSpan ToSpan(SyntaxNode syntax) => new(syntax.Span.Start, syntax.Span.Length);
}
