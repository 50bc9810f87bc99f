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
                        Analyze(end, types, settings, reported);
                    }
                });
            });
        });
    }

    private static void Analyze(OperationBlockAnalysisContext context, SdkTypes types, AnalyzerSettings allSettings, System.Collections.Concurrent.ConcurrentDictionary<(string, string, int, int, string), byte> reported)
    {
        // The tree of the code analysed (for a partial method, the part with the body, not the declaration).
        var tree = context.OperationBlocks.FirstOrDefault()?.Syntax.SyntaxTree ?? context.OwningSymbol.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree;
        if (tree is null)
        {
            return;
        }

        var settings = allSettings.For(tree.FilePath, context.CancellationToken);

        var file = new SourceFile(tree.FilePath, string.Empty);
        var graph = new MethodGraph(context.OperationBlocks);
        var model = new CSharpFrontEnd(graph, types, file, settings.Catalog).Build();
        var seen = new HashSet<(string, int, int)>();
        foreach (var finding in LintEngine.RunRules(model, settings))
        {
            var level = settings.LevelOf(finding.Rule);
            var span = finding.Location.Span;
            if (level == DiagnosticLevel.None || span.Length == 0 || span.End > tree.Length || !seen.Add((finding.RuleId, span.Start, span.Length))
                || !reported.TryAdd((finding.RuleId, tree.FilePath, span.Start, span.Length, finding.Message), 0))
            {
                continue;
            }

            var descriptor = Descriptors.For(finding.RuleId);
            var related = finding.Related
                .Where(r => r.Source.File.Path == tree.FilePath && r.Source.Span.Length > 0)
                .Select(r => Location.Create(tree, new Microsoft.CodeAnalysis.Text.TextSpan(r.Source.Span.Start, r.Source.Span.Length)));
            context.ReportDiagnostic(Diagnostic.Create(
                descriptor,
                Location.Create(tree, new Microsoft.CodeAnalysis.Text.TextSpan(span.Start, span.Length)),
                Descriptors.ToSeverity(level),
                related,
                SuggestionProperties.Of(finding.Suggestion, tree),
                finding.Arguments.ToArray<object?>()));
        }
    }
}
