namespace AccelLint.Engine;

/// <summary>
/// A file system that opens nothing outside a <see cref="WorkspaceBoundary"/>: a refused path does
/// not exist, cannot be read and lists nothing, whatever the file system below holds. The engine reads
/// every file an input names through it, so a path that escapes the workspace is never opened.
/// </summary>
public sealed class ConfinedFileSystem : LintFileSystem
{
    private readonly LintFileSystem inner;

    public ConfinedFileSystem(LintFileSystem inner, WorkspaceBoundary boundary)
    {
        this.inner = inner;
        Boundary = boundary;
    }

    public WorkspaceBoundary Boundary { get; }

    public override string? Refusal(string path) => Boundary.Refusal(path);

    public override bool FileExists(string path) => Refusal(path) is null && inner.FileExists(path);

    public override string ReadAllText(string path) =>
        Refusal(path) is { } reason ? throw new OutsideWorkspaceException(path, reason) : inner.ReadAllText(path);

    public override byte[] ReadAllBytes(string path) =>
        Refusal(path) is { } reason ? throw new OutsideWorkspaceException(path, reason) : inner.ReadAllBytes(path);

    public override bool DirectoryExists(string path) => Refusal(path) is null && inner.DirectoryExists(path);

    public override long FileLength(string path) => Refusal(path) is null ? inner.FileLength(path) : -1;

    public override (IEnumerable<string> Files, IEnumerable<string> Folders) List(string folder) =>
        Refusal(folder) is null ? inner.List(folder) : (Array.Empty<string>(), Array.Empty<string>());
}

/// <summary>A file the lint may not open (SPEC §10); its message says why and quotes nothing from the file.</summary>
public sealed class OutsideWorkspaceException : IOException
{
    public OutsideWorkspaceException(string path, string reason)
        : base($"'{path}' was not read: {reason}")
    {
        Path = path;
        Reason = reason;
    }

    public string Path { get; }

    public string Reason { get; }
}
