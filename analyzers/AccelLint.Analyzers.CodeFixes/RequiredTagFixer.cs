using System.Collections.Immutable;
using System.Composition;
using AccelLint.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AccelLint.Analyzers.CodeFixes;

/// <summary>
/// ACCEL004: an Accelerated Connections <c>NetworkInterfaceData</c>, or (Compute 1.17+) VM or scale-set NIC configuration, without the required tag
/// (<c>fastpathenabled</c> = <c>true</c>, or the tags an <c>accellint.json</c> AdditionalFile
/// requires). The tag goes into the creation's initializer (merged into an existing <c>Tags</c>
/// initializer), or, without an initializer, into an indexer statement after the creation. A tag
/// written with another value gets the required one. Offered only when every tag the method writes
/// on the NIC is known (see <see cref="TagPlan"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequiredTagFixer))]
[Shared]
public sealed class RequiredTagFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.AcceleratedConnectionsMissingTag);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <summary>"Add the required tag 'fastpathenabled' = 'true'": one title per configuration, so Fix All covers every NIC.</summary>
    public static string Title(IReadOnlyList<KeyValuePair<string, string>> tags) =>
        tags.Count == 1
            ? $"Add the required tag '{tags[0].Key}' = '{tags[0].Value}'"
            : "Add the required tags " + string.Join(", ", tags.Select(t => $"'{t.Key}' = '{t.Value}'"));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var required = AnalyzerSettings.Load(document.Project.AnalyzerOptions.AdditionalFiles, context.CancellationToken).AcceleratedConnectionsRequiredTags;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (required.Count == 0 || root is null || model is null)
        {
            return;
        }

        string title = Title(required);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is AssignmentExpressionSyntax assignment
                && TagPlan.Create(model, assignment, required, context.CancellationToken) is { } plan)
            {
                context.RegisterCodeFix(CodeAction.Create(title, cancellation => plan.ApplyAsync(document, cancellation), title), diagnostic);
            }
        }
    }
}
