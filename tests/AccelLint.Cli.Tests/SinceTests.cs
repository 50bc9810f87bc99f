using System.Diagnostics;

namespace AccelLint.Cli.Tests;

/// <summary><c>--since REF</c>: the whole deployment is evaluated, only findings in files changed since REF are reported.</summary>
[Collection(CliCollection.Name)]
public class SinceTests
{
    private static readonly string Bad = File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "samples", "arm", "ACCEL001-unsupported-size", "azuredeploy.json"));
    private static readonly string BadParameters = File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "samples", "arm", "ACCEL001-unsupported-size", "azuredeploy.parameters.json"));

    [Fact]
    public void Only_files_changed_since_the_revision_are_reported()
    {
        using var workspace = new Workspace();
        workspace.Write("old/azuredeploy.json", Bad);
        workspace.Write("old/azuredeploy.parameters.json", BadParameters);
        workspace.Write("new/azuredeploy.json", Bad);
        workspace.Write("new/azuredeploy.parameters.json", BadParameters);
        if (!Git(workspace.Root, "init", "-q") || !Git(workspace.Root, "add", "-A") || !Git(workspace.Root, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "base"))
        {
            return; // no git on this machine
        }

        workspace.Write("new/azuredeploy.json", "\n" + Bad);
        workspace.Write("untracked/azuredeploy.json", Bad);
        workspace.Write("untracked/azuredeploy.parameters.json", BadParameters);

        var all = workspace.Run("lint", ".");
        var since = workspace.Run("lint", ".", "--since", "HEAD");

        Assert.Equal(3, all.Stdout.Split('\n').Count(l => l.Contains("ACCEL001", StringComparison.Ordinal)));
        var reported = since.Stdout.Split('\n').Where(l => l.Contains("ACCEL001", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, reported.Count);
        Assert.Contains(reported, l => l.StartsWith("new/azuredeploy.json(77,", StringComparison.Ordinal));
        Assert.Contains(reported, l => l.StartsWith("untracked/azuredeploy.json(76,", StringComparison.Ordinal));
        Assert.Equal(1, since.ExitCode);
    }

    [Fact]
    public void An_unknown_revision_is_a_usage_error()
    {
        using var workspace = new Workspace();
        workspace.Write("azuredeploy.json", Bad);
        if (!Git(workspace.Root, "init", "-q"))
        {
            return;
        }

        var result = workspace.Run("lint", ".", "--since", "no-such-revision");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("accellint: --since no-such-revision:", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    private static bool Git(string folder, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
