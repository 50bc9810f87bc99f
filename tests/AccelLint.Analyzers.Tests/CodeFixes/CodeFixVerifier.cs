using System.Collections.Immutable;
using AccelLint.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace AccelLint.Analyzers.Tests.CodeFixes;

/// <summary>
/// Code fixes on the official framework only (<see cref="AccelLintCodeFixTest"/>). The marked-up
/// source (<c>{|ACCEL001:...|}</c>) is the test state and the expected text the fixed state; the fix is
/// the action whose equivalence key is the title (and whose title it is), applied by the framework one
/// diagnostic at a time and in its Fix All scopes (document, project, solution), each of which must
/// give the expected text exactly, compile, and leave exactly the diagnostics marked in it.
/// Every ACCEL diagnostic of both states is marked in the markup: none is disabled, so a fix that
/// introduces a finding, or a finding the test does not name, fails the test.
/// </summary>
public static class CodeFixVerifier
{
    /// <summary>
    /// Applies the fix titled <paramref name="title"/> to the marked diagnostics and compares the result
    /// with <paramref name="expected"/>. Returns the ACCEL diagnostics of Test.cs left in the fixed code
    /// (those marked in <paramref name="expected"/>), which must not include a fixed ID.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> VerifyFixAsync(
        CodeFixProvider provider,
        string markup,
        string title,
        string expected,
        string? config = null,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary,
        bool compute117 = false)
    {
        var test = new AccelLintCodeFixTest(provider, compute117)
        {
            CodeActionEquivalenceKey = title,
            CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title, "The action with this equivalence key has another title."),
        };
        test.TestState.Sources.Insert(0, ("Test.cs", SourceText.From(markup)));
        test.FixedState.Sources.Insert(0, ("Test.cs", SourceText.From(expected)));
        test.TestState.OutputKind = outputKind;
        test.FixedState.OutputKind = outputKind;
        if (config is not null)
        {
            string path = Path.Combine(Path.GetTempPath(), "accellint.json");
            test.TestState.AdditionalFiles.Add((path, config));
            test.FixedState.AdditionalFiles.Add((path, config));
        }

        await test.RunAsync();
        var marked = CapturedDiagnostics.Of(test.Diagnostics, "Test.cs");
        Assert.NotEmpty(marked);
        var after = CapturedDiagnostics.Of(test.FixedDiagnostics, "Test.cs");
        var fixedIds = marked.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.True(!after.Any(d => fixedIds.Contains(d.Id)), "The fixed code still has the diagnostic:\n" + string.Join("\n", after));
        return after;
    }

    /// <summary>
    /// The marked diagnostic is reported (the framework judges the markup), and the provider offers
    /// exactly these titles for it, each its own equivalence key: asked on the framework's own document
    /// and diagnostic.
    /// </summary>
    public static async Task VerifyTitlesAsync(CodeFixProvider provider, string markup, params string[] titles)
    {
        var test = new AccelLintAnalyzerTest();
        test.TestState.Sources.Insert(0, ("Test.cs", SourceText.From(markup)));
        await test.RunAsync();

        var diagnostic = Assert.Single(CapturedDiagnostics.Of(test.Diagnostics, "Test.cs"));
        Assert.Contains(diagnostic.Id, provider.FixableDiagnosticIds);
        var document = Assert.Single(test.Project!.Documents, d => d.FilePath == "Test.cs");
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        Assert.Equal(titles, actions.Select(a => a.Title).ToArray());
        Assert.All(actions, a => Assert.Equal(a.Title, a.EquivalenceKey));
    }
}
