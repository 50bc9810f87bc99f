using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AccelLint.Analyzers.Tests.Infrastructure;

/// <summary>
/// The C# analyzer tests' entry point. <see cref="VerifyAsync"/> runs the marked-up source
/// (<c>{|ACCEL001:text|}</c>) as Test.cs on the official framework (<see cref="AccelLintAnalyzerTest"/>:
/// exact IDs and spans, nothing else reported, no compiler error, nothing in generated code) and
/// returns the diagnostics of Test.cs that the framework computed, for the tests that read messages,
/// related locations and properties.
/// </summary>
public static class AnalyzerVerifier
{
    public static async Task<ImmutableArray<Diagnostic>> VerifyAsync(string markup, bool compute117 = false) =>
        CapturedDiagnostics.Of(await OfficialVerifier.VerifyAnalyzerAsync(markup, compute117), "Test.cs");
}
