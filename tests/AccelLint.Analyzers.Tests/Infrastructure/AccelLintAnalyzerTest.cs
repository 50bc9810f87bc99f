using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AccelLint.Analyzers.Tests.Infrastructure;

/// <summary>
/// An analyzer test on the official framework (<see cref="CSharpAnalyzerTest{TAnalyzer, TVerifier}"/>
/// with <see cref="DefaultVerifier"/>) for both of our analyzers (<see cref="AccelLintAnalyzer"/> and
/// <see cref="TemplateFilesAnalyzer"/>), offline, with the Azure SDK set up by
/// <see cref="OfficialVerifier.Configure"/> unless <c>sdk</c> is false. The framework runs the
/// analyzers and judges every diagnostic (markup or <see cref="AnalyzerTest{TVerifier}.ExpectedDiagnostics"/>,
/// compiler errors, generated code, <c>#pragma</c>); <see cref="Diagnostics"/> then holds what it
/// computed, for the assertions on messages, properties and additional locations. <see cref="Analysis"/>
/// and <see cref="Project"/> are the framework's own first analysis and project, for the tests that
/// read analyzer telemetry or ask a code-fix provider for its actions.
/// </summary>
public sealed class AccelLintAnalyzerTest : CSharpAnalyzerTest<AccelLintAnalyzer, DefaultVerifier>
{
    private readonly CapturedDiagnostics captured = new();

    public AccelLintAnalyzerTest(bool compute117 = false, bool sdk = true)
    {
        ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        DiagnosticVerifier = captured.Record;

        // Both analyzers support every ACCEL descriptor (the same instances): markup takes the first.
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
        if (sdk)
        {
            OfficialVerifier.Configure(TestState, compute117);
        }
    }

    /// <summary>The diagnostics the framework computed and accepted for the test state, in every file.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => captured.TestState;

    /// <summary>The framework's first <see cref="CompilationWithAnalyzers"/> (the test state as written).</summary>
    public CompilationWithAnalyzers? Analysis { get; private set; }

    /// <summary>The framework's project of that first analysis.</summary>
    public Project? Project { get; private set; }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new DiagnosticAnalyzer[] { new AccelLintAnalyzer(), new TemplateFilesAnalyzer() };

    /// <summary>
    /// Whether the framework's analyses also return diagnostics silenced by <c>#pragma</c> or
    /// <c>[SuppressMessage]</c> (then marked <see cref="Diagnostic.IsSuppressed"/>), so that a test can expect
    /// them with <see cref="DiagnosticResult.WithIsSuppressed"/>; 1.1.4 drops them otherwise.
    /// </summary>
    public bool ReportSuppressedDiagnostics { get; init; }

    protected override CompilationWithAnalyzers CreateCompilationWithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var analysis = ReportSuppressedDiagnostics
            ? compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: true))
            : base.CreateCompilationWithAnalyzers(compilation, analyzers, options, cancellationToken);
        Analysis ??= analysis;
        return analysis;
    }

    /// <summary>The framework keeps only unsuppressed diagnostics (and a suppressor's); with <see cref="ReportSuppressedDiagnostics"/>, all.</summary>
    protected override ImmutableArray<(Project project, Diagnostic diagnostic)> FilterDiagnostics(ImmutableArray<(Project project, Diagnostic diagnostic)> diagnostics) =>
        ReportSuppressedDiagnostics ? diagnostics : base.FilterDiagnostics(diagnostics);

    protected override Task<(Compilation compilation, ImmutableArray<Diagnostic> generatorDiagnostics)> GetProjectCompilationAsync(Project project, IVerifier verifier, CancellationToken cancellationToken)
    {
        Project ??= project;
        return base.GetProjectCompilationAsync(project, verifier, cancellationToken);
    }
}
