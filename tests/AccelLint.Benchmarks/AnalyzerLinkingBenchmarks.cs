using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AccelLint.Benchmarks;

/// <summary>
/// SPEC.md §9, issue 11: the analyzer links NICs to VMs within one method in linear time. One method
/// builds N NIC+VM pairs (<c>var nic = CreateOrUpdate(..., nicData)</c>, then a VM whose reference is
/// <c>nic.Id</c>); 1,000 pairs must cost at most 10x 100 pairs. Each run analyses a fresh copy of the
/// compilation (binding included, as a build does). The analyzer is loaded from its build output
/// (analyzers/AccelLint.Analyzers/bin/&lt;configuration&gt;/netstandard2.0) into its own load context.
/// </summary>
public class AnalyzerLinkingBenchmarks
{
    private Compilation small = null!;
    private Compilation large = null!;
    private ImmutableArray<DiagnosticAnalyzer> analyzers;

    [GlobalSetup]
    public void Setup()
    {
        analyzers = ImmutableArray.Create(LoadAnalyzer());
        small = Compile(100);
        large = Compile(1_000);
    }

    [Benchmark(Baseline = true, Description = "analyzer: 100 NIC+VM pairs in one method")]
    public int Link100() => Analyze(small);

    [Benchmark(Description = "analyzer: 1,000 NIC+VM pairs in one method")]
    public int Link1000() => Analyze(large);

    /// <summary>The findings (a third of the VMs are B1s with AN requested: ACCEL001), so the work cannot be skipped.</summary>
    public int Analyze(Compilation compilation)
    {
        var clone = compilation.Clone();
        var diagnostics = clone.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return diagnostics.Length;
    }

    public static Compilation Compile(int pairs)
    {
        var text = new StringBuilder(StandIns);
        text.Append("class Deploy\n{\n    void Run(object client)\n    {\n");
        for (int i = 0; i < pairs; i++)
        {
            string size = i % 3 == 0 ? "Standard_B1s" : "Standard_D4s_v3";
            text.Append($"        var nicData{i} = new NetworkInterfaceData {{ Location = AzureLocation.EastUS, EnableAcceleratedNetworking = true }};\n");
            text.Append($"        var nic{i} = client.CreateOrUpdate(\"nic-{i}\", nicData{i});\n");
            text.Append($"        var vm{i} = new VirtualMachineData(AzureLocation.EastUS) {{ HardwareProfile = new VirtualMachineHardwareProfile {{ VmSize = \"{size}\" }}, NetworkProfile = new VirtualMachineNetworkProfile {{ NetworkInterfaces = {{ new VirtualMachineNetworkInterfaceReference {{ Id = nic{i}.Id }} }} }} }};\n");
        }

        text.Append("    }\n}\n");
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            $"Linking{pairs}",
            new[] { CSharpSyntaxTree.ParseText(text.ToString(), new CSharpParseOptions(LanguageVersion.Latest), "Deploy.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(3).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The generated code does not compile: " + string.Join("; ", errors));
        }

        return compilation;
    }

    /// <summary>The C# analyzer, from the analyzer project's build output of the same configuration.</summary>
    public static DiagnosticAnalyzer LoadAnalyzer()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        string? folder = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null && folder is null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lint.sln")))
            {
                folder = Path.Combine(dir.FullName, "analyzers", "AccelLint.Analyzers", "bin", configuration, "netstandard2.0");
            }
        }

        if (folder is null || !File.Exists(Path.Combine(folder, "AccelLint.Analyzers.dll")))
        {
            throw new InvalidOperationException($"Build analyzers/AccelLint.Analyzers ({configuration}) first: {folder}");
        }

        var context = new AnalyzerLoadContext(folder);
        var assembly = context.LoadFromAssemblyPath(Path.Combine(folder, "AccelLint.Analyzers.dll"));
        return (DiagnosticAnalyzer)Activator.CreateInstance(assembly.GetType("AccelLint.Analyzers.AccelLintAnalyzer", throwOnError: true)!)!;
    }

    /// <summary>Loads the analyzer's own dependencies (the netstandard2.0 engine) from its folder; Roslyn and the rest from the host.</summary>
    private sealed class AnalyzerLoadContext(string folder) : AssemblyLoadContext("accellint-analyzer")
    {
        protected override Assembly? Load(AssemblyName name)
        {
            string path = Path.Combine(folder, name.Name + ".dll");
            return !name.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }

    private const string StandIns = """
        using Azure.Core;
        using Azure.ResourceManager.Compute;
        using Azure.ResourceManager.Compute.Models;
        using Azure.ResourceManager.Network;

        namespace Azure.Core
        {
            public readonly struct AzureLocation
            {
                private readonly string _name;
                public AzureLocation(string name) { _name = name; }
                public static AzureLocation EastUS { get; } = new AzureLocation("eastus");
            }

            public class ResourceIdentifier { }
        }

        namespace Azure.ResourceManager.Network
        {
            public class NetworkInterfaceData
            {
                public Azure.Core.AzureLocation? Location { get; set; }
                public bool? EnableAcceleratedNetworking { get; set; }
                public System.Collections.Generic.IDictionary<string, string> Tags { get; } = new System.Collections.Generic.Dictionary<string, string>();
            }

            public class NetworkInterfaceResource { public Azure.Core.ResourceIdentifier Id { get; } }

            public static class NetworkInterfaceCollectionExtensions
            {
                public static NetworkInterfaceResource CreateOrUpdate(this object collection, string name, NetworkInterfaceData data) => null;
            }
        }

        namespace Azure.ResourceManager.Compute.Models
        {
            public class VirtualMachineHardwareProfile { public string VmSize { get; set; } }
            public class VirtualMachineNetworkInterfaceReference { public Azure.Core.ResourceIdentifier Id { get; set; } }
            public class VirtualMachineNetworkProfile
            {
                public System.Collections.Generic.IList<VirtualMachineNetworkInterfaceReference> NetworkInterfaces { get; } = new System.Collections.Generic.List<VirtualMachineNetworkInterfaceReference>();
            }
        }

        namespace Azure.ResourceManager.Compute
        {
            public class VirtualMachineData
            {
                public VirtualMachineData(Azure.Core.AzureLocation location) { }
                public Azure.ResourceManager.Compute.Models.VirtualMachineHardwareProfile HardwareProfile { get; set; }
                public Azure.ResourceManager.Compute.Models.VirtualMachineNetworkProfile NetworkProfile { get; set; }
            }
        }

        """;
}
