using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace AccelLint.Analyzers.Tests.Infrastructure;

/// <summary>
/// The diagnostics the official framework itself computed and matched, recorded through its public
/// <see cref="AnalyzerTest{TVerifier}.DiagnosticVerifier"/> hook: the framework calls it for each actual
/// diagnostic once that diagnostic has been paired with an expected result and its ID, span and
/// severity checked. Only the passes on the test's own text are kept (context "Diagnostics of test
/// state" or "Diagnostics of fixed state"), not the framework's re-runs with an
/// <c>&lt;auto-generated&gt;</c> header or a <c>#pragma</c> line added.
/// </summary>
public sealed class CapturedDiagnostics
{
    /// <summary><see cref="DefaultVerifier"/>'s context (the framework's pass names), protected in 1.1.4.</summary>
    private static readonly PropertyInfo Context = typeof(DefaultVerifier).GetProperty("Context", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!;

    private readonly List<Diagnostic> testState = new();
    private readonly List<Diagnostic> fixedState = new();

    /// <summary>Every diagnostic of the test state (all files, additional files included).</summary>
    public ImmutableArray<Diagnostic> TestState => testState.ToImmutableArray();

    /// <summary>Every diagnostic of the fixed state of a code-fix test.</summary>
    public ImmutableArray<Diagnostic> FixedState => fixedState.ToImmutableArray();

    public void Record(Diagnostic actual, DiagnosticResult expected, IVerifier verifier)
    {
        var context = verifier is DefaultVerifier ? ((ImmutableStack<string>)Context.GetValue(verifier)!).Reverse().ToList() : new List<string>();
        if (context.Count == 0 || (context.Count == 1 && context[0] == "Diagnostics of test state"))
        {
            testState.Add(actual);
        }
        else if (context.Count == 1 && context[0] == "Diagnostics of fixed state")
        {
            fixedState.Add(actual);
        }
    }

    /// <summary>The ones of the file <paramref name="path"/>, in source order.</summary>
    public static ImmutableArray<Diagnostic> Of(ImmutableArray<Diagnostic> diagnostics, string path) =>
        diagnostics.Where(d => d.Location.SourceTree?.FilePath == path).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
}
