using System.Collections.Immutable;
using AccelLint.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AccelLint.Analyzers.Tests.CodeFixes;

/// <summary>
/// Applies a code fix the way an IDE does: the marked-up source (<c>{|ACCEL001:...|}</c>, see
/// <see cref="AnalyzerVerifier.Parse"/>) and the SDK stand-ins go into an <see cref="AdhocWorkspace"/>,
/// the analyzers run, the provider registers its actions for the marked diagnostic, and the action
/// with the given title is applied through its operations. The fixed document must equal the
/// expected text exactly, compile, and no longer carry the fixed diagnostic.
/// </summary>
public static class CodeFixVerifier
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.Add(typeof(Azure.ResourceManager.Compute.VirtualMachineData).Assembly.Location);
        paths.Add(typeof(Azure.ResourceManager.ArmClient).Assembly.Location);
        paths.Add(typeof(Azure.Core.AzureLocation).Assembly.Location);
        return paths.Distinct(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    /// <summary>
    /// Applies the fix titled <paramref name="title"/> to every marked diagnostic at once (one mark:
    /// the fix itself; several: the provider's Fix All in the document) and compares the result.
    /// Returns the ACCEL diagnostics left in the fixed code, which must not include the fixed ID.
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
        var (document, marked) = await SetUpAsync(markup, config, outputKind, compute117);
        CodeAction action;
        if (marked.Count == 1)
        {
            var actions = await ActionsAsync(provider, document, marked[0]);
            action = Assert.Single(actions, a => a.Title == title);
            Assert.Equal(title, action.EquivalenceKey);
        }
        else
        {
            var fixAll = provider.GetFixAllProvider();
            Assert.NotNull(fixAll);
            var context = new FixAllContext(document, provider, FixAllScope.Document, title, marked.Select(d => d.Id).Distinct(), new FixedDiagnostics(marked), CancellationToken.None);
            action = (await fixAll.GetFixAsync(context))!;
            Assert.NotNull(action);
        }

        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var solution = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        var fixedDocument = solution.GetDocument(document.Id)!;
        Assert.Equal(expected, (await fixedDocument.GetTextAsync()).ToString());

        var after = await DiagnosticsAsync(fixedDocument);
        var fixedIds = marked.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.True(!after.Any(d => fixedIds.Contains(d.Id)), "The fixed code still has the diagnostic:\n" + string.Join("\n", after));

        // The official framework applies the same fix one diagnostic at a time and in every Fix All scope.
        var before = await DiagnosticsAsync(document);
        await OfficialVerifier.VerifyFixAsync(
            provider,
            (await document.GetTextAsync()).ToString(),
            before,
            expected,
            after,
            title,
            config is null ? null : (Path.Combine(Path.GetTempPath(), "accellint.json"), config),
            outputKind,
            compute117);
        return after;
    }

    /// <summary>The marked diagnostic is reported, and the provider offers exactly these titles for it.</summary>
    public static async Task VerifyTitlesAsync(CodeFixProvider provider, string markup, params string[] titles)
    {
        var (document, marked) = await SetUpAsync(markup, config: null, OutputKind.DynamicallyLinkedLibrary);
        var actions = await ActionsAsync(provider, document, Assert.Single(marked));
        Assert.Equal(titles, actions.Select(a => a.Title).ToArray());
        Assert.All(actions, a => Assert.Equal(a.Title, a.EquivalenceKey));
    }

    private static async Task<(Document Document, List<Diagnostic> Marked)> SetUpAsync(string markup, string? config, OutputKind outputKind, bool compute117 = false)
    {
        var compute = typeof(Azure.ResourceManager.Compute.VirtualMachineData).Assembly.Location;
        var references = compute117 ? References.Value.Where(r => r is PortableExecutableReference { FilePath: var path } && path != compute) : References.Value;
        var (source, expected) = AnalyzerVerifier.Parse(markup);
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var documentId = DocumentId.CreateNewId(projectId);
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                "Test",
                "Test",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Disable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: references))
            .AddDocument(documentId, "Test.cs", SourceText.From(source), filePath: "Test.cs")
            .AddDocument(DocumentId.CreateNewId(projectId), "StandIns.cs", SourceText.From(StandIns.Source), filePath: "StandIns.cs");
        if (compute117)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "Compute117StandIns.cs", SourceText.From(Compute117StandIns.Source), filePath: "Compute117StandIns.cs");
        }

        if (config is not null)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), "accellint.json", SourceText.From(config), filePath: Path.Combine(Path.GetTempPath(), "accellint.json"));
        }

        var document = solution.GetDocument(documentId)!;
        var diagnostics = await DiagnosticsAsync(document);
        var marked = new List<Diagnostic>();
        foreach (var (id, span) in expected)
        {
            var found = diagnostics.FirstOrDefault(d => d.Id == id && d.Location.SourceSpan == span);
            Assert.True(found is not null, $"{id} is not reported at {span} '{source.Substring(span.Start, span.Length)}'. Reported:\n{string.Join("\n", diagnostics)}");
            marked.Add(found!);
        }

        Assert.NotEmpty(marked);
        return (document, marked);
    }

    /// <summary>The ACCEL diagnostics of the document's file, after checking that the project compiles.</summary>
    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The code does not compile:\n" + string.Join("\n", errors) + "\n" + (await document.GetTextAsync()));
        var diagnostics = await AnalyzerVerifier.AnalyzeAsync(compilation, document.Project.AnalyzerOptions.AdditionalFiles);
        return diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath).ToImmutableArray();
    }

    private static async Task<List<CodeAction>> ActionsAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        Assert.Contains(diagnostic.Id, provider.FixableDiagnosticIds);
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        return actions;
    }

    /// <summary>Fix All's view of the document: exactly the marked diagnostics.</summary>
    private sealed class FixedDiagnostics(List<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
