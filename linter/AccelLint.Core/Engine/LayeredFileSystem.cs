namespace AccelLint.Engine;

/// <summary>
/// One file system over another: a file the first holds is read from it, anything else from the second.
/// The analyzer reads the Bicep module cache this way: <c>bicepconfig.json</c> from the AdditionalFiles
/// when it is one, else, like restored modules (immutable once restored), from the disk.
/// </summary>
public sealed class LayeredFileSystem : LintFileSystem
{
    private readonly LintFileSystem top;
    private readonly LintFileSystem below;

    public LayeredFileSystem(LintFileSystem top, LintFileSystem below)
    {
        this.top = top;
        this.below = below;
    }

    public override bool FileExists(string path) => top.FileExists(path) || below.FileExists(path);

    public override string ReadAllText(string path) => top.FileExists(path) ? top.ReadAllText(path) : below.ReadAllText(path);

    public override byte[] ReadAllBytes(string path) => top.FileExists(path) ? top.ReadAllBytes(path) : below.ReadAllBytes(path);

    public override string? Refusal(string path) => top.Refusal(path) ?? below.Refusal(path);

    public override bool DirectoryExists(string path) => top.DirectoryExists(path) || below.DirectoryExists(path);

    public override long FileLength(string path) => top.FileExists(path) ? top.FileLength(path) : below.FileLength(path);

    public override (IEnumerable<string> Files, IEnumerable<string> Folders) List(string folder)
    {
        var (files, folders) = top.List(folder);
        var (moreFiles, moreFolders) = below.List(folder);
        return (files.Concat(moreFiles).Distinct(StringComparer.Ordinal), folders.Concat(moreFolders).Distinct(StringComparer.Ordinal));
    }
}
