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

    /// <summary>Full paths, in a stable order. Throws <see cref="LintUsageException"/> for a path that does not exist.</summary>
    public static IReadOnlyList<string> Discover(IEnumerable<string> paths, LintFileSystem? fileSystem = null)
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
                foreach (var file in Walk(full, fs).OrderBy(f => f, StringComparer.Ordinal))
                {
                    if (seen.Add(file))
                    {
                        result.Add(file);
                    }
                }
            }
            else
            {
                throw new LintUsageException($"path not found: {path}");
            }
        }

        return result;
    }

    private static IEnumerable<string> Walk(string folder, LintFileSystem fs)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            IEnumerable<string> files;
            IEnumerable<string> folders;
            try
            {
                (files, folders) = fs.List(current);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
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

                pending.Push(sub);
            }
        }
    }
}
