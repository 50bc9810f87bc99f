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
    private readonly Dictionary<ISymbol, ObjectNode> memberNodes = new(SymbolEqualityComparer.Default);

    /// <summary>How many helper frames deep a method's returned objects are followed (bounded work).</summary>
    internal const int MaxHelperDepth = 3;

    private readonly int depth;
    private readonly MethodGraph root;
    private readonly Dictionary<IMethodSymbol, ObjectNode?> helperResults = new(SymbolEqualityComparer.Default);

    /// <summary>On the top graph: the helper graphs followed, and the arguments their parameters were bound to.</summary>
    private readonly List<MethodGraph> helpers = new();
    private readonly Dictionary<IParameterSymbol, IOperation> arguments = new(SymbolEqualityComparer.Default);

    public MethodGraph(IEnumerable<IOperation> blocks, CompilationScope scope, int depth = 0, MethodGraph? root = null)
    {
        Scope = scope;
        this.depth = depth;
        this.root = root ?? this;
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
                case ILocalReferenceOperation reference when IsOtherWrite(reference):
                    // Compound assignment, ++/--, ref/out argument, deconstruction, ref alias: the value is not the one written.
                    localWrites[reference.Local] = 2;
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

        // A dictionary (Tags) handed to other code, aliased, or changed other than by Add and indexer
        // writes holds entries this method cannot see: what it holds is unknown.
        foreach (var operation in operations)
        {
            if (operation is IPropertyReferenceOperation { Property.IsIndexer: false } reference && IsDictionary(reference.Type) && Escapes(reference)
                && Resolve(reference) is { } dictionary)
            {
                dictionary.Escaped = true;
            }
        }
    }

    /// <summary>
    /// <c>OperationKind.CollectionExpression</c> (Roslyn 4.9+), looked up by name: the analyzer compiles
    /// against Roslyn 4.8, where collection expressions have no operation of their own (kind None).
    /// </summary>
    internal static readonly OperationKind CollectionExpressionKind =
        Enum.TryParse<OperationKind>("CollectionExpression", out var kind) ? kind : (OperationKind)(-1);

    private static bool IsDictionary(ITypeSymbol? type) =>
        type is not null && (IsGenericDictionary(type) || type.AllInterfaces.Any(IsGenericDictionary));

    private static bool IsGenericDictionary(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "IDictionary", Arity: 2 } named && named.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic";

    /// <summary>The value is used other than to read a member, write an entry or Add one.</summary>
    private static bool Escapes(IOperation reference)
    {
        IOperation current = reference;
        var parent = current.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            current = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IArgumentOperation => true,
            IInvocationOperation invocation => ReferenceEquals(invocation.Instance, current)
                && invocation.TargetMethod.Name is not ("Add" or "ContainsKey" or "TryGetValue" or "GetEnumerator" or "ToString" or "GetHashCode" or "Equals"),
            IVariableInitializerOperation => true,
            ISimpleAssignmentOperation assignment => ReferenceEquals(assignment.Value, current),
            IReturnOperation => true,
            IArrayInitializerOperation => true,
            { Kind: var kind } when kind == CollectionExpressionKind => true,
            IAnonymousObjectCreationOperation => true,
            ITupleOperation => true,
            _ => false,
        };
    }

    /// <summary>Every object node created in the method.</summary>
    public IEnumerable<ObjectNode> Nodes => nodes.Values;

    /// <summary>
    /// Objects that followed helpers returned into locals of this method (<c>var nicData = Nic("web")</c>,
    /// <c>var nic = nics.CreateOrUpdate("web", Nic("web"))</c>): modelled here like the method's own,
    /// and linked through the locals that hold them.
    /// </summary>
    public IEnumerable<ObjectNode> ReturnedNodes => ReturnedHolders().Keys;

    private Dictionary<ObjectNode, List<ILocalSymbol>>? returnedHolders;

    private Dictionary<ObjectNode, List<ILocalSymbol>> ReturnedHolders()
    {
        if (returnedHolders is null)
        {
            var map = new Dictionary<ObjectNode, List<ILocalSymbol>>();
            foreach (var pair in localInitializers.ToList())
            {
                foreach (var call in pair.Value?.DescendantsAndSelf().OfType<IInvocationOperation>() ?? Enumerable.Empty<IInvocationOperation>())
                {
                    if (Returned(call) is { } node && (node.Creation is not { } created || !nodes.ContainsKey(created)))
                    {
                        map.AddTo(node, pair.Key);
                    }
                }
            }

            returnedHolders = map;
        }

        return returnedHolders;
    }

    public CompilationScope Scope { get; }

    /// <summary>The value a local holds when it is written exactly once (its declaration or one assignment).</summary>
    public IOperation? SingleValue(ILocalSymbol local)
    {
        if (localWrites.TryGetValue(local, out int writes))
        {
            return writes == 1 && localInitializers.TryGetValue(local, out var value) ? value : null;
        }

        // A local of a helper method this graph followed.
        foreach (var helper in root.helpers)
        {
            if (!ReferenceEquals(helper, this) && helper.localWrites.ContainsKey(local))
            {
                return helper.SingleValue(local);
            }
        }

        return null;
    }

    /// <summary>The argument a followed helper's parameter was called with, in this method.</summary>
    public IOperation? ArgumentFor(IParameterSymbol parameter) =>
        root.arguments.TryGetValue(parameter.OriginalDefinition, out var argument) ? argument : null;

    /// <summary>Locals whose value derives from <paramref name="local"/> (it included), e.g. <c>var nic = Create(..., nicData)</c>.</summary>
    public HashSet<ILocalSymbol> Dependents(ILocalSymbol local)
    {
        var result = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        AddDependents(local, result);
        return result;
    }

    /// <summary>
    /// Adds <paramref name="local"/> and every local derived from it, by a walk over the reverse
    /// dependency edges (built once per method): each local and edge is visited once, so linking
    /// every NIC of a method costs time linear in the method, not quadratic.
    /// </summary>
    private void AddDependents(ILocalSymbol local, HashSet<ILocalSymbol> result)
    {
        var reverse = ReverseDependencies();
        var pending = new Stack<ILocalSymbol>();
        if (result.Add(local))
        {
            pending.Push(local);
        }

        while (pending.Count > 0)
        {
            if (!reverse.TryGetValue(pending.Pop(), out var derived))
            {
                continue;
            }

            foreach (var next in derived)
            {
                if (result.Add(next))
                {
                    pending.Push(next);
                }
            }
        }
    }

    private Dictionary<ILocalSymbol, List<ILocalSymbol>>? reverseDependencies;

    /// <summary>For each local, the locals whose (last) value reads it.</summary>
    private Dictionary<ILocalSymbol, List<ILocalSymbol>> ReverseDependencies()
    {
        if (reverseDependencies is null)
        {
            var reverse = new Dictionary<ILocalSymbol, List<ILocalSymbol>>(SymbolEqualityComparer.Default);
            foreach (var pair in localDependencies)
            {
                foreach (var used in pair.Value)
                {
                    reverse.AddTo(used, pair.Key);
                }
            }

            reverseDependencies = reverse;
        }

        return reverseDependencies;
    }

    private Dictionary<IOperation, List<ILocalSymbol>>? creationHolders;

    /// <summary>For each object creation inside a local's (last) value, that local: one pass over the values.</summary>
    private Dictionary<IOperation, List<ILocalSymbol>> CreationHolders()
    {
        if (creationHolders is null)
        {
            var map = new Dictionary<IOperation, List<ILocalSymbol>>();
            foreach (var pair in localInitializers)
            {
                if (pair.Value is null)
                {
                    continue;
                }

                foreach (var creation in pair.Value.DescendantsAndSelf())
                {
                    if (creation is not IObjectCreationOperation)
                    {
                        continue;
                    }

                    map.AddTo(creation, pair.Key);
                }
            }

            creationHolders = map;
        }

        return creationHolders;
    }

    /// <summary>
    /// The expression reads something the method did not compute: a parameter, a field, a property of
    /// <c>this</c>, or a local whose value (followed through single writes) does. Such an id names an
    /// object made elsewhere.
    /// </summary>
    public bool ComesFromOutside(IOperation operation, int depth = 0)
    {
        if (depth > 16)
        {
            return true;
        }

        foreach (var part in operation.DescendantsAndSelf())
        {
            switch (part)
            {
                case IParameterReferenceOperation:
                case IFieldReferenceOperation { Field.IsConst: false }:
                case IInstanceReferenceOperation:
                case IPropertyReferenceOperation { Instance: null }:
                    return true;
                case ILocalReferenceOperation local:
                    if (SingleValue(local.Local) is not { } value || ComesFromOutside(value, depth + 1))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>A local changed other than by a plain assignment or its declaration.</summary>
    private static bool IsOtherWrite(ILocalReferenceOperation reference)
    {
        IOperation current = reference;
        var parent = current.Parent;

        // A local inside a tuple on the left of a deconstruction: (a, b) = ...
        while (parent is ITupleOperation)
        {
            current = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            ICompoundAssignmentOperation compound => ReferenceEquals(compound.Target, current),
            ICoalesceAssignmentOperation coalesce => ReferenceEquals(coalesce.Target, current),
            IIncrementOrDecrementOperation => true,
            IDeconstructionAssignmentOperation deconstruction => ReferenceEquals(deconstruction.Target, current),
            IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } => true,
            ISimpleAssignmentOperation { IsRef: true } assignment => ReferenceEquals(assignment.Value, current),
            IVariableInitializerOperation when reference.Local.RefKind == RefKind.None && parent.Parent is IVariableDeclaratorOperation { Symbol.RefKind: not RefKind.None } => true,
            _ => false,
        };
    }

    /// <summary>
    /// Locals whose value derives from the object: the local that holds it, a local whose value
    /// contains its creation (<c>var nic = nics.CreateOrUpdate("nic", new NetworkInterfaceData { ... })</c>),
    /// and the locals derived from those.
    /// </summary>
    public HashSet<ILocalSymbol> Holders(ObjectNode node)
    {
        var result = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        if (node.Local is { } local)
        {
            AddDependents(local, result);
        }

        if (node.Creation is { } creation && CreationHolders().TryGetValue(creation, out var holders))
        {
            foreach (var holder in holders)
            {
                AddDependents(holder, result);
            }
        }

        if (ReturnedHolders().TryGetValue(node, out var receivers))
        {
            foreach (var receiver in receivers)
            {
                AddDependents(receiver, result);
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

        var node = new ObjectNode(creation.Type, creation.Syntax, creation);
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
        else if (Unwrap(creation.Parent) is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } && OwnMember(target) is { } member)
        {
            // this.vm = new VirtualMachineData(...) in a constructor: later writes through the field reach it.
            memberNodes[member] = node;
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
            if (Unwrap(item) is ILocalReferenceOperation iteration && ForEachElements(iteration) is { } elements)
            {
                // foreach (var c in configs) profile.NetworkInterfaceConfigurations.Add(c): every element is added.
                foreach (var element in elements)
                {
                    collection.Items.Add((element, Resolve(element)));
                }

                return;
            }

            collection.Items.Add((item, Resolve(item)));
        }
        else if (invocation.Arguments.Length == 2)
        {
            collection.Entries.Add(new Entry(invocation.Arguments[0].Value, invocation.Arguments[1].Value, invocation.Syntax));
        }
    }

    /// <summary>
    /// The elements a <c>foreach</c> iteration variable takes, when the loop runs over a collection
    /// written in the method: an array, a collection initializer, a collection expression, or a local
    /// written once with one of them. Null otherwise.
    /// </summary>
    private List<IOperation>? ForEachElements(ILocalReferenceOperation iteration)
    {
        for (var parent = iteration.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IForEachLoopOperation loop && loop.Locals.Contains(iteration.Local, SymbolEqualityComparer.Default))
            {
                return Elements(loop.Collection, 0);
            }
        }

        return null;
    }

    private List<IOperation>? Elements(IOperation? collection, int hops)
    {
        switch (Unwrap(collection))
        {
            case ILocalReferenceOperation local when hops < 4 && SingleValue(local.Local) is { } value:
                return Elements(value, hops + 1);
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues.ToList();
            case IObjectCreationOperation { Initializer: { } initializer }:
                var added = new List<IOperation>();
                foreach (var element in initializer.Initializers)
                {
                    if (element is IInvocationOperation { Arguments.Length: 1 } add)
                    {
                        added.Add(add.Arguments[0].Value);
                    }
                    else
                    {
                        return null;
                    }
                }

                return added;
            case { Kind: var kind } expression when kind == CollectionExpressionKind:
                // Roslyn 4.9+ (ICollectionExpressionOperation.Elements); spreads are not followed.
                var elements = expression.ChildOperations.ToList();
                return elements.Any(e => e.Kind.ToString() == "Spread") ? null : elements;
            default:
                return null;
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

                return SingleValue(local.Local) switch
                {
                    IObjectCreationOperation created => Node(created),
                    IInvocationOperation call => Returned(call),
                    _ => null,
                };
            case IMemberReferenceOperation member when OwnMember(member) is { } symbol && memberNodes.TryGetValue(symbol, out var assigned):
                return assigned;
            case IPropertyReferenceOperation { Property.IsIndexer: false } property when Resolve(property.Instance) is { } owner:
                return owner.Child(property.Property.Name);
            case IInvocationOperation invocation:
                return Returned(invocation);
            default:
                return null;
        }
    }

    /// <summary>
    /// The object a helper method returns (<c>NetworkInterfaceConfigurations = { Nic("web") }</c>): a
    /// method of this compilation (any file) with a body and one returned object creation (directly or through a local),
    /// read with its own graph so that what it sets after the creation counts. At most
    /// <see cref="MaxHelperDepth"/> frames; each helper once per graph.
    /// </summary>
    private ObjectNode? Returned(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod.OriginalDefinition;
        if (depth >= MaxHelperDepth || !SdkLike(method.ReturnType))
        {
            return null;
        }

        if (helperResults.TryGetValue(method, out var known))
        {
            return known;
        }

        helperResults[method] = null;
        if (method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax();
        if (Scope.ModelOf(declaration.SyntaxTree, invocation.SemanticModel) is not { } model || model.GetOperation(declaration) is not { } body)
        {
            return null;
        }

        // The helper's parameters take this call's arguments (the first call of it in the method).
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && argument.ArgumentKind == ArgumentKind.Explicit && !root.arguments.ContainsKey(parameter.OriginalDefinition))
            {
                root.arguments[parameter.OriginalDefinition] = argument.Value;
            }
        }

        var helper = new MethodGraph(new[] { body }, Scope, depth + 1, root);
        root.helpers.Add(helper);
        var returned = body.DescendantsAndSelf().OfType<IReturnOperation>().Where(r => r.ReturnedValue is not null).ToList();
        if (returned.Count == 1 && helper.Resolve(returned[0].ReturnedValue) is { } node)
        {
            helperResults[method] = node;
            return node;
        }

        return null;
    }

    /// <summary>A class of the Azure SDK (not a string or a size struct): only those are followed into helpers.</summary>
    private static bool SdkLike(ITypeSymbol type) =>
        type.TypeKind == TypeKind.Class && type.ContainingNamespace?.ToDisplayString().StartsWith("Azure.ResourceManager", StringComparison.Ordinal) == true;

    /// <summary>A field or property of this object (or a static one) written in the method; null for members of other objects.</summary>
    private static ISymbol? OwnMember(IMemberReferenceOperation reference) =>
        reference is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }
        && (reference.Instance is null or IInstanceReferenceOperation)
            ? reference.Member
            : null;

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
