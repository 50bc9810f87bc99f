using System.Collections.Immutable;
using AccelLint.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static AccelLint.Analyzers.Tests.Infrastructure.AnalyzerVerifier;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>
/// Helpers on top of <see cref="AnalyzerVerifier"/> for the C# tests: the usual usings, marked-up
/// verification (with AdditionalFiles too), and framework tests to set up further (several files,
/// compilation options, expected results) before <see cref="Run"/>. Every run is the official
/// framework's (<see cref="AccelLintAnalyzerTest"/>); what it returns is what the framework computed.
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

    /// <summary>Verifies <paramref name="markup"/> (prefixed with <see cref="Usings"/>) against the marks; returns the diagnostics of Test.cs.</summary>
    public static Task<ImmutableArray<Diagnostic>> Verify(string markup) => VerifyAsync(Usings + markup);

    /// <summary>Like <see cref="Verify"/>, against the Compute 1.17+ shapes (<see cref="Compute117StandIns"/>) instead of the real 1.2.0.</summary>
    public static Task<ImmutableArray<Diagnostic>> Verify117(string markup) => VerifyAsync(Usings + markup, compute117: true);

    /// <summary>Like <see cref="Verify"/>, with AdditionalFiles (an accellint.json, templates); returns the diagnostics of Test.cs.</summary>
    public static async Task<ImmutableArray<Diagnostic>> VerifyWith(string markup, params AdditionalText[] additionalFiles)
    {
        var test = Test(markup);
        foreach (var file in additionalFiles)
        {
            // The framework holds AdditionalFiles as text: an unreadable one is for Infrastructure.AnalyzerHost.
            var text = file.GetText();
            Assert.True(text is not null, $"{file.Path} cannot be read: the framework cannot model it (see AnalyzerHost).");
            test.TestState.AdditionalFiles.Add((file.Path, text!));
        }

        return CapturedDiagnostics.Of(await Run(test), "Test.cs");
    }

    /// <summary>A framework test of <see cref="Usings"/> + <paramref name="markup"/> as <paramref name="path"/>, to set up further.</summary>
    public static AccelLintAnalyzerTest Test(string markup, string path = "Test.cs")
    {
        var test = new AccelLintAnalyzerTest();
        test.TestState.Sources.Add((path, Usings + markup));
        return test;
    }

    /// <summary>Runs <paramref name="test"/>; returns every diagnostic the framework computed and accepted.</summary>
    public static async Task<ImmutableArray<Diagnostic>> Run(AccelLintAnalyzerTest test)
    {
        await test.RunAsync();
        return test.Diagnostics;
    }

    /// <summary>The single diagnostic with <paramref name="id"/>.</summary>
    public static Diagnostic Single(ImmutableArray<Diagnostic> diagnostics, string id)
    {
        var matching = diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got {matching.Count}:\n{string.Join("\n", diagnostics)}");
        return matching[0];
    }
}
