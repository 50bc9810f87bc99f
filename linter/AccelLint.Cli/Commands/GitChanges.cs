using System.Diagnostics;
using AccelLint.Engine;

namespace AccelLint.Cli.Commands;

/// <summary><c>--since REF</c>: the files git says changed since a revision (committed, staged, unstaged or untracked).</summary>
internal static class GitChanges
{
    /// <summary>
    /// The revision goes to git after <c>--end-of-options</c> and may not start with '-', so no value
    /// (from a pull request's branch name, say) can become a git option (SPEC §10).
    /// </summary>
    public static HashSet<string> FilesChangedSince(string revision, string workingDirectory)
    {
        if (revision.Length == 0 || revision.StartsWith("-", StringComparison.Ordinal) || revision.IndexOfAny(new[] { '\0', '\n', '\r' }) >= 0)
        {
            throw new LintUsageException($"--since needs a git revision (a branch, tag or commit), not '{revision.Replace("\n", " ").Replace("\r", " ").Replace("\0", " ")}'");
        }

        string root = Run(workingDirectory, "rev-parse", "--show-toplevel").Trim();
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var output in new[]
        {
            Run(workingDirectory, "diff", "--name-only", "--no-renames", "--end-of-options", revision, "--"),
            Run(workingDirectory, "ls-files", "--others", "--exclude-standard", "--full-name"),
        })
        {
            foreach (var name in output.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries))
            {
                files.Add(Path.GetFullPath(Path.Combine(root, name.Trim())));
            }
        }

        return files;
    }

    private static string Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new LintUsageException("--since needs git, which could not be started");
            string output = process.StandardOutput.ReadToEnd();
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                string first = error.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? $"git exited with {process.ExitCode}";
                throw new LintUsageException($"--since {arguments.LastOrDefault(a => a != "--")}: {first}");
            }

            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new LintUsageException("--since needs git on the PATH");
        }
    }
}
