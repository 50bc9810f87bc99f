using System.Collections.Immutable;
using AccelLint.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace AccelLint.Analyzers.Tests.AdditionalFiles;

/// <summary>
/// SPEC §9 (issue 11 item 3): <c>accellint.json</c>, its catalog and template findings are cached across
/// compilations by content, so an edit to a C# file re-lints no template; a change to a template or
/// catalog is seen; a cancelled read is never kept. Each test uses its own folder, so that the counts
/// are its own while other tests run.
/// </summary>
public class CachingTests
{
    private const string Template = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "type": "Microsoft.Network/networkInterfaces",
              "apiVersion": "2023-09-01",
              "name": "app-nic",
              "location": "eastus",
              "properties": { "enableAcceleratedNetworking": true }
            },
            {
              "type": "Microsoft.Compute/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "app-vm",
              "location": "eastus",
              "properties": {
                "hardwareProfile": { "vmSize": "Standard_B1s" },
                "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'app-nic')]" } ] }
              }
            }
          ]
        }
        """;

    private static string Folder() => "/src/cache-" + Guid.NewGuid().ToString("N");

    /// <summary>
    /// A framework run of <paramref name="source"/> with the template at <paramref name="path"/>: the
    /// framework checks that the template has exactly <paramref name="findings"/> ACCEL001 (at its
    /// <c>enableAcceleratedNetworking</c> key) and nothing else is reported. The caches are static, so
    /// two runs are two compilations through the same caches, as in the IDE.
    /// </summary>
    private static async Task<int> TemplateFindings(int findings, string source, string path, string template)
    {
        var test = new AccelLintAnalyzerTest(sdk: false);
        test.TestState.Sources.Add(("Test.cs", source));
        test.TestState.AdditionalFiles.Add((path, template));
        test.ExpectedDiagnostics.AddRange(Enumerable.Repeat(new DiagnosticResult("ACCEL001", DiagnosticSeverity.Warning).WithLocation(path, 10, 23), findings));
        await test.RunAsync();
        return test.Diagnostics.Count(d => d.Id == "ACCEL001" && d.Location.GetLineSpan().Path.EndsWith("azuredeploy.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_edit_to_a_cs_file_lints_no_template_again()
    {
        string template = Folder() + "/azuredeploy.json";
        Assert.Equal(1, await TemplateFindings(1, "class A { }", template, Template));
        Assert.Equal(1, await TemplateFindings(1, "class A { void Edited() { } }", template, Template));

        Assert.Equal(1, TemplateFilesAnalyzer.Cache.Computations[template]);
    }

    [Fact]
    public async Task A_changed_template_is_linted_again()
    {
        string template = Folder() + "/azuredeploy.json";

        Assert.Equal(1, await TemplateFindings(1, "class A { }", template, Template));
        Assert.Equal(0, await TemplateFindings(0, "class A { }", template, Template.Replace("Standard_B1s", "Standard_D4s_v3")));

        Assert.Equal(2, TemplateFilesAnalyzer.Cache.Computations[template]);
    }

    [Fact]
    public void Config_is_read_once_while_it_and_its_catalog_are_unchanged()
    {
        string folder = Folder();
        string config = folder + "/accellint.json";
        var files = ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText(config, """{ "catalog": "sizes.csv" }"""),
            new InMemoryAdditionalText(folder + "/sizes.csv", "name,series,vcpus,accelerated_networking,an_required,source\nStandard_Custom1,customFamily,4,true,false,test\n"));

        AnalyzerSettings.Create(files).For(folder + "/A.cs", CancellationToken.None);
        AnalyzerSettings.Create(files).For(folder + "/B.cs", CancellationToken.None);
        Assert.Equal(1, AnalyzerSettings.Cache.Computations[config]);

        var changedCatalog = files.SetItem(1, new InMemoryAdditionalText(folder + "/sizes.csv", "name,series,vcpus,accelerated_networking,an_required,source\nStandard_Custom2,customFamily,8,true,false,test\n"));
        AnalyzerSettings.Create(changedCatalog).For(folder + "/A.cs", CancellationToken.None);
        Assert.Equal(2, AnalyzerSettings.Cache.Computations[config]);
    }

    /// <summary>A read cancelled once (a keystroke cancels the analysis) must not make every later read fail.</summary>
    [Fact]
    public void A_cancelled_read_is_not_kept()
    {
        string folder = Folder();
        var files = ImmutableArray.Create<AdditionalText>(new CancellableText(folder + "/accellint.json", """{ "rules": { "ACCEL001": "error" } }"""));
        var settings = AnalyzerSettings.Create(files);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => settings.For(folder + "/A.cs", cancelled.Token));
        Assert.Equal(AccelLint.Diagnostics.DiagnosticLevel.Error, settings.For(folder + "/A.cs", CancellationToken.None).LevelOf(AccelLint.Rules.RuleRegistry.Find("ACCEL001")!));
    }

    private sealed class CancellableText(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return source;
        }
    }
}
