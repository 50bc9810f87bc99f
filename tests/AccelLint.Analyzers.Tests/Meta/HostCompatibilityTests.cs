using System.Reflection;

namespace AccelLint.Analyzers.Tests.Meta;

/// <summary>
/// A compiler loads an analyzer only if the Microsoft.CodeAnalysis it was compiled against is no newer
/// than its own: the analyzer and the code fixes reference Roslyn 4.8 (Visual Studio 2022 17.8, the
/// .NET 8 SDK), whatever Roslyn the tests run on.
/// </summary>
public class HostCompatibilityTests
{
    public static TheoryData<string> ShippedAssemblies => new()
    {
        typeof(AccelLintAnalyzer).Assembly.GetName().Name!,
        typeof(AccelLint.Analyzers.CodeFixes.RequiredTagFixer).Assembly.GetName().Name!,
    };

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void Shipped_assemblies_reference_Roslyn_4_8_at_most(string name)
    {
        var assembly = Assembly.Load(new AssemblyName(name));
        var roslyn = assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(roslyn);
        Assert.All(roslyn, reference => Assert.True(reference.Version == new Version(4, 8, 0, 0), $"{name} references {reference}"));
    }
}
