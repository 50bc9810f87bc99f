using AccelLint.Analyzers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AccelLint.Analyzers.CodeFixes;

/// <summary>
/// What adding the required tags to one <c>NetworkInterfaceData</c> or NIC configuration with <c>Tags</c> changes, worked out (and
/// validated) before the fix is offered. The method is read with the analyzer's own
/// <see cref="MethodGraph"/>, so the NIC is the very object the diagnostic was about.
/// Not offered (null) when: the diagnostic's assignment does not set <c>AuxiliaryMode</c> or
/// <c>AuxiliarySku</c> of such an object created in the method; a tag key or a
/// conflicting value is not a constant; a required key is written twice; <c>Tags</c> is used
/// other than through <c>Add(key, value)</c> and its indexer (handed to a helper, cleared, ...);
/// or there is neither an object initializer nor a local declared by the creation statement.
/// </summary>
internal sealed class TagPlan
{
    /// <summary>
    /// The objects that carry their own tags: NIC data, and (Compute 1.17+, where they have <c>Tags</c>)
    /// VM and scale-set NIC configurations.
    /// </summary>
    private static readonly HashSet<string> TaggedTypes = new(StringComparer.Ordinal)
    {
        "Azure.ResourceManager.Network.NetworkInterfaceData",
        "Azure.ResourceManager.Compute.Models.VirtualMachineNetworkInterfaceConfiguration",
        "Azure.ResourceManager.Compute.Models.VirtualMachineScaleSetNetworkConfiguration",
    };

    private readonly List<KeyValuePair<string, string>> missing = new();
    private readonly List<(ExpressionSyntax Value, string Required)> wrong = new();
    private BaseObjectCreationExpressionSyntax creation = null!;
    private StatementSyntax? creationStatement;
    private string? local;

    private TagPlan()
    {
    }

    public static TagPlan? Create(SemanticModel model, AssignmentExpressionSyntax assignment, IReadOnlyList<KeyValuePair<string, string>> required, CancellationToken cancellation)
    {
        var operation = model.GetOperation(assignment, cancellation);
        if (operation is null)
        {
            return null;
        }

        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var graph = new MethodGraph(new[] { root }, new CompilationScope(model.Compilation));
        var nic = graph.Nodes.FirstOrDefault(n => n.Type is { } type && TaggedTypes.Contains(type.OriginalDefinition.ToDisplayString()) && HasTags(type)
            && (Sets(n, "AuxiliaryMode", assignment) || Sets(n, "AuxiliarySku", assignment)));
        if (nic?.Syntax is not BaseObjectCreationExpressionSyntax creation
            || (nic.Properties.TryGetValue("Tags", out var whole) && whole.Value is not null)
            || !TagsStayInMethod(graph, root, nic))
        {
            return null;
        }

        var tags = nic.ExistingChild("Tags");
        var entries = tags?.Entries ?? new List<Entry>();
        if (tags?.Items.Count > 0 || entries.Any(e => e.Key.ConstantValue.Value is not string))
        {
            return null;
        }

        var plan = new TagPlan { creation = creation };
        foreach (var tag in required)
        {
            var written = entries.Where(e => string.Equals((string)e.Key.ConstantValue.Value!, tag.Key, StringComparison.OrdinalIgnoreCase)).ToList();
            if (written.Count == 0)
            {
                plan.missing.Add(tag);
                continue;
            }

            if (written.Count > 1 || written[0].Value.ConstantValue.Value is not string value || written[0].Value.Syntax is not ExpressionSyntax valueSyntax)
            {
                return null;
            }

            if (!value.Equals(tag.Value, StringComparison.OrdinalIgnoreCase))
            {
                plan.wrong.Add((valueSyntax, tag.Value));
            }
        }

        if (plan.missing.Count == 0 && plan.wrong.Count == 0)
        {
            return null;
        }

        if (plan.missing.Count > 0 && creation.Initializer is null)
        {
            // No initializer: an indexer statement right after the statement that creates the NIC.
            (plan.creationStatement, plan.local) = CreationStatement(creation);
            if (plan.creationStatement is null)
            {
                return null;
            }
        }
        else if (plan.missing.Count > 0 && !creation.Initializer!.IsKind(SyntaxKind.ObjectInitializerExpression))
        {
            return null;
        }

        return plan;
    }

    public async Task<Document> ApplyAsync(Document document, CancellationToken cancellation)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellation).ConfigureAwait(false);
        foreach (var (value, required) in wrong)
        {
            editor.ReplaceNode(value, InitializerEdits.Rigid(String(required)).WithTriviaFrom(value));
        }

        if (missing.Count == 0)
        {
            return editor.GetChangedDocument();
        }

        if (creation.Initializer is { } initializer)
        {
            var existing = initializer.Expressions.OfType<AssignmentExpressionSyntax>()
                .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "Tags" } && a.Right is InitializerExpressionSyntax);
            if (existing is not null)
            {
                editor.ReplaceNode(existing.Right, (current, _) => AddTo((InitializerExpressionSyntax)current, missing));
            }
            else
            {
                editor.ReplaceNode(initializer, (current, _) => InitializerEdits.Append((InitializerExpressionSyntax)current, TagsMember(missing)));
            }
        }
        else
        {
            var statement = creationStatement!;
            var indentation = InitializerEdits.IndentationOf(statement);
            var newLine = InitializerEdits.LineBreakAfter(statement.GetTrailingTrivia()) ?? EndOfLine("\n");
            var added = missing.Select(tag => (SyntaxNode)InitializerEdits.Rigid(Indexer(local!, tag)).WithLeadingTrivia(indentation).WithTrailingTrivia(newLine));
            if (statement.Parent is GlobalStatementSyntax global)
            {
                editor.InsertAfter(global, added.Select(s => GlobalStatement((StatementSyntax)s)));
            }
            else
            {
                editor.InsertAfter(statement, added);
            }
        }

        return editor.GetChangedDocument();
    }

    /// <summary>The type (or a base type) has a <c>Tags</c> property: NIC configurations of Compute 1.2.0 have none.</summary>
    private static bool HasTags(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers("Tags").OfType<IPropertySymbol>().Any())
            {
                return true;
            }
        }

        return false;
    }

    private static bool Sets(ObjectNode node, string property, SyntaxNode assignment) =>
        node.Properties.TryGetValue(property, out var written) && written.Syntax is { } syntax
        && syntax.SyntaxTree == assignment.SyntaxTree && syntax.Span == assignment.Span;

    /// <summary>
    /// Every use of the NIC's <c>Tags</c> in the method is an <c>Add(key, value)</c> or an indexer,
    /// so the graph has seen every tag (a helper that receives <c>nic.Tags</c> might write the key).
    /// </summary>
    private static bool TagsStayInMethod(MethodGraph graph, IOperation root, ObjectNode nic)
    {
        foreach (var reference in root.DescendantsAndSelf().OfType<IPropertyReferenceOperation>())
        {
            if (reference.Property.Name != "Tags" || reference.Instance is null || graph.Resolve(reference.Instance) != nic)
            {
                continue;
            }

            bool known = reference.Parent switch
            {
                IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add => add.Instance == reference,
                IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Instance == reference,
                _ => false,
            };
            if (!known)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The statement that creates the NIC into a local: <c>var nic = new ...;</c> or <c>nic = new ...;</c>.</summary>
    private static (StatementSyntax? Statement, string? Local) CreationStatement(BaseObjectCreationExpressionSyntax creation)
    {
        var (statement, local) = creation.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } =>
                (declarator.Parent?.Parent as LocalDeclarationStatementSyntax, declarator.Identifier.Text),
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assigned when assigned.IsKind(SyntaxKind.SimpleAssignmentExpression) =>
                (assigned.Parent as ExpressionStatementSyntax, name.Identifier.Text),
            _ => ((StatementSyntax?)null, (string?)null),
        };
        return statement?.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax ? (statement, local) : (null, null);
    }

    /// <summary>Appends the tags to an existing <c>Tags</c> initializer, in its own style.</summary>
    private static InitializerExpressionSyntax AddTo(InitializerExpressionSyntax tags, IEnumerable<KeyValuePair<string, string>> missing)
    {
        // `Tags = { ["k"] = "v" }` is an object initializer of indexers; `Tags = { { "k", "v" } }` a collection initializer.
        bool indexers = tags.IsKind(SyntaxKind.ObjectInitializerExpression) && tags.Expressions.Count > 0;
        if (tags.Expressions.Count == 0 && !tags.IsKind(SyntaxKind.CollectionInitializerExpression))
        {
            tags = InitializerExpression(SyntaxKind.CollectionInitializerExpression, tags.OpenBraceToken, tags.Expressions, tags.CloseBraceToken);
        }

        foreach (var tag in missing)
        {
            tags = InitializerEdits.Append(tags, indexers ? IndexerElement(tag) : Pair(tag));
        }

        return tags;
    }

    /// <summary><c>Tags = { { "fastpathenabled", "true" } }</c>.</summary>
    private static AssignmentExpressionSyntax TagsMember(IEnumerable<KeyValuePair<string, string>> tags)
    {
        var elements = new List<SyntaxNodeOrToken>();
        foreach (var tag in tags)
        {
            if (elements.Count > 0)
            {
                elements.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(Space));
            }

            elements.Add(Pair(tag));
        }

        var initializer = InitializerExpression(
            SyntaxKind.CollectionInitializerExpression,
            Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(Space),
            SeparatedList<ExpressionSyntax>(elements),
            Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(Space));
        return AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            IdentifierName("Tags").WithTrailingTrivia(Space),
            Token(SyntaxKind.EqualsToken).WithTrailingTrivia(Space),
            initializer);
    }

    /// <summary><c>{ "fastpathenabled", "true" }</c>.</summary>
    private static InitializerExpressionSyntax Pair(KeyValuePair<string, string> tag) =>
        InitializerExpression(
            SyntaxKind.ComplexElementInitializerExpression,
            Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(Space),
            SeparatedList<ExpressionSyntax>(new SyntaxNodeOrToken[] { String(tag.Key), Token(SyntaxKind.CommaToken).WithTrailingTrivia(Space), String(tag.Value) }),
            Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(Space));

    /// <summary><c>["fastpathenabled"] = "true"</c>.</summary>
    private static AssignmentExpressionSyntax IndexerElement(KeyValuePair<string, string> tag) =>
        AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            ImplicitElementAccess(BracketedArgumentList(SingletonSeparatedList(Argument(String(tag.Key))))).WithTrailingTrivia(Space),
            Token(SyntaxKind.EqualsToken).WithTrailingTrivia(Space),
            String(tag.Value));

    /// <summary><c>nic.Tags["fastpathenabled"] = "true";</c>.</summary>
    private static StatementSyntax Indexer(string local, KeyValuePair<string, string> tag) =>
        ExpressionStatement(AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            ElementAccessExpression(
                MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(local), IdentifierName("Tags")),
                BracketedArgumentList(SingletonSeparatedList(Argument(String(tag.Key))))).WithTrailingTrivia(Space),
            Token(SyntaxKind.EqualsToken).WithTrailingTrivia(Space),
            String(tag.Value)));

    private static LiteralExpressionSyntax String(string text) => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(text));
}
