using System.Collections.Immutable;
using AccelLint.Analyzers.CSharp;
using AccelLint.Config;
using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AccelLint.Analyzers;

/// <summary>
/// AccelLint on C# Azure SDK code: a method that builds NIC, VM, scale-set or Site Recovery NIC
/// objects is modelled (values from literals, constants, SDK static members, locals written once)
/// and every AccelLint rule runs on the model. Nothing is registered when the SDK is not referenced.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class AccelLintAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.All.ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SdkTypes.Resolve(start.Compilation) is not { } types)
            {
                return;
            }

            var settings = AnalyzerSettings.Create(start.Options.AdditionalFiles);
            var scope = new CompilationScope(start.Compilation);

            // A helper's objects are read in the helper and in each method that calls it: a finding both
            // make (same rule, place and message) is reported once per compilation.
            var reported = new System.Collections.Concurrent.ConcurrentDictionary<(string, string, int, int, string), byte>();
            start.RegisterOperationBlockStartAction(block =>
            {
                // Only methods that create an SDK object are modelled; the rest cost one type check per creation.
                int interesting = 0;
                block.RegisterOperationAction(
                    operation =>
                    {
                        if (types.IsRoot(((IObjectCreationOperation)operation.Operation).Type))
                        {
                            Interlocked.Exchange(ref interesting, 1);
                        }
                    },
                    OperationKind.ObjectCreation);
                block.RegisterOperationBlockEndAction(end =>
                {
                    if (Volatile.Read(ref interesting) == 1)
                    {
                        Analyze(end, types, scope, settings, reported);
                    }
                });
            });
        });
    }

    private static void Analyze(OperationBlockAnalysisContext context, SdkTypes types, CompilationScope scope, AnalyzerSettings allSettings, System.Collections.Concurrent.ConcurrentDictionary<(string, string, int, int, string), byte> reported)
    {
        // The tree of the code analysed (for a partial method, the part with the body, not the declaration).
        var tree = context.OperationBlocks.FirstOrDefault()?.Syntax.SyntaxTree ?? context.OwningSymbol.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree;
        if (tree is null)
        {
            return;
        }

        var settings = allSettings.For(tree.FilePath, context.CancellationToken);

        var graph = new MethodGraph(context.OperationBlocks, scope);
        var model = new CSharpFrontEnd(graph, types, scope.FileOf(tree), settings.Catalog).Build();
        var seen = new HashSet<(string, string, int, int)>();
        foreach (var finding in LintEngine.RunRules(model, settings))
        {
            // A finding may sit in another file of the compilation: a helper method's or a field's value
            // read for this method's objects.
            var level = settings.LevelOf(finding.Rule);
            var span = finding.Location.Span;
            if (level == DiagnosticLevel.None || scope.TreeOf(finding.Location.File) is not { } at || span.Length == 0 || span.End > at.Length
                || !seen.Add((finding.RuleId, at.FilePath, span.Start, span.Length))
                || !reported.TryAdd((finding.RuleId, at.FilePath, span.Start, span.Length, finding.Message), 0))
            {
                continue;
            }

            var descriptor = Descriptors.For(finding.RuleId);
            var related = finding.Related
                .Select(r => (r.Source.Span, Tree: scope.TreeOf(r.Source.File)))
                .Where(r => r.Span.Length > 0 && r.Tree is not null && r.Span.End <= r.Tree.Length)
                .Select(r => Location.Create(r.Tree!, new Microsoft.CodeAnalysis.Text.TextSpan(r.Span.Start, r.Span.Length)));
            context.ReportDiagnostic(Diagnostic.Create(
                descriptor,
                Location.Create(at, new Microsoft.CodeAnalysis.Text.TextSpan(span.Start, span.Length)),
                Descriptors.ToSeverity(level),
                related,
                SuggestionProperties.Of(finding.Suggestion, at),
                finding.Arguments.ToArray<object?>()));
        }
    }
}
