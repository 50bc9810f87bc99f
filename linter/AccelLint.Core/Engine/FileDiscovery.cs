using AccelLint.Diagnostics;
using AccelLint.Rules;
using AccelLint.Text;

namespace AccelLint.Engine;

/// <summary>Finds the files to lint: .json, .bicep and .bicepparam, skipping bin, obj, node_modules and dot-folders.</summary>
public static class FileDiscovery
{
    private static readonly string[] SkippedFolders = { "bin", "obj", "node_modules" };

    public static bool IsLintable(string path)
    {
        string extension = Path.GetExtension(path);
        return extension.Equals(".json", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".bicep", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".bicepparam", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Folders deeper than this below a linted folder are not searched (a finding says so).</summary>
    public const int MaxFolderDepth = 64;

    /// <summary>
    /// Full paths, in a stable order. Throws <see cref="LintUsageException"/> for a path that does not
    /// exist. Folder links are followed only inside the workspace (the file system refuses the rest) and
    /// never twice to the same folder, so link loops end; what could not be searched is added to
    /// <paramref name="problems"/>.
    /// </summary>
    public static IReadOnlyList<string> Discover(IEnumerable<string> paths, LintFileSystem? fileSystem = null, List<Finding>? problems = null)
    {
        var fs = fileSystem ?? LintFileSystem.Disk;
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            string full = Path.GetFullPath(path);
            if (fs.FileExists(full))
            {
                if (seen.Add(full))
                {
                    result.Add(full);
                }
            }
            else if (fs.DirectoryExists(full))
            {
                foreach (var file in Walk(full, fs, problems).OrderBy(f => f, StringComparer.Ordinal))
                {
                    if (seen.Add(file))
                    {
                        result.Add(file);
                    }
                }
            }
            else if (fs.Refusal(full) is { } reason)
            {
                throw new LintUsageException($"{path}: {reason}");
            }
            else
            {
                throw new LintUsageException($"path not found: {path}");
            }
        }

        return result;
    }

    private static IEnumerable<string> Walk(string folder, LintFileSystem fs, List<Finding>? problems)
    {
        var pending = new Stack<(string Path, string Real, int Depth)>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        string start = WorkspaceBoundary.RealPath(folder);
        pending.Push((folder, start, 0));
        visited.Add(start);
        bool tooDeep = false;
        while (pending.Count > 0)
        {
            var (current, real, depth) = pending.Pop();
            IEnumerable<string> files;
            IEnumerable<string> folders;
            try
            {
                (files, folders) = fs.List(current);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems?.Add(Problem(current, $"The folder cannot be searched ({e.GetType().Name})", "the files in it were not linted."));
                continue;
            }

            foreach (var file in files)
            {
                if (IsLintable(file))
                {
                    yield return file;
                }
            }

            foreach (var sub in folders)
            {
                string name = Path.GetFileName(sub);
                if (name.StartsWith(".", StringComparison.Ordinal) || SkippedFolders.Any(s => s.Equals(name, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                if (depth + 1 > MaxFolderDepth)
                {
                    if (!tooDeep)
                    {
                        tooDeep = true;
                        problems?.Add(Problem(current, $"Folders are nested more than {MaxFolderDepth} levels deep below '{folder}'", "the folders below this one were not searched."));
                    }

                    continue;
                }

                // A folder link is followed once to where it leads (a loop leads back to a visited folder).
                string subReal = IsLink(sub) ? SafeRealPath(sub) : Path.Combine(real, name);
                if (visited.Add(subReal))
                {
                    pending.Push((sub, subReal, depth + 1));
                }
            }
        }
    }

    private static bool IsLink(string path)
    {
        try
        {
            return (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    private static string SafeRealPath(string path)
    {
        try
        {
            return WorkspaceBoundary.RealPath(path);
        }
        catch (IOException)
        {
            return path;
        }
    }

    private static Finding Problem(string folder, string subject, string problem) =>
        InvalidInputRule.Finding(new SourceRef(new SourceFile(folder, string.Empty), new TextSpan(0, 0)), subject, problem, DiagnosticLevel.Error);
}
