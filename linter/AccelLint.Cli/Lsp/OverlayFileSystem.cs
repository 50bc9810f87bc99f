using AccelLint.Engine;

namespace AccelLint.Cli.Lsp;

/// <summary>The editor's open buffers over the disk: an open document is linted as typed, not as saved.</summary>
internal sealed class OverlayFileSystem : LintFileSystem
{
    private readonly Func<string, string?> openText;

    public OverlayFileSystem(Func<string, string?> openText) => this.openText = openText;

    public override bool FileExists(string path) => openText(path) is not null || Disk.FileExists(path);

    public override string ReadAllText(string path) => openText(path) ?? Disk.ReadAllText(path);

    public override bool DirectoryExists(string path) => Disk.DirectoryExists(path);

    public override (IEnumerable<string> Files, IEnumerable<string> Folders) List(string folder) => Disk.List(folder);
}
