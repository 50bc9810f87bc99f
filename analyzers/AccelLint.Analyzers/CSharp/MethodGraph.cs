using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AccelLint.Analyzers.CSharp;

/// <summary>
/// Follows what one method (an operation block) does to objects: creations with their initializers
/// and constructor arguments, later property assignments (<c>vm.HardwareProfile.VmSize = ...</c>),
/// <c>Add</c> calls and indexer writes, through locals. Built only for methods that create an SDK type.
/// </summary>
internal sealed class MethodGraph
{
    private readonly Dictionary<IOperation, ObjectNode> nodes = new();
    private readonly Dictionary<ILocalSymbol, IOperation?> localInitializers = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, int> localWrites = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, ObjectNode> localNodes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, HashSet<ILocalSymbol>> localDependencies = new(SymbolEqualityComparer.Default);

    public MethodGraph(IEnumerable<IOperation> blocks)
    {
        var operations = blocks.SelectMany(b => b.DescendantsAndSelf()).ToList();

        foreach (var operation in operations)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    var initializer = declarator.Initializer?.Value ?? declarator.GetVariableInitializer()?.Value;
                    localInitializers[declarator.Symbol] = initializer;
                    localWrites[declarator.Symbol] = initializer is null ? 0 : 1;
                    if (initializer is not null)
                    {
                        localDependencies[declarator.Symbol] = LocalsIn(initializer);
                    }

                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment:
                    localWrites[local.Local] = localWrites.TryGetValue(local.Local, out int count) ? count + 1 : 1;
                    localInitializers[local.Local] = assignment.Value;
                    localDependencies[local.Local] = LocalsIn(assignment.Value);
                    break;
            }
        }

        // Objects first (with their initializers), then what statements do to them, in source order.
        foreach (var operation in operations)
        {
            if (operation is IObjectCreationOperation creation)
            {
                Node(creation);
            }
        }

        foreach (var operation in operations)
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation assignment when assignment.Parent is not IObjectOrCollectionInitializerOperation:
                    if (assignment.Target is IPropertyReferenceOperation target && Resolve(target.Instance) is { } owner)
                    {
                        Write(owner, target, assignment.Value, assignment.Syntax);
                    }

                    break;
                case IInvocationOperation { TargetMethod.Name: "Add" } invocation when invocation.Parent is not IObjectOrCollectionInitializerOperation:
                    if (Resolve(invocation.Instance) is { } collection)
                    {
                        Add(collection, invocation);
                    }

                    break;
            }
        }
    }

    /// <summary>Every object node created in the method.</summary>
    public IEnumerable<ObjectNode> Nodes => nodes.Values;

    /// <summary>The value a local holds when it is written exactly once (its declaration or one assignment).</summary>
    public IOperation? SingleValue(ILocalSymbol local) =>
        localWrites.TryGetValue(local, out int writes) && writes == 1 && localInitializers.TryGetValue(local, out var value) ? value : null;

    /// <summary>Locals whose value derives from <paramref name="local"/> (it included), e.g. <c>var nic = Create(..., nicData)</c>.</summary>
    public HashSet<ILocalSymbol> Dependents(ILocalSymbol local)
    {
        var result = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default) { local };
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var pair in localDependencies)
            {
                if (!result.Contains(pair.Key) && pair.Value.Overlaps(result))
                {
                    result.Add(pair.Key);
                    changed = true;
                }
            }
        }

        return result;
    }

    public static HashSet<ILocalSymbol> LocalsIn(IOperation operation) =>
        new(operation.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Select(l => l.Local), SymbolEqualityComparer.Default);

    private ObjectNode Node(IObjectCreationOperation creation)
    {
        if (nodes.TryGetValue(creation, out var existing))
        {
            return existing;
        }

        var node = new ObjectNode(creation.Type, creation.Syntax);
        nodes[creation] = node;
        if (creation.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
        {
            node.Local = declarator.Symbol;
            localNodes[declarator.Symbol] = node;
        }
        else if (Unwrap(creation.Parent) is ISimpleAssignmentOperation { Target: ILocalReferenceOperation local })
        {
            node.Local = local.Local;
            localNodes[local.Local] = node;
        }

        // Constructor arguments set the property of the same name (name, location, ...).
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { } parameter && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                Set(node, parameter.Name, argument.Value, argument.Syntax);
            }
        }

        if (creation.Initializer is { } initializer)
        {
            Apply(node, initializer);
        }

        return node;
    }

    private void Apply(ObjectNode node, IObjectOrCollectionInitializerOperation initializer)
    {
        foreach (var element in initializer.Initializers)
        {
            switch (element)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment:
                    Write(node, target, assignment.Value, assignment.Syntax);
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member, Initializer: { } inner }:
                    Apply(node.Child(member.Property.Name), inner);
                    break;
                case IInvocationOperation invocation:
                    Add(node, invocation);
                    break;
            }
        }
    }

    /// <summary><c>owner.Property = value</c>, or <c>owner[key] = value</c> for an indexer.</summary>
    private void Write(ObjectNode owner, IPropertyReferenceOperation target, IOperation value, SyntaxNode syntax)
    {
        if (target.Property.IsIndexer && target.Arguments.Length == 1)
        {
            owner.Entries.Add(new Entry(target.Arguments[0].Value, value, syntax));
        }
        else
        {
            Set(owner, target.Property.Name, value, syntax);
        }
    }

    private void Set(ObjectNode owner, string name, IOperation value, SyntaxNode syntax)
    {
        var child = Resolve(value);
        if (child is null && owner.Properties.TryGetValue(name, out var existing))
        {
            child = existing.Child;
        }

        owner.Properties[name] = new Assignment(value, syntax, child);
    }

    private void Add(ObjectNode collection, IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.Name != "Add")
        {
            return;
        }

        if (invocation.Arguments.Length == 1)
        {
            var item = invocation.Arguments[0].Value;
            collection.Items.Add((item, Resolve(item)));
        }
        else if (invocation.Arguments.Length == 2)
        {
            collection.Entries.Add(new Entry(invocation.Arguments[0].Value, invocation.Arguments[1].Value, invocation.Syntax));
        }
    }

    /// <summary>The object an expression stands for: a creation, a local holding one, or a property of one.</summary>
    public ObjectNode? Resolve(IOperation? operation)
    {
        switch (Unwrap(operation))
        {
            case IObjectCreationOperation creation:
                return Node(creation);
            case ILocalReferenceOperation local:
                if (localNodes.TryGetValue(local.Local, out var node))
                {
                    return node;
                }

                return SingleValue(local.Local) is IObjectCreationOperation created ? Node(created) : null;
            case IPropertyReferenceOperation { Property.IsIndexer: false } property when Resolve(property.Instance) is { } owner:
                return owner.Child(property.Property.Name);
            default:
                return null;
        }
    }

    /// <summary>Looks through conversions (implicit string to SDK struct, nullable wrapping) and parentheses.</summary>
    public static IOperation? Unwrap(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }
}
