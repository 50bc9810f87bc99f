namespace AccelLint.Engine;

/// <summary>
/// Where the engine reads files: the disk for the command line, or the texts an IDE or a compilation
/// holds (open buffers, AdditionalFiles), so that analyzers never touch the disk themselves.
/// </summary>
public abstract class LintFileSystem
{
    public static LintFileSystem Disk { get; } = new DiskFileSystem();

    public abstract bool FileExists(string path);

    /// <summary>The file's text; throws <see cref="IOException"/> when it cannot be read.</summary>
    public abstract string ReadAllText(string path);

    /// <summary>The file's bytes; throws <see cref="IOException"/> when it cannot be read. Texts held in memory are UTF-8.</summary>
    public virtual byte[] ReadAllBytes(string path) => System.Text.Encoding.UTF8.GetBytes(ReadAllText(path));

    /// <summary>Why this file system will not open <paramref name="path"/> (outside the workspace), or null.</summary>
    public virtual string? Refusal(string path) => null;

    public abstract bool DirectoryExists(string path);

    /// <summary>The file's size in bytes (characters for in-memory files), or -1 when unknown.</summary>
    public virtual long FileLength(string path) => -1;

    /// <summary>Files directly in a folder and its sub-folders' paths.</summary>
    public abstract (IEnumerable<string> Files, IEnumerable<string> Folders) List(string folder);

    private sealed class DiskFileSystem : LintFileSystem
    {
        public override bool FileExists(string path) => File.Exists(path);

        public override string ReadAllText(string path) => File.ReadAllText(path);

        public override byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

        public override bool DirectoryExists(string path) => Directory.Exists(path);

        public override long FileLength(string path) => new FileInfo(path).Length;

        public override (IEnumerable<string> Files, IEnumerable<string> Folders) List(string folder) =>
            (Directory.GetFiles(folder), Directory.GetDirectories(folder));
    }
}

/// <summary>Files held in memory, by full path; anything else does not exist.</summary>
public sealed class InMemoryFileSystem : LintFileSystem
{
    private readonly Dictionary<string, Func<string?>> files = new(StringComparer.Ordinal);

    public void Add(string path, string text) => files[Normalize(path)] = () => text;

    /// <summary>Adds a file whose text is read only when needed (null when it cannot be read).</summary>
    public void Add(string path, Func<string?> text) => files[Normalize(path)] = text;

    public IEnumerable<string> Paths => files.Keys;

    public override bool FileExists(string path) => files.ContainsKey(Normalize(path));

    public override string ReadAllText(string path) =>
        files.TryGetValue(Normalize(path), out var text) && text() is { } content ? content : throw new FileNotFoundException("file not found", path);

    public override bool DirectoryExists(string path)
    {
        string prefix = Normalize(path).TrimEnd('/', '\\') + "/";
        return files.Keys.Any(f => f.Replace('\\', '/').StartsWith(prefix.Replace('\\', '/'), StringComparison.Ordinal));
    }

    public override (IEnumerable<string> Files, IEnumerable<string> Folders) List(string folder)
    {
        string prefix = Normalize(folder).Replace('\\', '/').TrimEnd('/') + "/";
        var direct = new List<string>();
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in files.Keys)
        {
            string slashed = path.Replace('\\', '/');
            if (!slashed.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            int next = slashed.IndexOf('/', prefix.Length);
            if (next < 0)
            {
                direct.Add(path);
            }
            else
            {
                folders.Add(prefix + slashed.Substring(prefix.Length, next - prefix.Length));
            }
        }

        return (direct, folders);
    }

    private static string Normalize(string path) => Path.GetFullPath(path);
}
