using AccelLint.Diagnostics;
using AccelLint.Engine;

namespace AccelLint.Core.Tests.Workspace;

/// <summary>
/// Untrusted pull requests (SPEC §10): a file an input names is opened only inside the workspace (the
/// folder holding .git), after symbolic links, never in .git, the module cache's main.json the one
/// exception; a referenced file that is not what it should be is one ACCEL000 that quotes nothing.
/// </summary>
public sealed class WorkspaceBoundaryTests : IDisposable
{
    private readonly WorkspaceTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static Finding At(IEnumerable<Finding> findings, string file, int line, int column)
    {
        var found = findings.Where(f => f.Location.File.Path.EndsWith(file, StringComparison.Ordinal) && f.Resolve().Line == line && f.Resolve().Column == column).ToList();
        Assert.True(found.Count == 1, $"expected one finding at {file}({line},{column}), got:\n" + string.Join("\n", findings.Select(f => $"{f.Resolve()} {f.RuleId} {f.Message}")));
        return found[0];
    }

    [Fact]
    public void A_module_path_climbing_out_of_the_workspace_is_ACCEL000_and_never_opened()
    {
        folder.Write("main.bicep", "module m '../../../../../../../../etc/passwd' = {\n  name: 'x'\n}\nmodule n '../outside/secret.bicep' = {\n  name: 'y'\n}\n");
        var findings = folder.Lint("main.bicep");

        var first = At(findings, "main.bicep", 1, 10);
        Assert.Equal(RuleIds.InvalidInput, first.RuleId);
        Assert.Contains("was not read: it is outside the workspace", first.Message, StringComparison.Ordinal);
        Assert.Contains("outside the workspace", At(findings, "main.bicep", 4, 10).Message, StringComparison.Ordinal);
        Assert.Equal(2, findings.Count);
        folder.AssertNothingLeaked(findings);
    }

    [Fact]
    public void An_absolute_module_path_outside_the_workspace_is_ACCEL000()
    {
        folder.Write("main.bicep", $"module m '{folder.Outside}/secret.bicep' = {{\n  name: 'x'\n}}\n");
        var findings = folder.Lint("main.bicep");

        Assert.Contains("outside the workspace", At(findings, "main.bicep", 1, 10).Message, StringComparison.Ordinal);
        Assert.Single(findings);
        folder.AssertNothingLeaked(findings);
    }

    [Fact]
    public void A_symbolic_link_inside_the_workspace_that_leads_out_is_not_followed()
    {
        folder.Link("modules/vm.bicep", Path.Combine(folder.Outside, "secret.bicep"));
        folder.Link("shared", folder.Outside);
        folder.Write("main.bicep", "module m 'modules/vm.bicep' = {\n  name: 'x'\n}\nvar t = loadTextContent('shared/secret.txt')\n");
        var findings = folder.Lint("main.bicep");

        Assert.Contains("symbolic link that leads outside the workspace", At(findings, "main.bicep", 1, 10).Message, StringComparison.Ordinal);
        Assert.Contains("symbolic link that leads outside the workspace", At(findings, "main.bicep", 4, 25).Message, StringComparison.Ordinal);
        Assert.Equal(2, findings.Count);
        folder.AssertNothingLeaked(findings);
    }

    [Fact]
    public void Load_functions_read_nothing_outside_the_workspace()
    {
        folder.Write("main.bicep", "var a = loadTextContent('/etc/hostname')\nvar b = loadFileAsBase64('../outside/secret.txt')\nvar c = loadJsonContent('../outside/passwd')\nvar d = loadYamlContent('.git/config')\n");
        var findings = folder.Lint("main.bicep");

        Assert.Contains("loadTextContent() did not read '/etc/hostname': it is outside the workspace", At(findings, "main.bicep", 1, 25).Message, StringComparison.Ordinal);
        Assert.Contains("outside the workspace", At(findings, "main.bicep", 2, 26).Message, StringComparison.Ordinal);
        Assert.Contains("outside the workspace", At(findings, "main.bicep", 3, 25).Message, StringComparison.Ordinal);
        Assert.Contains("inside the repository's .git folder", At(findings, "main.bicep", 4, 25).Message, StringComparison.Ordinal);
        Assert.Equal(4, findings.Count);
        folder.AssertNothingLeaked(findings);
    }

    [Fact]
    public void A_bicepparam_using_a_path_outside_the_workspace_is_ACCEL000()
    {
        folder.Write("etc.bicepparam", "using '/etc/passwd'\n");
        folder.Write("up.bicepparam", "using '../outside/secret.bicep'\n");
        var findings = folder.Lint(".");

        Assert.Contains("must use a .bicep file", At(findings, "etc.bicepparam", 1, 7).Message, StringComparison.Ordinal);
        Assert.Contains("was not read: it is outside the workspace", At(findings, "up.bicepparam", 1, 7).Message, StringComparison.Ordinal);
        Assert.Equal(2, findings.Count);
        folder.AssertNothingLeaked(findings);
    }

    [Fact]
    public void The_git_folder_is_never_read_even_inside_the_workspace()
    {
        folder.Write("main.bicep", "module m '.git/config' = {\n  name: 'x'\n}\nimport * as c from '.git/config'\n");
        var findings = folder.Lint("main.bicep");

        Assert.Contains("inside the repository's .git folder", At(findings, "main.bicep", 1, 10).Message, StringComparison.Ordinal);
        Assert.Contains("inside the repository's .git folder", At(findings, "main.bicep", 4, 20).Message, StringComparison.Ordinal);
        folder.AssertNothingLeaked(findings);
    }

    [Fact]
    public void A_module_that_is_not_Bicep_is_one_ACCEL000_naming_the_file_that_quotes_nothing_from_it()
    {
        // Inside the workspace, say a file a CI step wrote there.
        folder.Write("notes.txt", "root:x:0:0:" + WorkspaceTestFolder.Secret + ":/root:/bin/bash\ndaemon:x:1:1::/:/usr/sbin/nologin\n");
        folder.Write("main.bicep", "module m 'notes.txt' = {\n  name: 'x'\n}\n");
        var findings = folder.Lint("main.bicep");

        var finding = At(findings, "main.bicep", 1, 10);
        Assert.Equal("module file 'notes.txt': it does not parse as Bicep (2 syntax errors, the first at line 1, column 1); lint it to see them", finding.Message);
        Assert.Single(findings);
        folder.AssertNothingLeaked(findings);
    }

    [Fact]
    public void A_restored_main_json_that_is_not_a_template_is_one_ACCEL000_that_quotes_nothing()
    {
        folder.Write(Path.Combine(folder.Home, ".bicep", "br", "mcr.microsoft.com", "bicep$avm$res$x", "1.0.0$", "main.json"), "root:x:0:0:" + WorkspaceTestFolder.Secret + "\n");
        folder.Write("main.bicep", "module m 'br/public:avm/res/x:1.0.0' = {\n  name: 'x'\n}\n");
        var findings = folder.Lint("main.bicep");

        var finding = At(findings, "main.bicep", 1, 10);
        Assert.Equal(RuleIds.InvalidInput, finding.RuleId);
        Assert.Contains("main.json' is not an ARM template (it is not valid JSON: line 1)", finding.Message, StringComparison.Ordinal);
        Assert.Single(findings);
        folder.AssertNothingLeaked(findings);
    }

    [Fact]
    public void A_hostile_bicepconfig_cache_root_outside_the_workspace_is_not_read()
    {
        // The PR's bicepconfig.json points the module cache at a folder it prepared elsewhere.
        folder.Write(Path.Combine(folder.Outside, "br", "mcr.microsoft.com", "bicep$avm$res$x", "1.0.0$", "main.json"), "{ \"resources\": [] }");
        folder.Write("bicepconfig.json", "{ \"cacheRootDirectory\": \"" + folder.Outside + "\" }");
        folder.Write("main.bicep", "module m 'br/public:avm/res/x:1.0.0' = {\n  name: 'x'\n}\n");
        var findings = folder.Lint("main.bicep");

        var finding = At(findings, "main.bicep", 1, 10);
        Assert.Equal("ACCEL014", finding.RuleId);
        Assert.Contains("was not read: it is outside the workspace", finding.Message, StringComparison.Ordinal);
        folder.AssertNothingLeaked(findings);
    }

    [Fact]
    public void The_users_own_module_cache_is_read()
    {
        folder.Write(Path.Combine(folder.Home, ".bicep", "br", "mcr.microsoft.com", "bicep$avm$res$nic", "1.0.0$", "main.json"), """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "resources": [
                { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2023-09-01", "name": "nic", "location": "eastus",
                  "properties": { "enableAcceleratedNetworking": true } },
                { "type": "Microsoft.Compute/virtualMachines", "apiVersion": "2023-09-01", "name": "vm", "location": "eastus",
                  "properties": { "hardwareProfile": { "vmSize": "Standard_B1s" },
                    "networkProfile": { "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic')]" } ] } } }
              ]
            }
            """);
        folder.Write("main.bicep", "module m 'br/public:avm/res/nic:1.0.0' = {\n  name: 'x'\n}\n");
        var findings = folder.Lint("main.bicep");

        Assert.Equal("ACCEL001", At(findings, "main.bicep", 1, 8).RuleId);
        folder.AssertNothingLeaked(findings);
    }

    [Fact]
    public void A_linted_file_that_is_a_link_leading_out_is_not_read()
    {
        folder.Link("infra/vm.bicep", Path.Combine(folder.Outside, "secret.bicep"));
        folder.Write("infra/main.bicep", "param size string = 'Standard_B1s'\n");
        var findings = folder.Lint(".");

        var finding = At(findings, "infra/vm.bicep", 1, 1);
        Assert.Equal("The file was not read: it is a symbolic link that leads outside the workspace ('" + WorkspaceBoundary.RealPath(folder.Repo) + "').", finding.Message);
        Assert.Single(findings);
        folder.AssertNothingLeaked(findings);
    }

    [Fact]
    public void Folder_links_that_loop_or_lead_out_are_not_followed()
    {
        folder.Write("infra/main.bicep", "param size string = 'Standard_B1s'\n");
        folder.Link("infra/again", Path.Combine(folder.Repo, "infra"));
        folder.Link("infra/sub/up", folder.Repo);
        folder.Link("infra/elsewhere", folder.Outside);
        var findings = folder.Lint(".");

        Assert.Empty(findings);
        folder.AssertNothingLeaked(findings);
        Assert.DoesNotContain(folder.Opened.Paths, p => p.Contains("elsewhere", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_chain_deeper_than_the_limit_ends_with_a_finding()
    {
        string deep = folder.Repo;
        for (int i = 0; i < FileDiscovery.MaxFolderDepth + 10; i++)
        {
            deep = Path.Combine(deep, "d");
        }

        Directory.CreateDirectory(deep);
        File.WriteAllText(Path.Combine(deep, "lost.bicep"), "param x string\n");
        var findings = folder.Lint(".");

        var finding = Assert.Single(findings);
        Assert.Equal(RuleIds.InvalidInput, finding.RuleId);
        Assert.StartsWith($"Folders are nested more than {FileDiscovery.MaxFolderDepth} levels deep below", finding.Message, StringComparison.Ordinal);
        Assert.Equal(FileDiscovery.MaxFolderDepth, Path.GetRelativePath(folder.Repo, finding.Location.File.Path).Split(Path.DirectorySeparatorChar).Length);
    }

    [Fact]
    public void A_folder_of_many_empty_files_is_walked_to_the_end()
    {
        // Bounded: one pass over the names; empty JSON is not a template, an empty Bicep file is valid.
        string many = Path.Combine(folder.Repo, "many");
        Directory.CreateDirectory(many);
        for (int i = 0; i < 20_000; i++)
        {
            File.WriteAllBytes(Path.Combine(many, $"f{i}" + (i % 2 == 0 ? ".json" : ".bicep")), Array.Empty<byte>());
        }

        var result = LintEngine.Lint(new LintOptions { Paths = new[] { folder.Repo } });
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Given_roots_refuse_a_linted_path_outside_them()
    {
        folder.Write("main.bicep", "param x string\n");
        var error = Assert.Throws<LintUsageException>(() => LintEngine.Lint(new LintOptions { Paths = new[] { Path.Combine(folder.Outside, "secret.bicep") }, WorkspaceRoots = new[] { folder.Repo } }));
        Assert.Contains("outside the workspace", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_is_the_folder_holding_git_above_the_linted_paths()
    {
        string nested = Path.Combine(folder.Repo, "a", "b");
        Directory.CreateDirectory(nested);
        Assert.Equal(folder.Repo, WorkspaceBoundary.FindRoot(new[] { nested }, null, "/"));
        Assert.Equal(folder.Outside, WorkspaceBoundary.FindRoot(new[] { Path.Combine(folder.Outside, "secret.bicep") }, null, "/"));
        Assert.Equal(folder.Outside, WorkspaceBoundary.FindRoot(new[] { Path.Combine(folder.Outside, "secret.bicep") }, null, folder.Repo));
        Assert.Equal(folder.Top, WorkspaceBoundary.FindRoot(new[] { Path.Combine(folder.Outside, "secret.bicep") }, null, folder.Top));
        Assert.Equal(folder.Outside, WorkspaceBoundary.FindRoot(new[] { "x" }, folder.Outside, "/"));
    }
}
