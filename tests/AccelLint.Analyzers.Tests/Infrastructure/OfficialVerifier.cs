using AccelLint.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AccelLint.Analyzers.Tests.Infrastructure;

/// <summary>
/// The official Roslyn test framework (Microsoft.CodeAnalysis.CSharp.Analyzer.Testing and
/// CodeFix.Testing 1.1.4, <see cref="DefaultVerifier"/>), offline: the .NET 8 reference pack comes
/// from the global packages folder (PackageDownload of Microsoft.NETCore.App.Ref 8.0.0 in the test
/// project), the Azure SDK as AdditionalReferences (the real Compute 1.2.0) or as stand-in sources
/// (<see cref="StandIns"/>, <see cref="Compute117StandIns"/>). Markup as in roslyn-analyzers:
/// <c>{|ACCEL001:text|}</c>. The framework also checks what the home-made verifier did not: code fixes
/// in Fix All scopes, and no diagnostics in generated code.
/// </summary>
public static class OfficialVerifier
{
    private static readonly string[] AzureAssemblies =
    {
        typeof(Azure.ResourceManager.Compute.VirtualMachineData).Assembly.Location,
        typeof(Azure.ResourceManager.ArmClient).Assembly.Location,
        typeof(Azure.Core.AzureLocation).Assembly.Location,
    };

    private static void Configure(SolutionState state, bool compute117)
    {
        state.Sources.Add(("StandIns.cs", StandIns.Source));
        foreach (var path in AzureAssemblies.Skip(compute117 ? 1 : 0))
        {
            state.AdditionalReferences.Add(MetadataReference.CreateFromFile(path));
        }

        if (compute117)
        {
            state.Sources.Add(("Compute117StandIns.cs", Compute117StandIns.Source));
        }
    }

    /// <summary>The markup as the file <paramref name="path"/> (the C# tests name it Test.cs, as messages quote it).</summary>
    public static Task VerifyAnalyzerAsync(string markup, bool compute117 = false, string path = "Test.cs", IEnumerable<(string Path, Microsoft.CodeAnalysis.Text.SourceText Text)>? additionalFiles = null)
    {
        var test = new CSharpAnalyzerTest<AccelLintAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.Sources.Add((path, markup));
        foreach (var file in additionalFiles ?? Enumerable.Empty<(string, Microsoft.CodeAnalysis.Text.SourceText)>())
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        Configure(test.TestState, compute117);
        return test.RunAsync();
    }

    public static Task VerifyTagFixAsync(string markup, string fixedCode, bool compute117 = false)
    {
        var test = new CSharpCodeFixTest<AccelLintAnalyzer, RequiredTagFixer, DefaultVerifier>
        {
            TestCode = markup,
            FixedCode = fixedCode,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        Configure(test.TestState, compute117);
        Configure(test.FixedState, compute117);
        return test.RunAsync();
    }

    /// <summary>
    /// A code fix through <see cref="CodeFixTest{TVerifier}"/>: <paramref name="before"/> and
    /// <paramref name="after"/> are every ACCEL diagnostic of the file before and after (the framework
    /// wants all of them declared), the fix is the action titled <paramref name="title"/>.
    /// </summary>
    public static Task VerifyFixAsync(
        CodeFixProvider provider,
        string source,
        IEnumerable<Diagnostic> before,
        string fixedSource,
        IEnumerable<Diagnostic> after,
        string title,
        (string Path, string Text)? config,
        OutputKind outputKind,
        bool compute117)
    {
        var test = new ProviderFixTest(provider)
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            CodeActionEquivalenceKey = title,
        };
        test.TestState.OutputKind = outputKind;
        test.FixedState.OutputKind = outputKind;
        test.TestState.Sources.Add(("Test.cs", source));
        test.FixedState.Sources.Add(("Test.cs", fixedSource));
        test.TestState.ExpectedDiagnostics.AddRange(before.Select(Result));
        test.FixedState.ExpectedDiagnostics.AddRange(after.Select(Result));
        Configure(test.TestState, compute117);
        Configure(test.FixedState, compute117);
        if (config is { } file)
        {
            test.TestState.AdditionalFiles.Add((file.Path, file.Text));
            test.FixedState.AdditionalFiles.Add((file.Path, file.Text));
        }

        return test.RunAsync();
    }

    private static DiagnosticResult Result(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return new DiagnosticResult(diagnostic.Id, diagnostic.Severity)
            .WithSpan(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);
    }

    /// <summary>A code-fix test for a provider instance (the framework's generic form needs a type with a default constructor).</summary>
    private sealed class ProviderFixTest(CodeFixProvider provider) : CSharpCodeFixTest<AccelLintAnalyzer, EmptyCodeFixProvider, DefaultVerifier>
    {
        protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => new[] { provider };
    }
}
