using System.Diagnostics;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Tests;

/// <summary>
/// Untrusted pull requests (SPEC §10) through the command line and the language server: files an
/// input names are read only inside the workspace, nothing of a file that is not a template is
/// quoted, and no value from the command line becomes a git option.
/// </summary>
public sealed class UntrustedInputTests : IDisposable
{
    private const string Secret = "s3cr3t-cli-7d2e";
    private readonly Workspace workspace = new();
    private readonly string repo;
    private readonly string outside;

    public UntrustedInputTests()
    {
        repo = workspace.Path("repo");
        outside = workspace.Path("outside");
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        workspace.Write("outside/passwd", "root:x:0:0:" + Secret + ":/root:/bin/bash\ndaemon:x:1:1::/:/usr/sbin/nologin\n");
        workspace.Write("outside/nic.bicep", "param " + Secret + " string\n");
    }

    public void Dispose() => workspace.Dispose();

    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    [InlineData("sarif")]
    public void A_module_naming_a_file_outside_the_repository_prints_nothing_of_it(string format)
    {
        workspace.Write("repo/main.bicep", "module m '../../../../../../../../../../" + outside.TrimStart('/') + "/passwd' = {\n  name: 'x'\n}\n");
        var result = Cli.Run(repo, "lint", "main.bicep", "--format", format);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("outside the workspace", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("root", result.Stdout.Replace(repo, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("daemon", result.Stdout, StringComparison.Ordinal);
        if (format == "text")
        {
            Assert.StartsWith("main.bicep(1,10): error ACCEL000: module file '", result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Root_widens_the_workspace_to_a_folder_above()
    {
        // Without .git, the workspace is the current folder (it holds the linted file): '../outside' is out.
        Directory.Delete(Path.Combine(repo, ".git"));
        workspace.Write("outside/shared.bicep", "param name string = 'x'\n");
        workspace.Write("repo/main.bicep", "module m '../outside/shared.bicep' = {\n  name: 'x'\n}\n");
        var confined = Cli.Run(repo, "lint", "main.bicep");
        Assert.Equal(1, confined.ExitCode);
        Assert.Contains("main.bicep(1,10): error ACCEL000: module file '../outside/shared.bicep' was not read: it is outside the workspace", confined.Stdout, StringComparison.Ordinal);

        var widened = Cli.Run(repo, "lint", "main.bicep", "--root", "..");
        Assert.Equal(0, widened.ExitCode);
        Assert.DoesNotContain("ACCEL000", widened.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_that_does_not_exist_or_does_not_hold_the_paths_is_a_usage_error()
    {
        workspace.Write("repo/main.bicep", "param x string\n");
        var missing = Cli.Run(repo, "lint", "main.bicep", "--root", "no-such-folder");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--root no-such-folder: no such folder", missing.Stderr, StringComparison.Ordinal);

        var apart = Cli.Run(repo, "lint", "main.bicep", "--root", outside);
        Assert.Equal(2, apart.ExitCode);
        Assert.Contains("outside the workspace", apart.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--since=--output=pwned.txt")]
    [InlineData("--since=-p")]
    public void Since_never_hands_git_an_option(string option)
    {
        workspace.Write("repo/main.bicep", "param x string\n");
        Git(repo, "init", "-q");
        var result = Cli.Run(repo, "lint", ".", option);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not start with '-'", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(repo, "pwned.txt")));
    }

    [Fact]
    public void The_language_server_reads_nothing_outside_the_client_workspace_folders()
    {
        string main = workspace.Write("repo/main.bicep", string.Empty);
        var client = new LspClient(repo);
        try
        {
            client.Request("initialize", new JObject
            {
                ["processId"] = null,
                ["workspaceFolders"] = new JArray(new JObject { ["uri"] = LspClient.Uri(repo), ["name"] = "repo" }),
                ["capabilities"] = new JObject(),
            });
            client.Notify("initialized", new JObject());
            string text = "module m '../outside/nic.bicep' = {\n  name: 'x'\n}\nvar t = loadTextContent('../outside/passwd')\n";
            client.Notify("textDocument/didOpen", new JObject { ["textDocument"] = new JObject { ["uri"] = LspClient.Uri(main), ["languageId"] = "bicep", ["version"] = 1, ["text"] = text } });

            var diagnostics = client.Diagnostics(main);
            Assert.Equal(2, diagnostics.Count);
            Assert.All(diagnostics, d => Assert.Contains("outside the workspace", (string)d["message"]!, StringComparison.Ordinal));
            Assert.Equal(0, (int)diagnostics[0]["range"]!["start"]!["line"]!);
            Assert.Equal(9, (int)diagnostics[0]["range"]!["start"]!["character"]!);
            Assert.DoesNotContain(Secret, diagnostics.ToString(), StringComparison.Ordinal);
            client.Request("shutdown", new JObject());
            client.Notify("exit");
            Assert.True(client.WaitForExit(10_000));
        }
        finally
        {
            client.Dispose();
        }
    }

    private static void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Without git the option is refused before git would run; the assertions still hold.
        }
    }
}
