using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccelLint.Analyzers.Tests.Infrastructure;

/// <summary>
/// The C# analyzer tests' entry point. <see cref="VerifyAsync"/> runs the marked-up source
/// (<c>{|ACCEL001:text|}</c>) through the official framework (<see cref="OfficialVerifier"/>: exact IDs
/// and spans, nothing else reported, nothing in generated code), then analyses it once more on
/// <see cref="CompilationWithAnalyzers"/> and returns the diagnostics, for the tests that read messages,
/// related locations and properties. <see cref="Parse"/>, <see cref="Compile"/> and <see cref="AnalyzeAsync"/>
/// remain for the tests that build their own compilations (several files, AdditionalFiles the
/// framework cannot model, suppressed diagnostics).
/// </summary>
public static class AnalyzerVerifier
{
    private static readonly Regex Open = new(@"\{\|(?<id>[A-Z]+\d+):", RegexOptions.CultureInvariant);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.Add(typeof(Azure.ResourceManager.Compute.VirtualMachineData).Assembly.Location);
        paths.Add(typeof(Azure.ResourceManager.ArmClient).Assembly.Location);
        paths.Add(typeof(Azure.Core.AzureLocation).Assembly.Location);
        return paths.Distinct(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    /// <summary>The same without Azure.ResourceManager.Compute 1.2.0: for <see cref="Compute117StandIns"/>.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> ReferencesWithoutCompute = new(() =>
    {
        var compute = typeof(Azure.ResourceManager.Compute.VirtualMachineData).Assembly.Location;
        return References.Value.Where(r => r is PortableExecutableReference { FilePath: var path } && path != compute).ToImmutableArray();
    });

    /// <summary>Strips the markup, returning the source and the expected (id, span) pairs.</summary>
    public static (string Source, List<(string Id, Microsoft.CodeAnalysis.Text.TextSpan Span)> Expected) Parse(string markup)
    {
        var expected = new List<(string, Microsoft.CodeAnalysis.Text.TextSpan)>();
        var text = new StringBuilder();
        var stack = new Stack<(string Id, int Start)>();
        int i = 0;
        while (i < markup.Length)
        {
            var match = Open.Match(markup, i);
            int close = markup.IndexOf("|}", i, StringComparison.Ordinal);
            if (match.Success && (close < 0 || match.Index < close))
            {
                text.Append(markup, i, match.Index - i);
                stack.Push((match.Groups["id"].Value, text.Length));
                i = match.Index + match.Length;
            }
            else if (close >= 0 && stack.Count > 0)
            {
                text.Append(markup, i, close - i);
                var (id, start) = stack.Pop();
                expected.Add((id, new Microsoft.CodeAnalysis.Text.TextSpan(start, text.Length - start)));
                i = close + 2;
            }
            else
            {
                text.Append(markup, i, markup.Length - i);
                break;
            }
        }

        return (text.ToString(), expected);
    }

    public static CSharpCompilation Compile(string source, bool includeStandIns = true, string path = "Test.cs", bool compute117 = false)
    {
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path) };
        if (includeStandIns)
        {
            trees.Add(CSharpSyntaxTree.ParseText(StandIns.Source, new CSharpParseOptions(LanguageVersion.Latest), "StandIns.cs"));
        }

        if (compute117)
        {
            trees.Add(CSharpSyntaxTree.ParseText(Compute117StandIns.Source, new CSharpParseOptions(LanguageVersion.Latest), "Compute117StandIns.cs"));
        }

        var compilation = CSharpCompilation.Create(
            "Test",
            trees,
            compute117 ? ReferencesWithoutCompute.Value : References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors));
        return compilation;
    }

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles = default)
    {
        var options = new AnalyzerOptions(additionalFiles.IsDefault ? ImmutableArray<AdditionalText>.Empty : additionalFiles);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new AccelLintAnalyzer(), new TemplateFilesAnalyzer());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var exceptions = (await withAnalyzers.GetAnalyzerDiagnosticsAsync()).Where(d => d.Id == "AD0001").ToList();
        Assert.True(exceptions.Count == 0, "The analyzer threw:\n" + string.Join("\n", exceptions));
        return (await withAnalyzers.GetAnalyzerDiagnosticsAsync()).Where(d => d.Id.StartsWith("ACCEL", StringComparison.Ordinal)).ToImmutableArray();
    }

    /// <summary>Compiles the marked-up source (with the stand-ins and the real Compute package) and compares diagnostics with the marks.</summary>
    public static async Task<ImmutableArray<Diagnostic>> VerifyAsync(string markup, bool compute117 = false)
    {
        // The official framework is the judge (exact IDs and spans, nothing in generated code); the
        // diagnostics are then computed here once more for the tests that read messages and locations.
        await OfficialVerifier.VerifyAnalyzerAsync(markup, compute117);
        var (source, expected) = Parse(markup);
        var compilation = Compile(source, compute117: compute117);
        var diagnostics = await AnalyzeAsync(compilation);
        var actual = diagnostics.Where(d => d.Location.SourceTree?.FilePath == "Test.cs").Select(d => (d.Id, d.Location.SourceSpan)).ToList();
        string Render(IEnumerable<(string Id, Microsoft.CodeAnalysis.Text.TextSpan Span)> items) =>
            string.Join("\n", items.OrderBy(x => x.Span.Start).Select(x => $"  {x.Id} {x.Span} '{source.Substring(x.Span.Start, x.Span.Length)}'"));
        bool same = expected.Count == actual.Count && expected.All(e => actual.Contains(e));
        Assert.True(same, $"Diagnostics differ from the markup.\nExpected:\n{Render(expected)}\nActual:\n{Render(actual)}\nMessages:\n{string.Join("\n", diagnostics.Select(d => "  " + d))}");
        return diagnostics;
    }
}
