using System.Text.Json;

namespace AccelLint.Core.Tests.Registry;

/// <summary>
/// A temporary folder for registry-module tests: files by relative path, a <c>bicepconfig.json</c> whose
/// <c>cacheRootDirectory</c> is a folder inside it, and restored modules placed where the Bicep compiler
/// writes them (paths spelled out by the tests, not computed by the code under test).
/// </summary>
internal sealed class RegistryCache : IDisposable
{
    public RegistryCache()
    {
        Root = Path.Combine(Path.GetTempPath(), "accellint-tests", "registry-" + Guid.NewGuid().ToString("N"));
        CacheRoot = Path.Combine(Root, ".bicep-cache");
        Directory.CreateDirectory(CacheRoot);
    }

    public string Root { get; }

    public string CacheRoot { get; }

    /// <summary>Writes bicepconfig.json in the root: the cache root, plus any other top-level JSON properties.</summary>
    public RegistryCache WithConfig(string extraProperties = "")
    {
        string cacheRoot = JsonSerializer.Serialize(CacheRoot);
        Write("bicepconfig.json", "{\n  \"cacheRootDirectory\": " + cacheRoot + (extraProperties.Length > 0 ? ",\n  " + extraProperties : string.Empty) + "\n}\n");
        return this;
    }

    /// <summary>Writes a file under the root (folders created).</summary>
    public string Write(string relativePath, string text)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Places a restored module under the cache root (<paramref name="relativePath"/> like <c>br/mcr.microsoft.com/bicep$x/1.0.0$</c>).</summary>
    public string Restore(string relativePath, string mainJson)
    {
        string path = Path.Combine(CacheRoot, relativePath, "main.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, mainJson);
        return path;
    }

    /// <summary>Copies a folder (recursively) to a path under the root.</summary>
    public void CopyFolder(string from, string toRelative)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Contains("tests"))
            {
                continue;
            }

            string target = Path.Combine(Root, toRelative, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
