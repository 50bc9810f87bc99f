using System.Collections.Immutable;
using AccelLint.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace AccelLint.Analyzers.Tests.Infrastructure;

/// <summary>
/// The official Roslyn test framework (Microsoft.CodeAnalysis.CSharp.Analyzer.Testing and
/// CodeFix.Testing 1.1.4, <see cref="DefaultVerifier"/>) set up offline: the .NET 8 reference pack comes
/// from the global packages folder (PackageDownload of Microsoft.NETCore.App.Ref 8.0.0 in the test
/// project), the Azure SDK as AdditionalReferences (the real Compute 1.2.0) or as stand-in sources
/// (<see cref="StandIns"/>, <see cref="Compute117StandIns"/>). Markup as in roslyn-analyzers:
/// <c>{|ACCEL001:text|}</c>. The tests run on <see cref="AccelLintAnalyzerTest"/> and
/// <see cref="AccelLintCodeFixTest"/>, which also check code fixes in Fix All scopes and no
/// diagnostics in generated code or under <c>#pragma warning disable</c>.
/// </summary>
public static class OfficialVerifier
{
    private static readonly string[] AzureAssemblies =
    {
        typeof(Azure.ResourceManager.Compute.VirtualMachineData).Assembly.Location,
        typeof(Azure.ResourceManager.ArmClient).Assembly.Location,
        typeof(Azure.Core.AzureLocation).Assembly.Location,
    };

    /// <summary>
    /// Adds the SDK to <paramref name="state"/>: the stand-ins (StandIns.cs) and the Azure assemblies,
    /// or, with <paramref name="compute117"/>, Compute117StandIns.cs instead of the real Compute 1.2.0.
    /// </summary>
    public static void Configure(SolutionState state, bool compute117)
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

    /// <summary>
    /// The markup as the file <paramref name="path"/> (the C# tests name it Test.cs, as messages quote it);
    /// returns the diagnostics the framework computed and accepted, in every file.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> VerifyAnalyzerAsync(string markup, bool compute117 = false, string path = "Test.cs", IEnumerable<(string Path, SourceText Text)>? additionalFiles = null)
    {
        var test = new AccelLintAnalyzerTest(compute117);
        test.TestState.Sources.Add((path, markup));
        foreach (var file in additionalFiles ?? Enumerable.Empty<(string, SourceText)>())
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        await test.RunAsync();
        return test.Diagnostics;
    }

    public static Task VerifyTagFixAsync(string markup, string fixedCode, bool compute117 = false)
    {
        var test = new AccelLintCodeFixTest(new RequiredTagFixer(), compute117)
        {
            TestCode = markup,
            FixedCode = fixedCode,
        };
        return test.RunAsync();
    }
}
