using AccelLint.Diagnostics;
using AccelLint.Engine;

namespace AccelLint.Core.Tests.Workspace;

/// <summary>
/// A repository on disk for the untrusted-input tests: <c>repo/</c> holding <c>.git</c>, and beside it
/// <c>outside/</c>, a folder with a secret the linter must never open. Every file the engine is asked
/// to open goes through <see cref="Opened"/>.
/// </summary>
public sealed class WorkspaceTestFolder : IDisposable
{
    /// <summary>What the outside files hold; no message may ever contain it.</summary>
    public const string Secret = "s3cr3t-token-6f1d";

    public WorkspaceTestFolder()
    {
        Top = Path.Combine(Path.GetTempPath(), "accellint-workspace-" + Guid.NewGuid().ToString("N"));
        Repo = Path.Combine(Top, "repo");
        Outside = Path.Combine(Top, "outside");
        Home = Path.Combine(Top, "home");
        Directory.CreateDirectory(Path.Combine(Repo, ".git"));
        Directory.CreateDirectory(Outside);
        Directory.CreateDirectory(Home);
        Write(Path.Combine(Repo, ".git", "config"), "[http]\n\textraheader = AUTHORIZATION: basic " + Secret + "\n");
        Write(Path.Combine(Outside, "secret.bicep"), "param " + Secret + " string\n");
        Write(Path.Combine(Outside, "secret.txt"), Secret + "\n");
        Write(Path.Combine(Outside, "passwd"), "root:x:0:0:" + Secret + ":/root:/bin/bash\ndaemon:x:1:1::/:/usr/sbin/nologin\n");
    }

    public string Top { get; }

    public string Repo { get; }

    public string Outside { get; }

    /// <summary>The user profile: its <c>.bicep</c> is the module cache.</summary>
    public string Home { get; }

    public RecordingFileSystem Opened { get; } = new(LintFileSystem.Disk);

    public string Write(string relativeToRepo, string text)
    {
        string path = Path.IsPathRooted(relativeToRepo) ? relativeToRepo : Path.Combine(Repo, relativeToRepo);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Link(string relativeToRepo, string target)
    {
        string path = Path.Combine(Repo, relativeToRepo);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Directory.Exists(target))
        {
            Directory.CreateSymbolicLink(path, target);
        }
        else
        {
            File.CreateSymbolicLink(path, target);
        }
    }

    /// <summary>Lints paths relative to the repository, reading through <see cref="Opened"/>, the cache in <see cref="Home"/>.</summary>
    public List<Finding> Lint(params string[] paths) =>
        LintEngine.Lint(new LintOptions { Paths = paths.Select(p => Path.Combine(Repo, p)).ToList(), FileSystem = Opened, UserProfile = Home })
            .Findings.ToList();

    /// <summary>Asserts no finding quotes the secret and no file outside the repository (but the cache's main.json) was opened.</summary>
    public void AssertNothingLeaked(IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            Assert.DoesNotContain(Secret, finding.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("root:x", finding.Message, StringComparison.Ordinal);
        }

        string cache = Path.Combine(Home, ".bicep") + Path.DirectorySeparatorChar;
        foreach (var path in Opened.Asked)
        {
            // Above the workspace, only whether an accellint.json exists is asked (SPEC §6: the nearest one applies).
            string real = WorkspaceBoundary.RealPath(path);
            bool inRepo = real.StartsWith(Repo + Path.DirectorySeparatorChar, StringComparison.Ordinal) || real == Repo;
            bool cacheFile = real.StartsWith(cache, StringComparison.Ordinal);
            Assert.True(inRepo || cacheFile || Path.GetFileName(path) == "accellint.json", $"the engine asked whether '{path}' exists, outside the workspace");
        }

        foreach (var path in Opened.Paths)
        {
            string real = WorkspaceBoundary.RealPath(path);
            bool inRepo = real.StartsWith(Repo + Path.DirectorySeparatorChar, StringComparison.Ordinal) || real == Repo;
            bool cacheFile = real.StartsWith(cache, StringComparison.Ordinal) && Path.GetFileName(real) == "main.json";
            Assert.True(inRepo || cacheFile, $"the engine asked for '{path}' (really '{real}'), outside the workspace");
            Assert.DoesNotContain(Path.DirectorySeparatorChar + ".git" + Path.DirectorySeparatorChar, real + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Top, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A file system that records every path it is asked about (exists, read, list), then asks the one below.</summary>
public sealed class RecordingFileSystem : LintFileSystem
{
    private readonly LintFileSystem inner;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> paths = new(StringComparer.Ordinal);

    public RecordingFileSystem(LintFileSystem inner) => this.inner = inner;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> asked = new(StringComparer.Ordinal);

    /// <summary>The paths opened: read, measured or listed.</summary>
    public IReadOnlyCollection<string> Paths => paths.Keys.ToList();

    /// <summary>The paths whose existence was asked.</summary>
    public IReadOnlyCollection<string> Asked => asked.Keys.ToList();

    public override bool FileExists(string path)
    {
        asked[Path.GetFullPath(path)] = true;
        return inner.FileExists(path);
    }

    public override string ReadAllText(string path)
    {
        Record(path);
        return inner.ReadAllText(path);
    }

    public override byte[] ReadAllBytes(string path)
    {
        Record(path);
        return inner.ReadAllBytes(path);
    }

    public override bool DirectoryExists(string path)
    {
        asked[Path.GetFullPath(path)] = true;
        return inner.DirectoryExists(path);
    }

    public override long FileLength(string path)
    {
        Record(path);
        return inner.FileLength(path);
    }

    public override (IEnumerable<string> Files, IEnumerable<string> Folders) List(string folder)
    {
        Record(folder);
        return inner.List(folder);
    }

    private bool Record(string path)
    {
        paths[Path.GetFullPath(path)] = true;
        return true;
    }
}
