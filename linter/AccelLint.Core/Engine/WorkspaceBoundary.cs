namespace AccelLint.Engine;

/// <summary>
/// The folders a lint may read files from because an input names them (SPEC §10): the workspace
/// roots, and outside them only the <c>main.json</c> files of the user's Bicep module cache. Paths are
/// compared after following symbolic links, so a link inside the workspace that leads out is outside.
/// A repository's own <c>.git</c> folder is never read, even inside the root: it holds credentials on
/// CI runners.
/// </summary>
public sealed class WorkspaceBoundary
{
    private const int MaxLinkHops = 40;

    private readonly string[] roots;
    private readonly string[] cacheRoots;

    public WorkspaceBoundary(IEnumerable<string> roots, IEnumerable<string> cacheRoots)
    {
        this.roots = roots.Select(r => RealPath(Path.GetFullPath(r))).Distinct(StringComparer.Ordinal).ToArray();
        this.cacheRoots = cacheRoots.Select(r => RealPath(Path.GetFullPath(r))).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The workspace roots, symbolic links followed.</summary>
    public IReadOnlyList<string> Roots => roots;

    /// <summary>Folders' real paths, looked up once each (a lint asks about many files of few folders).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> realFolders = new(StringComparer.Ordinal);

    /// <summary>Why <paramref name="path"/> may not be read, or null when it may.</summary>
    public string? Refusal(string path)
    {
        string real;
        try
        {
            real = CachedRealPath(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            return "it is not a valid path";
        }

        foreach (var root in roots)
        {
            if (IsUnder(real, root))
            {
                return IsInGitFolder(real, root) ? "it is inside the repository's .git folder" : null;
            }
        }

        foreach (var cache in cacheRoots)
        {
            if (IsUnder(real, cache) && IsRestoredModule(real, cache))
            {
                return null;
            }
        }

        if (roots.Any(r => IsUnder(Path.GetFullPath(path), r)))
        {
            return roots.Length == 1
                ? $"it is a symbolic link that leads outside the workspace ('{roots[0]}')"
                : "it is a symbolic link that leads outside the workspace folders";
        }

        return roots.Length == 1
            ? $"it is outside the workspace ('{roots[0]}')"
            : $"it is outside the workspace folders ({string.Join(", ", roots.Select(r => "'" + r + "'"))})";
    }

    /// <summary>
    /// The workspace of a lint: <paramref name="explicitRoot"/> (<c>--root</c>) when given; else the
    /// nearest folder at or above the linted paths that holds <c>.git</c>; else the current folder when
    /// it holds every linted path (and is not the file system's root); else the deepest folder that
    /// holds them all.
    /// </summary>
    public static string FindRoot(IReadOnlyList<string> paths, string? explicitRoot, string currentDirectory)
    {
        if (explicitRoot is not null)
        {
            return Path.GetFullPath(explicitRoot);
        }

        var full = paths.Select(p => Path.GetFullPath(p)).ToList();
        if (full.Count == 0)
        {
            return Path.GetFullPath(currentDirectory);
        }

        string common = CommonFolder(full.Select(p => Directory.Exists(p) ? p : Path.GetDirectoryName(p) ?? p));
        for (string? folder = common; !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            string git = Path.Combine(folder, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return folder;
            }
        }

        // The current folder, unless it is the file system's root (which would confine nothing).
        string current = Path.GetFullPath(currentDirectory);
        bool isRoot = string.Equals(current, Path.GetPathRoot(current), StringComparison.Ordinal);
        return !isRoot && full.All(p => IsUnder(p, current)) ? current : common;
    }

    /// <summary><see cref="RealPath"/>, its folder's part remembered: the file itself is still checked for a link.</summary>
    private string CachedRealPath(string fullPath)
    {
        string? folder = Path.GetDirectoryName(fullPath);
        if (string.IsNullOrEmpty(folder) || LinkTarget(fullPath) is not null)
        {
            return RealPath(fullPath);
        }

        string realFolder = realFolders.GetOrAdd(folder!, f => RealPath(f));
        return Path.Combine(realFolder, Path.GetFileName(fullPath));
    }

    /// <summary>The path with every symbolic link in it followed (the parts that do not exist kept as written).</summary>
    public static string RealPath(string fullPath)
    {
        string root = Path.GetPathRoot(fullPath) ?? "/";
        var pending = new Stack<string>(fullPath.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries).Reverse());
        string current = root;
        int hops = 0;
        bool exists = true;
        while (pending.Count > 0)
        {
            string part = pending.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            string next = Path.Combine(current, part);
            string? target = exists ? LinkTarget(next) : null;
            if (target is null)
            {
                exists = exists && (Directory.Exists(next) || File.Exists(next));
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                throw new IOException("too many levels of symbolic links");
            }

            // Follow the link: its target's parts go in front of what is left.
            string resolved = Path.IsPathRooted(target) ? target : Path.Combine(current, target);
            string resolvedRoot = Path.GetPathRoot(resolved) ?? root;
            foreach (var p in resolved.Substring(resolvedRoot.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(p);
            }

            current = resolvedRoot;
        }

        return current.Length > root.Length ? current.TrimEnd(Path.DirectorySeparatorChar) : current;
    }

    public static bool IsUnder(string path, string folder)
    {
        if (path.Equals(folder, StringComparison.Ordinal))
        {
            return true;
        }

        string prefix = folder.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            FileSystemInfo info = new FileInfo(path);
            if (!info.Exists)
            {
                info = new DirectoryInfo(path);
            }

#if NET
            return info.LinkTarget;
#else
            // netstandard2.0 (the analyzer): the host's runtime has LinkTarget from .NET 6 on.
            return LinkTargetProperty?.GetValue(info) as string;
#endif
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

#if !NET
    private static readonly System.Reflection.PropertyInfo? LinkTargetProperty = typeof(FileSystemInfo).GetProperty("LinkTarget");

#endif
    private static bool IsInGitFolder(string real, string root)
    {
        string relative = real.Length > root.Length ? real.Substring(root.Length).TrimStart(Path.DirectorySeparatorChar) : string.Empty;
        return relative.Split(Path.DirectorySeparatorChar).Any(part => part.Equals(".git", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A <c>main.json</c> at the layout the Bicep compiler restores: <c>br/…/main.json</c> or <c>ts/…/main.json</c>.</summary>
    private static bool IsRestoredModule(string real, string cache)
    {
        if (!Path.GetFileName(real).Equals("main.json", StringComparison.Ordinal))
        {
            return false;
        }

        string relative = real.Substring(cache.Length).TrimStart(Path.DirectorySeparatorChar);
        return relative.StartsWith("br" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || relative.StartsWith("ts" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static string CommonFolder(IEnumerable<string> folders)
    {
        string? common = null;
        foreach (var folder in folders)
        {
            if (common is null)
            {
                common = folder;
                continue;
            }

            while (!IsUnder(folder, common))
            {
                string? parent = Path.GetDirectoryName(common);
                if (parent is null)
                {
                    return common;
                }

                common = parent;
            }
        }

        return common ?? Path.GetPathRoot(Environment.CurrentDirectory) ?? "/";
    }
}
