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
/// ACCEL001, ACCEL002, ACCEL006: "Change the size to 'X'", the nearest size that works, which the
/// diagnostic carries (<see cref="SuggestionProperties"/>). Offered where the size is written in the
/// document as a string literal (in place, in a local's or a constant's initializer), or as a
/// <c>VirtualMachineSizeType</c> member: the member of the new size when the type has one, else
/// <c>new VirtualMachineSizeType("X")</c> (newer sizes have no member).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SuggestedSizeFixer))]
[Shared]
public sealed class SuggestedSizeFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.SizeDoesNotSupportAcceleratedNetworking,
        RuleIds.AcceleratedConnectionsOnDv5,
        RuleIds.AcceleratedConnectionsTooFewVCpus);

    /// <summary>"Change the size to 'Standard_D4s_v3'": one title per size, so Fix All changes the sizes that get the same one.</summary>
    public static string Title(string size) => $"Change the size to '{size}'";

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
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(SuggestionProperties.Property, out var property) || property != Suggestion.Size
                || !properties.TryGetValue(SuggestionProperties.Current, out var current) || string.IsNullOrEmpty(current)
                || !properties.TryGetValue(SuggestionProperties.Replacement, out var replacement) || string.IsNullOrEmpty(replacement)
                || SuggestionProperties.SpanOf(properties) is not { } span
                || span.End > root.FullSpan.End)
            {
                continue;
            }

            var written = root.FindNode(span, getInnermostNodeForTie: true);
            if (written is ArgumentSyntax argument)
            {
                written = argument.Expression;
            }

            if (Replacement(model, written, current!, replacement!, context.CancellationToken) is not { } edit)
            {
                continue;
            }

            string title = Title(replacement!);
            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(title, _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(edit.Old, edit.New.WithTriviaFrom(edit.Old)))), title),
                diagnostic);
        }
    }

    /// <summary>What to replace and with what; null when the size is not written in a form this fix can rewrite.</summary>
    private static (SyntaxNode Old, SyntaxNode New)? Replacement(SemanticModel model, SyntaxNode written, string current, string replacement, CancellationToken cancellation)
    {
        switch (written)
        {
            case LiteralExpressionSyntax literal when IsLiteralOf(literal, current):
                return (literal, StringLiteral(replacement));

            case MemberAccessExpressionSyntax access when model.GetSymbolInfo(access, cancellation).Symbol is IPropertySymbol { IsStatic: true } member
                && SymbolEqualityComparer.Default.Equals(member.Type, member.ContainingType)
                && member.ContainingType.Name == "VirtualMachineSizeType":
                {
                    var type = member.ContainingType;
                    string squashed = Squash(replacement);
                    if (type.GetMembers().OfType<IPropertySymbol>().FirstOrDefault(p => p.IsStatic && string.Equals(p.Name, squashed, StringComparison.OrdinalIgnoreCase)) is { } target)
                    {
                        return (access, access.WithName(IdentifierName(target.Name)));
                    }

                    bool constructible = type.InstanceConstructors.Any(c => c.Parameters.Length >= 1 && c.Parameters[0].Type.SpecialType == SpecialType.System_String
                        && c.Parameters.Skip(1).All(p => p.IsOptional));
                    return constructible
                        ? (access, ObjectCreationExpression(ParseTypeName(access.Expression.WithoutTrivia().ToString())).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(StringLiteral(replacement))))))
                        : null;
                }

            case VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax initializer } when IsLiteralOf(initializer, current):
                // A local written once: the value's origin is its declaration.
                return (initializer, StringLiteral(replacement));

            case IdentifierNameSyntax name when model.GetSymbolInfo(name, cancellation).Symbol is { } symbol
                && (symbol is IFieldSymbol { IsConst: true } || symbol is ILocalSymbol { IsConst: true }):
                {
                    // A constant declared in this document: its initializer is the literal.
                    var declarator = symbol.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellation)).OfType<VariableDeclaratorSyntax>().FirstOrDefault();
                    return declarator?.SyntaxTree == written.SyntaxTree && declarator.Initializer?.Value is LiteralExpressionSyntax initializer && IsLiteralOf(initializer, current)
                        ? (initializer, StringLiteral(replacement))
                        : null;
                }

            default:
                return null;
        }
    }

    private static bool IsLiteralOf(LiteralExpressionSyntax literal, string current) =>
        literal.IsKind(SyntaxKind.StringLiteralExpression) && string.Equals(literal.Token.ValueText.Trim(), current, StringComparison.OrdinalIgnoreCase);

    private static LiteralExpressionSyntax StringLiteral(string value) => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(value));

    /// <summary><c>Standard_D4s_v3</c> is the member <c>StandardD4SV3</c>: the SDK drops underscores and hyphens.</summary>
    private static string Squash(string name) => name.Replace("_", string.Empty).Replace("-", string.Empty);
}
