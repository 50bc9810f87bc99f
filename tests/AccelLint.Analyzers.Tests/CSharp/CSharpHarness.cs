using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using static AccelLint.Analyzers.Tests.Infrastructure.AnalyzerVerifier;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>
/// Helpers on top of <see cref="Infrastructure.AnalyzerVerifier"/> for the C# tests: the usual
/// usings, marked-up verification with AdditionalFiles, and raw analysis that can keep
/// pragma-suppressed diagnostics.
/// </summary>
internal static class CSharpHarness
{
    /// <summary>Every namespace the tests use (stand-ins for Network and Site Recovery, the real Compute).</summary>
    public const string Usings = """
        using System.Collections.Generic;
        using Azure.Core;
        using Azure.ResourceManager.Compute;
        using Azure.ResourceManager.Compute.Models;
        using Azure.ResourceManager.Network;
        using Azure.ResourceManager.Network.Models;
        using Azure.ResourceManager.RecoveryServicesSiteRecovery.Models;

        """;

    /// <summary>Verifies <paramref name="markup"/> (prefixed with <see cref="Usings"/>) against the marks; returns the diagnostics.</summary>
    public static Task<ImmutableArray<Diagnostic>> Verify(string markup) => VerifyAsync(Usings + markup);

    /// <summary>Like <see cref="Verify"/>, against the Compute 1.17+ shapes (<see cref="Infrastructure.Compute117StandIns"/>) instead of the real 1.2.0.</summary>
    public static Task<ImmutableArray<Diagnostic>> Verify117(string markup) => VerifyAsync(Usings + markup, compute117: true);

    /// <summary>Like <see cref="Verify"/>, with AdditionalFiles (an accellint.json, templates).</summary>
    public static async Task<ImmutableArray<Diagnostic>> VerifyWith(string markup, params AdditionalText[] additionalFiles)
    {
        // On the official framework too, when every AdditionalFile can be read (it cannot model an unreadable one).
        var texts = additionalFiles.Select(f => (f.Path, Text: f.GetText())).ToList();
        if (texts.All(t => t.Text is not null))
        {
            await Infrastructure.OfficialVerifier.VerifyAnalyzerAsync(Usings + markup, additionalFiles: texts.Select(t => (t.Path, t.Text!)));
        }

        var (source, expected) = Parse(Usings + markup);
        var diagnostics = await Analyze(Compile(source), additionalFiles.ToImmutableArray());
        var actual = diagnostics.Where(d => d.Location.SourceTree?.FilePath == "Test.cs").Select(d => (d.Id, d.Location.SourceSpan)).ToList();
        string Render(IEnumerable<(string Id, TextSpan Span)> items) =>
            string.Join("\n", items.OrderBy(x => x.Span.Start).Select(x => $"  {x.Id} {x.Span} '{source.Substring(x.Span.Start, x.Span.Length)}'"));
        bool same = expected.Count == actual.Count && expected.All(e => actual.Contains(e));
        Assert.True(same, $"Diagnostics differ from the markup.\nExpected:\n{Render(expected)}\nActual:\n{Render(actual)}\nMessages:\n{string.Join("\n", diagnostics.Select(d => "  " + d))}");
        return diagnostics.Where(d => d.Location.SourceTree?.FilePath == "Test.cs").ToImmutableArray();
    }

    /// <summary>
    /// Runs both analyzers; AD0001 (an analyzer exception) fails the test. With
    /// <paramref name="reportSuppressed"/>, diagnostics silenced by <c>#pragma</c> or
    /// <c>[SuppressMessage]</c> are returned with <see cref="Diagnostic.IsSuppressed"/> set.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> Analyze(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles = default, bool reportSuppressed = false)
    {
        var options = new AnalyzerOptions(additionalFiles.IsDefault ? ImmutableArray<AdditionalText>.Empty : additionalFiles);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new AccelLintAnalyzer(), new TemplateFilesAnalyzer());
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: reportSuppressed));
        var all = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var exceptions = all.Where(d => d.Id == "AD0001").ToList();
        Assert.True(exceptions.Count == 0, "The analyzer threw:\n" + string.Join("\n", exceptions));
        return all.Where(d => d.Id.StartsWith("ACCEL", StringComparison.Ordinal)).ToImmutableArray();
    }

    /// <summary>Compiles <see cref="Usings"/> + <paramref name="source"/> and returns the ACCEL diagnostics.</summary>
    public static Task<ImmutableArray<Diagnostic>> Diagnose(string source, bool reportSuppressed = false) =>
        Analyze(Compile(Usings + source), reportSuppressed: reportSuppressed);

    /// <summary>The single diagnostic with <paramref name="id"/>.</summary>
    public static Diagnostic Single(ImmutableArray<Diagnostic> diagnostics, string id)
    {
        var matching = diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got {matching.Count}:\n{string.Join("\n", diagnostics)}");
        return matching[0];
    }
}
