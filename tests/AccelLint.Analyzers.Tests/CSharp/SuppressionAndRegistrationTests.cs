using AccelLint.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static AccelLint.Analyzers.Tests.CSharp.CSharpHarness;

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

    /// <summary>The bad VM; the assignment marked as <paramref name="mark"/> (a markup key, or nothing when empty).</summary>
    private static string Bad(string before = "", string after = "", string attribute = "", string mark = "ACCEL001") =>
        BadVm.Replace("BEFORE\n", before == string.Empty ? string.Empty : before + "\n")
            .Replace("AFTER\n", after == string.Empty ? string.Empty : after + "\n")
            .Replace("METHOD_ATTRIBUTE", attribute)
            .Replace("EnableAcceleratedNetworking = true", mark == string.Empty ? "EnableAcceleratedNetworking = true" : "{|" + mark + ":EnableAcceleratedNetworking = true|}");

    /// <summary>A framework test of the source whose analyses also return suppressed diagnostics.</summary>
    private static AccelLintAnalyzerTest Suppressible(string source, string prefix = "")
    {
        var test = new AccelLintAnalyzerTest { ReportSuppressedDiagnostics = true };
        test.TestState.Sources.Add(("Test.cs", prefix + Usings + source));
        return test;
    }

    /// <summary>ACCEL001 at the markup location 0, suppressed (reported, but not shown in a build) or not.</summary>
    private static DiagnosticResult Accel001(bool suppressed) =>
        new DiagnosticResult("ACCEL001", DiagnosticSeverity.Warning).WithLocation(0).WithIsSuppressed(suppressed);

    [Fact]
    public async Task Unsuppressed_baseline_reports_ACCEL001_as_a_warning()
    {
        var diagnostic = Single(await Verify(Bad()), "ACCEL001");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.False(diagnostic.IsSuppressed);
    }

    [Fact]
    public async Task Pragma_warning_disable_suppresses_ACCEL001()
    {
        // The framework sees pragma-suppressed diagnostics (marked IsSuppressed) and checks the state.
        var test = Suppressible(Bad(before: "#pragma warning disable ACCEL001", after: "#pragma warning restore ACCEL001", mark: "#0"));
        test.ExpectedDiagnostics.Add(Accel001(suppressed: true));
        Assert.True(Single(await Run(test), "ACCEL001").IsSuppressed);
    }

    [Fact]
    public async Task Pragma_for_another_id_does_not_suppress()
    {
        string source = Bad(before: "#pragma warning disable ACCEL011", after: "#pragma warning restore ACCEL011", mark: "#0");
        var test = Suppressible(source);
        test.ExpectedDiagnostics.Add(Accel001(suppressed: false));
        Assert.False(Single(await Run(test), "ACCEL001").IsSuppressed);
    }

    [Fact]
    public async Task Pragma_restored_before_the_assignment_does_not_suppress()
    {
        var test = Suppressible(Bad(before: "#pragma warning disable ACCEL001\n#pragma warning restore ACCEL001", mark: "#0"));

        // The framework's own check puts "#pragma warning disable ACCEL001" on the first line, which the
        // restore in this source undoes: that check cannot apply here.
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.ExpectedDiagnostics.Add(Accel001(suppressed: false));
        Assert.False(Single(await Run(test), "ACCEL001").IsSuppressed);
    }

    [Fact]
    public async Task Pragma_with_the_whole_file_disabled_suppresses()
    {
        var test = Suppressible(Bad(mark: "#0"), prefix: "#pragma warning disable ACCEL001\n");
        test.ExpectedDiagnostics.Add(Accel001(suppressed: true));
        Assert.True(Single(await Run(test), "ACCEL001").IsSuppressed);
    }

    [Fact]
    public async Task SuppressMessage_on_the_method_suppresses_ACCEL001()
    {
        var test = Suppressible(Bad(attribute: """[System.Diagnostics.CodeAnalysis.SuppressMessage("AccelLint", "ACCEL001:VM size does not support accelerated networking", Justification = "Resized before deployment")]""", mark: "#0"));
        test.ExpectedDiagnostics.Add(Accel001(suppressed: true));
        Assert.True(Single(await Run(test), "ACCEL001").IsSuppressed);
    }

    [Fact]
    public async Task SuppressMessage_with_only_the_id_suppresses_ACCEL001()
    {
        var test = Suppressible(Bad(attribute: """[System.Diagnostics.CodeAnalysis.SuppressMessage("AccelLint", "ACCEL001")]""", mark: "#0"));
        test.ExpectedDiagnostics.Add(Accel001(suppressed: true));
        await Run(test);
    }

    [Fact]
    public async Task Assembly_level_SuppressMessage_with_a_target_suppresses_ACCEL001()
    {
        var test = Suppressible("""[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("AccelLint", "ACCEL001", Scope = "member", Target = "~M:C.M")]""" + "\n" + Bad(mark: "#0"));
        test.ExpectedDiagnostics.Add(Accel001(suppressed: true));
        await Run(test);
    }

    [Fact]
    public async Task SuppressMessage_for_another_id_does_not_suppress()
    {
        var test = Suppressible(Bad(attribute: """[System.Diagnostics.CodeAnalysis.SuppressMessage("AccelLint", "ACCEL004")]""", mark: "#0"));
        test.ExpectedDiagnostics.Add(Accel001(suppressed: false));
        Assert.Single(await Run(test));
    }

    [Fact]
    public async Task Compilation_options_change_severity_and_disable()
    {
        var asError = Test(Bad(mark: "#0"));
        asError.SolutionTransforms.Add(Options(ReportDiagnostic.Error));
        asError.ExpectedDiagnostics.Add(new DiagnosticResult("ACCEL001", DiagnosticSeverity.Error).WithLocation(0));
        Assert.Equal(DiagnosticSeverity.Error, Single(await Run(asError), "ACCEL001").Severity);

        var off = Test(Bad(mark: string.Empty));
        off.SolutionTransforms.Add(Options(ReportDiagnostic.Suppress));
        Assert.Empty(await Run(off));

        static Func<Solution, ProjectId, Solution> Options(ReportDiagnostic report) => (solution, project) =>
            solution.WithProjectCompilationOptions(project, solution.GetProject(project)!.CompilationOptions!.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["ACCEL001"] = report }));
    }

    [Fact]
    public async Task Auto_generated_file_is_skipped()
    {
        var test = new AccelLintAnalyzerTest();
        test.TestState.Sources.Add(("Deployment.cs", "// <auto-generated/>\n" + Usings + Bad(mark: string.Empty)));
        Assert.Empty(await Run(test));
    }

    [Fact]
    public async Task Generated_file_name_is_skipped()
    {
        Assert.Empty(await Run(Test(Bad(mark: string.Empty), path: "Deployment.g.cs")));
    }

    [Fact]
    public async Task GeneratedCode_attribute_is_skipped()
    {
        string source = Bad(mark: string.Empty).Replace("class C", "[System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1.0\")]\nclass C");
        Assert.Empty(await Run(Test(source)));
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
        // The framework's own run: no SDK (no stand-ins, no Azure references), .NET 8 only.
        var test = new AccelLintAnalyzerTest(sdk: false);
        test.TestState.Sources.Add(("Test.cs", source));
        Assert.Empty(await Run(test));
        Assert.Null(test.Analysis!.Compilation.GetTypeByMetadataName("Azure.ResourceManager.Compute.VirtualMachineData"));

        var analyzer = test.Analysis.Analyzers.OfType<AccelLintAnalyzer>().Single();
        var telemetry = await test.Analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.OperationBlockStartActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount);
        Assert.Equal(0, telemetry.OperationBlockActionsCount);
        Assert.Equal(0, telemetry.OperationBlockEndActionsCount);
    }

    [Fact]
    public async Task With_the_sdk_operation_blocks_are_analysed()
    {
        var test = Test(Bad());
        Assert.Single(await Run(test));
        var analyzer = test.Analysis!.Analyzers.OfType<AccelLintAnalyzer>().Single();
        var telemetry = await test.Analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        Assert.Equal(1, telemetry.OperationBlockStartActionsCount);
    }

    [Fact]
    public async Task Compute_alone_without_network_or_site_recovery_still_works()
    {
        // No stand-ins: only the Azure assemblies (Compute, ResourceManager, Core).
        var test = new AccelLintAnalyzerTest(sdk: false);
        test.TestState.Sources.Add(("Test.cs", Usings.Replace("using Azure.ResourceManager.Network;\n", string.Empty)
            .Replace("using Azure.ResourceManager.Network.Models;\n", string.Empty)
            .Replace("using Azure.ResourceManager.RecoveryServicesSiteRecovery.Models;\n", string.Empty) + Bad()));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Azure.ResourceManager.Compute.VirtualMachineData).Assembly.Location));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Azure.ResourceManager.ArmClient).Assembly.Location));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Azure.Core.AzureLocation).Assembly.Location));
        Assert.Single(await Run(test), d => d.Id == "ACCEL001");
    }

    [Fact]
    public async Task Code_that_does_not_compile_does_not_crash_the_analyzer()
    {
        // The compiler errors are expected (marked); no ACCEL diagnostic and no AD0001.
        var test = Test("""
            class C
            {
                void M()
                {
                    var vm = new VirtualMachineData(AzureLocation.EastUS)
                    {
                        HardwareProfile = new VirtualMachineHardwareProfile { VmSize = {|CS0103:Missing|}.Size },
                        NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("nic") { EnableAcceleratedNetworking = true, } } },
                        {|CS0117:Unknown|} = 3,
                    };
                    vm.HardwareProfile.VmSize = {|CS1525:;|}
                }
            }
            """);
        Assert.All(await Run(test), d => Assert.StartsWith("CS", d.Id, StringComparison.Ordinal));
    }
}
