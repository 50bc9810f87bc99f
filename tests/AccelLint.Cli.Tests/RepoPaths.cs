namespace AccelLint.Cli.Tests;

/// <summary>Where the repository is: the folder holding <c>Lint.sln</c>, found walking up from the test binaries.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootValue = new(FindRoot);

    public static string Root => RootValue.Value;

    /// <summary><c>../shared/schemas/sarif-2.1.0.json</c> beside the repository.</summary>
    public static string SarifSchema => Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas", "sarif-2.1.0.json"));

    public static string ArmSamples => Path.Combine(Root, "samples", "arm");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Lint.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Lint.sln not found in any folder above {AppContext.BaseDirectory}");
    }
}
