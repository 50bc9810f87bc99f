using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccelLint.Analyzers.Tests.Infrastructure;

/// <summary>
/// The one case the official framework cannot express: an AdditionalFile whose
/// <see cref="AdditionalText.GetText"/> returns null (what Roslyn passes for a file it cannot read).
/// The framework holds AdditionalFiles as <c>(path, SourceText)</c> pairs and always has text, so such
/// a file reaches our analyzers only through a <see cref="CompilationWithAnalyzers"/> built here.
/// Nothing is compared with markup: this returns what the analyzers reported (AD0001, an analyzer
/// exception, fails the test) and the test asserts on it.
/// </summary>
public static class AnalyzerHost
{
    /// <summary>Both analyzers on an empty class with <paramref name="additionalFiles"/>; the ACCEL diagnostics.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(params AdditionalText[] additionalFiles)
    {
        var compilation = CSharpCompilation.Create(
            "Host",
            new[] { CSharpSyntaxTree.ParseText("class Empty { }", path: "Test.cs") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new AccelLintAnalyzer(), new TemplateFilesAnalyzer());
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(additionalFiles.ToImmutableArray()), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var all = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        var exceptions = all.Where(d => d.Id == "AD0001").ToList();
        Assert.True(exceptions.Count == 0, "The analyzer threw:\n" + string.Join("\n", exceptions));
        return all.Where(d => d.Id.StartsWith("ACCEL", StringComparison.Ordinal)).ToImmutableArray();
    }
}
