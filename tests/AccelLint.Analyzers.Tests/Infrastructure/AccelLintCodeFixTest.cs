using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AccelLint.Analyzers.Tests.Infrastructure;

/// <summary>
/// A code-fix test on the official framework (<see cref="CSharpCodeFixTest{TAnalyzer, TCodeFix, TVerifier}"/>
/// with <see cref="DefaultVerifier"/>) for a provider instance (the generic form needs a type with a
/// default constructor), with both of our analyzers and the Azure SDK of <see cref="OfficialVerifier.Configure"/>
/// in the test and the fixed state. <see cref="Diagnostics"/> and <see cref="FixedDiagnostics"/> hold
/// what the framework computed and accepted for each state.
/// </summary>
public sealed class AccelLintCodeFixTest : CSharpCodeFixTest<AccelLintAnalyzer, EmptyCodeFixProvider, DefaultVerifier>
{
    private readonly CodeFixProvider provider;
    private readonly CapturedDiagnostics captured = new();

    public AccelLintCodeFixTest(CodeFixProvider provider, bool compute117 = false)
    {
        this.provider = provider;
        ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        DiagnosticVerifier = captured.Record;

        // Both analyzers support every ACCEL descriptor (the same instances): markup takes the first.
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
        OfficialVerifier.Configure(TestState, compute117);
        OfficialVerifier.Configure(FixedState, compute117);
    }

    public ImmutableArray<Diagnostic> Diagnostics => captured.TestState;

    public ImmutableArray<Diagnostic> FixedDiagnostics => captured.FixedState;

    protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => new[] { provider };

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new DiagnosticAnalyzer[] { new AccelLintAnalyzer(), new TemplateFilesAnalyzer() };
}
