using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using static AccelLint.Analyzers.Tests.CSharp.CSharpHarness;
using static AccelLint.Analyzers.Tests.Infrastructure.AnalyzerVerifier;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>
/// <c>#pragma warning disable</c>, <c>[SuppressMessage]</c>, compilation options, generated code,
/// and nothing registered when the SDK is not referenced.
/// </summary>
public class SuppressionAndRegistrationTests
{
    private const string BadVm = """
        class C
        {
            METHOD_ATTRIBUTE
            void M()
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations =
                        {
                            new VirtualMachineNetworkInterfaceConfiguration("primary")
                            {
        BEFORE
                                EnableAcceleratedNetworking = true,
        AFTER
                            },
                        },
                    },
                };
            }
        }
        """;

    private static string Bad(string before = "", string after = "", string attribute = "") =>
        BadVm.Replace("BEFORE\n", before == string.Empty ? string.Empty : before + "\n")
            .Replace("AFTER\n", after == string.Empty ? string.Empty : after + "\n")
            .Replace("METHOD_ATTRIBUTE", attribute);

    [Fact]
    public async Task Unsuppressed_baseline_reports_ACCEL001_as_a_warning()
    {
        var diagnostic = Single(await Diagnose(Bad()), "ACCEL001");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.False(diagnostic.IsSuppressed);
    }

    [Fact]
    public async Task Pragma_warning_disable_suppresses_ACCEL001()
    {
        string source = Bad(before: "#pragma warning disable ACCEL001", after: "#pragma warning restore ACCEL001");

        // Roslyn 4.14 drops pragma-suppressed diagnostics from GetAnalyzerDiagnosticsAsync unless
        // reportSuppressedDiagnostics is set; then they come back marked IsSuppressed.
        Assert.Empty(await Diagnose(source));
        var kept = Single(await Diagnose(source, reportSuppressed: true), "ACCEL001");
        Assert.True(kept.IsSuppressed);
    }

    [Fact]
    public async Task Pragma_for_another_id_does_not_suppress()
    {
        string source = Bad(before: "#pragma warning disable ACCEL011", after: "#pragma warning restore ACCEL011");
        Assert.False(Single(await Diagnose(source), "ACCEL001").IsSuppressed);
    }

    [Fact]
    public async Task Pragma_restored_before_the_assignment_does_not_suppress()
    {
        string source = Bad(before: "#pragma warning disable ACCEL001\n#pragma warning restore ACCEL001");
        Assert.False(Single(await Diagnose(source), "ACCEL001").IsSuppressed);
    }

    [Fact]
    public async Task Pragma_with_the_whole_file_disabled_suppresses()
    {
        string source = "#pragma warning disable ACCEL001\n" + Bad();
        Assert.Empty(await Diagnose(source));
        Assert.True(Single(await Diagnose(source, reportSuppressed: true), "ACCEL001").IsSuppressed);
    }

    [Fact]
    public async Task SuppressMessage_on_the_method_suppresses_ACCEL001()
    {
        string source = Bad(attribute: """[System.Diagnostics.CodeAnalysis.SuppressMessage("AccelLint", "ACCEL001:VM size does not support accelerated networking", Justification = "Resized before deployment")]""");
        Assert.Empty(await Diagnose(source));
        Assert.True(Single(await Diagnose(source, reportSuppressed: true), "ACCEL001").IsSuppressed);
    }

    [Fact]
    public async Task SuppressMessage_with_only_the_id_suppresses_ACCEL001()
    {
        string source = Bad(attribute: """[System.Diagnostics.CodeAnalysis.SuppressMessage("AccelLint", "ACCEL001")]""");
        Assert.Empty(await Diagnose(source));
    }

    [Fact]
    public async Task Assembly_level_SuppressMessage_with_a_target_suppresses_ACCEL001()
    {
        string source = """[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("AccelLint", "ACCEL001", Scope = "member", Target = "~M:C.M")]""" + "\n" + Bad();
        Assert.Empty(await Diagnose(source));
    }

    [Fact]
    public async Task SuppressMessage_for_another_id_does_not_suppress()
    {
        string source = Bad(attribute: """[System.Diagnostics.CodeAnalysis.SuppressMessage("AccelLint", "ACCEL004")]""");
        Assert.Single(await Diagnose(source));
    }

    [Fact]
    public async Task Compilation_options_change_severity_and_disable()
    {
        var compilation = Compile(Usings + Bad());
        var asError = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["ACCEL001"] = ReportDiagnostic.Error }));
        Assert.Equal(DiagnosticSeverity.Error, Single(await Analyze(asError), "ACCEL001").Severity);

        var off = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["ACCEL001"] = ReportDiagnostic.Suppress }));
        Assert.Empty(await Analyze(off));
    }

    [Fact]
    public async Task Auto_generated_file_is_skipped()
    {
        var generated = Compile("// <auto-generated/>\n" + Usings + Bad(), path: "Deployment.cs");
        Assert.Empty(await Analyze(generated));
    }

    [Fact]
    public async Task Generated_file_name_is_skipped()
    {
        var generated = Compile(Usings + Bad(), path: "Deployment.g.cs");
        Assert.Empty(await Analyze(generated));
    }

    [Fact]
    public async Task GeneratedCode_attribute_is_skipped()
    {
        string source = Bad().Replace("class C", "[System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1.0\")]\nclass C");
        Assert.Empty(await Diagnose(source));
    }

    [Fact]
    public async Task Without_the_sdk_nothing_is_registered_and_nothing_is_reported()
    {
        // Look-alike names in other namespaces, no stand-ins, no Azure references at all.
        const string source = """
            namespace Contoso.Models
            {
                public class NetworkInterfaceData { public bool? EnableAcceleratedNetworking { get; set; } }
                public class VirtualMachineData { public string VmSize { get; set; } }
            }

            namespace App
            {
                using Contoso.Models;

                class C
                {
                    void M()
                    {
                        var nic = new NetworkInterfaceData { EnableAcceleratedNetworking = true };
                        var vm = new VirtualMachineData { VmSize = "Standard_B1s" };
                    }
                }
            }
            """;
        var compilation = CompileBare(source);
        var analyzer = new AccelLintAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: true));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(diagnostics);

        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.OperationBlockStartActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount);
        Assert.Equal(0, telemetry.OperationBlockActionsCount);
        Assert.Equal(0, telemetry.OperationBlockEndActionsCount);
    }

    [Fact]
    public async Task With_the_sdk_operation_blocks_are_analysed()
    {
        var compilation = Compile(Usings + Bad());
        var analyzer = new AccelLintAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        Assert.Single(await withAnalyzers.GetAnalyzerDiagnosticsAsync());
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        Assert.Equal(1, telemetry.OperationBlockStartActionsCount);
    }

    [Fact]
    public async Task Compute_alone_without_network_or_site_recovery_still_works()
    {
        var compilation = Compile(Usings.Replace("using Azure.ResourceManager.Network;\n", string.Empty)
            .Replace("using Azure.ResourceManager.Network.Models;\n", string.Empty)
            .Replace("using Azure.ResourceManager.RecoveryServicesSiteRecovery.Models;\n", string.Empty) + Bad(), includeStandIns: false);
        Assert.Single(await Analyze(compilation), d => d.Id == "ACCEL001");
    }

    [Fact]
    public async Task Code_that_does_not_compile_does_not_crash_the_analyzer()
    {
        string source = Usings + """
            class C
            {
                void M()
                {
                    var vm = new VirtualMachineData(AzureLocation.EastUS)
                    {
                        HardwareProfile = new VirtualMachineHardwareProfile { VmSize = Missing.Size },
                        NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("nic") { EnableAcceleratedNetworking = true, } } },
                        Unknown = 3,
                    };
                    vm.HardwareProfile.VmSize = ;
                }
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Broken",
            new[] { CSharpSyntaxTree.ParseText(source, path: "Test.cs"), CSharpSyntaxTree.ParseText(Infrastructure.StandIns.Source, path: "StandIns.cs") },
            Compile("class Empty { }").References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.NotEmpty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(await Analyze(compilation));
    }

    private static CSharpCompilation CompileBare(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).StartsWith("Azure.", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Bare", new[] { CSharpSyntaxTree.ParseText(source, path: "Test.cs") }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Null(compilation.GetTypeByMetadataName("Azure.ResourceManager.Compute.VirtualMachineData"));
        return compilation;
    }
}
