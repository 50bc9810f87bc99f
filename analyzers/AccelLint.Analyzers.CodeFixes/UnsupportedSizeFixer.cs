using System.Collections.Immutable;
using System.Composition;
using AccelLint.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AccelLint.Analyzers.CodeFixes;

/// <summary>
/// ACCEL001: accelerated networking requested on a VM size that does not support it. Two fixes on
/// the <c>EnableAcceleratedNetworking = true</c> assignment (also the Site Recovery
/// <c>EnableAcceleratedNetworkingOnRecovery</c>/<c>OnTfo</c> flags): remove the request (the
/// initializer element or the statement), or set the flag to <c>false</c>. Removal is offered only
/// when nothing with a side effect would go with it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnsupportedSizeFixer))]
[Shared]
public sealed class UnsupportedSizeFixer : CodeFixProvider
{
    public const string RemoveTitle = "Remove the accelerated networking request";

    private static readonly ImmutableHashSet<string> Flags = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "EnableAcceleratedNetworking",
        "EnableAcceleratedNetworkingOnRecovery",
        "EnableAcceleratedNetworkingOnTfo");

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SizeDoesNotSupportAcceleratedNetworking);

    /// <summary>"Set EnableAcceleratedNetworking to false" (the flag's own name for Site Recovery).</summary>
    public static string SetFalseTitle(string property) => $"Set {property} to false";

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not AssignmentExpressionSyntax assignment
                || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                || model.GetSymbolInfo(assignment.Left, context.CancellationToken).Symbol is not IPropertySymbol property
                || !Flags.Contains(property.Name)
                || !IsBoolean(property.Type))
            {
                continue;
            }

            var document = context.Document;
            if (RemovalTarget(assignment) is { } target)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(RemoveTitle, _ => Task.FromResult(document.WithSyntaxRoot(Remove(root, target))), RemoveTitle),
                    diagnostic);
            }

            if (!assignment.Right.IsKind(SyntaxKind.FalseLiteralExpression))
            {
                string title = SetFalseTitle(property.Name);
                var replacement = InitializerEdits.Rigid(LiteralExpression(SyntaxKind.FalseLiteralExpression)).WithTriviaFrom(assignment.Right);
                context.RegisterCodeFix(
                    CodeAction.Create(title, _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(assignment.Right, replacement))), title),
                    diagnostic);
            }
        }
    }

    private static bool IsBoolean(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Boolean
        || (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean);

    /// <summary>
    /// What removing the request deletes: the initializer element, or the statement (the global
    /// statement at top level); null when it would drop a side effect or break a statement that
    /// needs a body (<c>if (x) nic.EnableAcceleratedNetworking = true;</c>).
    /// </summary>
    private static SyntaxNode? RemovalTarget(AssignmentExpressionSyntax assignment)
    {
        if (HasSideEffects(assignment.Left) || HasSideEffects(assignment.Right))
        {
            return null;
        }

        return assignment.Parent switch
        {
            InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ObjectInitializerExpression) => assignment,
            ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax } statement => statement,
            ExpressionStatementSyntax { Parent: GlobalStatementSyntax global } => global,
            _ => null,
        };
    }

    private static bool HasSideEffects(ExpressionSyntax expression) =>
        expression.DescendantNodesAndSelf().Any(n => n is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AssignmentExpressionSyntax or AwaitExpressionSyntax
            || n.IsKind(SyntaxKind.PreIncrementExpression) || n.IsKind(SyntaxKind.PreDecrementExpression)
            || n.IsKind(SyntaxKind.PostIncrementExpression) || n.IsKind(SyntaxKind.PostDecrementExpression));

    private static SyntaxNode Remove(SyntaxNode root, SyntaxNode target)
    {
        if (target is not ExpressionSyntax element || element.Parent is not InitializerExpressionSyntax initializer)
        {
            // A statement goes with its indentation, line break and comments; directives stay.
            return root.RemoveNode(target, SyntaxRemoveOptions.KeepDirectives)!;
        }

        if (InitializerEdits.Remove(initializer, element) is { } smaller)
        {
            return root.ReplaceNode(initializer, smaller);
        }

        // The request was the initializer's only element: the creation loses its initializer.
        var creation = (BaseObjectCreationExpressionSyntax)initializer.Parent!;
        return root.ReplaceNode(creation, WithoutInitializer(creation));
    }

    /// <summary><c>new X("nic") { A = true }</c> becomes <c>new X("nic")</c>; <c>new X { A = true }</c> becomes <c>new X()</c>.</summary>
    private static BaseObjectCreationExpressionSyntax WithoutInitializer(BaseObjectCreationExpressionSyntax creation)
    {
        var trailing = creation.Initializer!.CloseBraceToken.TrailingTrivia;
        BaseObjectCreationExpressionSyntax result = creation.WithInitializer(null);
        if (result is ObjectCreationExpressionSyntax { ArgumentList: null } named)
        {
            result = named.WithType(named.Type.WithoutTrailingTrivia()).WithArgumentList(InitializerEdits.Rigid(ArgumentList()));
        }

        var last = result.GetLastToken();
        return result.ReplaceToken(last, last.WithTrailingTrivia(trailing));
    }
}
