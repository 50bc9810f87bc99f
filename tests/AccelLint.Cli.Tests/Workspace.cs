namespace AccelLint.Cli.Tests;

/// <summary>A fresh temporary folder holding the files of one test; deleted on dispose.</summary>
public sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "accellint-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Writes <paramref name="text"/> (line breaks as written) to a path relative to the workspace; returns the full path.</summary>
    public string Write(string relativePath, string text)
    {
        string path = Path(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Read(string relativePath) => File.ReadAllText(Path(relativePath));

    public string Path(string relativePath) => System.IO.Path.Combine(Root, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>Runs <c>accellint</c> with the workspace as the working folder.</summary>
    public CliResult Run(params string[] args) => Cli.Run(Root, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
