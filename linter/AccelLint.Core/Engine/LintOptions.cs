namespace AccelLint.Engine;

public sealed class LintOptions
{
    /// <summary>Files and folders to lint (folders are searched recursively).</summary>
    public IReadOnlyList<string> Paths { get; init; } = Array.Empty<string>();

    /// <summary>Parameters files (or <c>.bicepparam</c>) to evaluate templates with (<c>--parameters</c>).</summary>
    public IReadOnlyList<string> ParameterFiles { get; init; } = Array.Empty<string>();

    /// <summary>A config file for every linted file (<c>--config</c>); otherwise the nearest <c>accellint.json</c>.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>An extra catalog (<c>--catalog</c>): CSV or <c>az vm list-skus</c> JSON.</summary>
    public string? CatalogFile { get; init; }

    /// <summary>
    /// The workspace folders (<c>--root</c>; the LSP client's workspace folders): a file an input names
    /// is read only inside them (SPEC §10). When null: the nearest folder above the linted paths that
    /// holds <c>.git</c>, else the current folder when it holds them, else the folder that holds them.
    /// </summary>
    public IReadOnlyList<string>? WorkspaceRoots { get; init; }

    /// <summary>Where files are read (the disk unless an IDE or compilation supplies them).</summary>
    public LintFileSystem FileSystem { get; init; } = LintFileSystem.Disk;

    /// <summary>
    /// Where <c>bicepconfig.json</c> files and the Bicep module cache (restored registry and template-spec
    /// modules) are read; <see cref="FileSystem"/> when null.
    /// </summary>
    public LintFileSystem? ModuleCacheFileSystem { get; init; }

    /// <summary>The folder whose <c>.bicep</c> is the default module cache; the current user's profile when null.</summary>
    public string? UserProfile { get; init; }

    /// <summary>Files larger than this (bytes) are reported, not read. Default 50 MB.</summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    public const long DefaultMaxFileSize = 50L * 1024 * 1024;

    /// <summary>
    /// Release each file's text once its deployments are evaluated: the findings keep the path and
    /// line table, and a finding's <c>File.Text</c> is read again on first use (empty if the file is
    /// gone or changed). The command line sets it, so that memory is bounded by the largest deployment
    /// rather than by the repository; off by default, for callers that read the text after the run.
    /// </summary>
    public bool ReleaseSourceText { get; init; }

    /// <summary>
    /// Keep, in <see cref="LintResult.Deployments"/>, each deployment's findings and the files it read
    /// (the language server re-evaluates only the deployments that include a changed file).
    /// </summary>
    public bool TrackDeployments { get; init; }

    /// <summary>Stops the run between deployments (<see cref="OperationCanceledException"/>): a newer edit made it stale.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Trees kept across runs by a long-lived caller: unchanged files are not parsed again (null: none kept).</summary>
    public ParseCache? ParseCache { get; init; }

    /// <summary>Called as files are read: (files done, files in all). For a progress display; may be null.</summary>
    public Action<int, int>? Progress { get; init; }
}

/// <summary>A usage problem (missing path, unreadable option file): the CLI exits with 2.</summary>
public sealed class LintUsageException : Exception
{
    public LintUsageException(string message)
        : base(message)
    {
    }
}
