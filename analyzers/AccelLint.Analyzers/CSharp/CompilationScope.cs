using System.Collections.Concurrent;
using AccelLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AccelLint.Analyzers.CSharp;

/// <summary>
/// What the methods of one compilation share when a value crosses files: the semantic model of
/// another file (a <c>static readonly</c> field, a helper method, a call site declared there), the
/// calls of a method (found once per compilation), and one <see cref="SourceFile"/> per syntax tree,
/// so that a finding or related location in another file of the compilation is placed there.
/// </summary>
internal sealed class CompilationScope
{
    private readonly Compilation compilation;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> models = new();
    private readonly ConcurrentDictionary<SyntaxTree, SourceFile> files = new();
    private readonly ConcurrentDictionary<SourceFile, SyntaxTree> trees = new(); // SourceFile compares by reference
    private readonly ConcurrentDictionary<IMethodSymbol, IReadOnlyList<IInvocationOperation>> calls = new(SymbolEqualityComparer.Default);

    public CompilationScope(Compilation compilation) => this.compilation = compilation;

    /// <summary>The model of <paramref name="tree"/>: <paramref name="current"/> when it is that tree's, else one per tree for the compilation.</summary>
    public SemanticModel? ModelOf(SyntaxTree tree, SemanticModel? current = null)
    {
        if (current is not null && current.SyntaxTree == tree)
        {
            return current;
        }

        if (!compilation.ContainsSyntaxTree(tree))
        {
            return null;
        }

#pragma warning disable RS1030 // The analyzer driver hands out cached models (its SemanticModelProvider); this asks once per tree per compilation, for the one declaration a value comes from.
        return models.GetOrAdd(tree, t => compilation.GetSemanticModel(t));
#pragma warning restore RS1030
    }

    /// <summary>The file of a syntax tree (the same instance for every method read in this compilation).</summary>
    public SourceFile FileOf(SyntaxTree tree)
    {
        var file = files.GetOrAdd(tree, t => new SourceFile(t.FilePath, string.Empty));
        trees.TryAdd(file, tree);
        return file;
    }

    public SourceRef At(SyntaxNode syntax) => new(FileOf(syntax.SyntaxTree), ValueReader.ToSpan(syntax));

    /// <summary>The syntax tree a <see cref="SourceFile"/> of <see cref="FileOf"/> stands for.</summary>
    public SyntaxTree? TreeOf(SourceFile file) => trees.TryGetValue(file, out var tree) ? tree : null;

    /// <summary>
    /// The calls of <paramref name="method"/> found in the compilation, once per compilation: in the
    /// files of its type (a private method, a local function: only there), and in the files that spell
    /// both its type's name and its own (a call from another type names the type: <c>VmFactory.Build(...)</c>,
    /// a variable declared of it, a <c>using static</c>). A call this misses (the type never written in
    /// that file) only loses a value to check: a parameter takes the values of the calls found.
    /// </summary>
    public IReadOnlyList<IInvocationOperation> CallsOf(IMethodSymbol method) => calls.GetOrAdd(method.OriginalDefinition, FindCalls);

    private IReadOnlyList<IInvocationOperation> FindCalls(IMethodSymbol method)
    {
        var own = (method.MethodKind == MethodKind.LocalFunction ? method.DeclaringSyntaxReferences : method.ContainingType.DeclaringSyntaxReferences)
            .Select(r => r.SyntaxTree)
            .ToList();
        IEnumerable<SyntaxTree> searched = method.MethodKind == MethodKind.LocalFunction || method.DeclaredAccessibility == Accessibility.Private
            ? own
            : own.Concat(compilation.SyntaxTrees.Where(t => !own.Contains(t) && Mentions(t, method.ContainingType.Name)));
        var found = new List<IInvocationOperation>();
        foreach (var tree in searched.Distinct())
        {
            if (!Mentions(tree, method.Name) || ModelOf(tree) is not { } model)
            {
                continue;
            }

            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                if (token.ValueText != method.Name)
                {
                    continue;
                }

                // The name of a declaration (the method's own, another overload's): binding it would bind a whole body.
                if (token.Parent is not { } parent || model.GetDeclaredSymbol(parent) is not null)
                {
                    continue;
                }

                var node = token.Parent;
                for (int up = 0; node is not null && up < 3; up++, node = node.Parent)
                {
                    if (model.GetOperation(node) is IInvocationOperation invocation)
                    {
                        if (SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, method) && !found.Contains(invocation))
                        {
                            found.Add(invocation);
                        }

                        break;
                    }
                }
            }
        }

        return found;
    }

    private static bool Mentions(SyntaxTree tree, string name) => tree.GetText().ToString().IndexOf(name, StringComparison.Ordinal) >= 0;
}
