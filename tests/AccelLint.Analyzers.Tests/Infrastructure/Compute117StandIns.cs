namespace AccelLint.Analyzers.Tests.Infrastructure;

/// <summary>
/// Stand-ins for the Azure.ResourceManager.Compute 1.17+ types the analyzer reads, with their real
/// namespaces and member names, compiled in a separate compilation that does not reference the real
/// Compute 1.2.0. Why stand-ins and not the real 1.19.0 assembly: Compute 1.17+ needs
/// Azure.ResourceManager 1.14, which the registry here does not serve, and a stand-in cannot add
/// members to a type of a referenced assembly. The source is the one samples/csharp compiles
/// (samples/compute117-standins/Compute117.cs, embedded in this assembly), so the tests and the sample
/// read the same SDK shapes.
/// </summary>
public static class Compute117StandIns
{
    public static string Source { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(Compute117StandIns).Assembly.GetManifestResourceStream("Compute117.cs")
            ?? throw new InvalidOperationException("The embedded resource Compute117.cs (samples/compute117-standins/Compute117.cs) is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
