using AccelLint.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>
/// Issue 11 item 2, across the files of one compilation: a <c>static readonly</c> field, a helper
/// method that returns an SDK object, and the call sites that bind a helper's parameter may each be
/// declared in another file than the method that builds the objects. A finding is placed where the
/// property is written (which may be the other file), with the value's origin as a related location.
/// Each test runs on the official framework with two or three source files.
/// </summary>
public class CrossFileValueTests
{
    private const string VmWithSize = """
        class C
        {
            void M()
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = SIZE },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { CONFIG },
                    },
                };
            }
        }
        """;

    private const string AcceleratedConfig = """new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = true|} }""";

    [Fact]
    public Task Size_from_a_static_readonly_field_of_another_file() => VerifyFiles(
        ("Test.cs", VmWithSize.Replace("SIZE", "Sizes.JumpBox").Replace("CONFIG", AcceleratedConfig)),
        ("Sizes.cs", """static class Sizes { public static readonly string JumpBox = "Standard_B1s"; }"""));

    [Fact]
    public Task Supported_size_from_a_static_readonly_field_of_another_file_is_clean() => VerifyFiles(
        ("Test.cs", VmWithSize.Replace("SIZE", "Sizes.JumpBox").Replace("CONFIG", AcceleratedConfig.Replace("{|ACCEL001:", string.Empty).Replace("|}", string.Empty))),
        ("Sizes.cs", """static class Sizes { public static readonly string JumpBox = "Standard_D4s_v3"; }"""));

    [Fact]
    public Task Field_of_another_file_set_again_by_its_static_constructor_is_unknown() => VerifyFiles(
        ("Test.cs", VmWithSize.Replace("SIZE", "Sizes.JumpBox").Replace("CONFIG", AcceleratedConfig.Replace("{|ACCEL001:", string.Empty).Replace("|}", string.Empty))),
        ("Sizes.cs", """static class Sizes { public static readonly string JumpBox = "Standard_B1s"; static Sizes() { JumpBox = System.Environment.GetEnvironmentVariable("SIZE"); } }"""));

    [Fact]
    public Task Configuration_from_a_helper_of_another_file_is_reported_where_the_helper_sets_it() => VerifyFiles(
        ("Test.cs", VmWithSize.Replace("SIZE", "\"Standard_B1s\"").Replace("CONFIG", "Nics.Primary()")),
        ("Nics.cs", """
            static class Nics
            {
                internal static VirtualMachineNetworkInterfaceConfiguration Primary() =>
                    new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = true|} };
            }
            """));

    private const string Factory = """
        static class VmFactory
        {
            internal static VirtualMachineData Build(string size) => new VirtualMachineData(AzureLocation.EastUS)
            {
                HardwareProfile = new VirtualMachineHardwareProfile { VmSize = size },
                NetworkProfile = new VirtualMachineNetworkProfile
                {
                    NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { ENABLE } },
                },
            };
        }
        """;

    private const string Callers = """
        class Deployments
        {
            void Web() => VmFactory.Build("Standard_D4s_v3");

            void JumpBox() => VmFactory.Build("Standard_B1s");
        }
        """;

    /// <summary>The factory's own finding: its parameter takes the constant arguments of its calls in the other file.</summary>
    [Fact]
    public async Task Size_parameter_bound_at_calls_in_another_file_is_reported_at_the_property_with_the_argument()
    {
        var factory = CSharpHarness.Usings + Factory.Replace("ENABLE", "EnableAcceleratedNetworking = true");
        var callers = CSharpHarness.Usings + Callers;
        var test = new AccelLintAnalyzerTest();
        test.TestState.Sources.Add(("Factory.cs", factory));
        test.TestState.Sources.Add(("Deployments.cs", callers));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("ACCEL001", DiagnosticSeverity.Warning)
            .WithSpan(Span("Factory.cs", factory, "EnableAcceleratedNetworking = true"))
            .WithSpan(Span("Deployments.cs", callers, "\"Standard_B1s\"")));
        await test.RunAsync();
    }

    [Fact]
    public Task Size_parameter_with_supported_arguments_in_another_file_is_clean() => VerifyFiles(
        ("Factory.cs", Factory.Replace("ENABLE", "EnableAcceleratedNetworking = true")),
        ("Deployments.cs", Callers.Replace("Standard_B1s", "Standard_D2s_v3")));

    [Fact]
    public Task Private_method_bound_at_calls_in_another_part_of_its_partial_class() => VerifyFiles(
        ("Build.cs", """
            partial class Deployments
            {
                private void Build(string size)
                {
                    var vm = new VirtualMachineData(AzureLocation.EastUS)
                    {
                        HardwareProfile = new VirtualMachineHardwareProfile { VmSize = size },
                        NetworkProfile = new VirtualMachineNetworkProfile
                        {
                            NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                        },
                    };
                }
            }
            """),
        ("Calls.cs", """
            partial class Deployments
            {
                void JumpBox() => Build("Standard_B1s");
            }
            """));

    /// <summary>A public method of a library may be called by other assemblies with anything: its calls here do not bind it.</summary>
    [Fact]
    public Task Public_method_of_a_library_is_not_bound_by_its_calls() => VerifyFiles(
        ("Factory.cs", Factory.Replace("internal static", "public static").Replace("static class VmFactory", "public static class VmFactory").Replace("ENABLE", "EnableAcceleratedNetworking = true")),
        ("Deployments.cs", Callers));

    private const string NicAndVm = """
        class C
        {
            void M(object nics)
            {
                var webNic = NICDATA;
                var nic = nics.CreateOrUpdate("web-nic", webNic);
                var webVm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """;

    /// <summary>NIC data built by a helper and held by a local is linked to the VM that references the created NIC.</summary>
    [Fact]
    public Task Nic_data_returned_by_a_helper_is_linked_to_the_vm() => VerifyFiles(
        ("Test.cs", NicAndVm.Replace("NICDATA", "NicData.Web()")),
        ("NicData.cs", """
            static class NicData
            {
                internal static NetworkInterfaceData Web() => new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    {|ACCEL001:EnableAcceleratedNetworking = true|},
                };
            }
            """));

    [Fact]
    public Task Nic_data_returned_by_a_helper_of_the_same_file_is_linked_to_the_vm() => VerifyFiles(
        ("Test.cs", NicAndVm.Replace("NICDATA", "Web()").Replace("class C\n{", """
            class C
            {
                static NetworkInterfaceData Web()
                {
                    var data = new NetworkInterfaceData { Location = AzureLocation.EastUS };
                    {|ACCEL001:data.EnableAcceleratedNetworking = true|};
                    return data;
                }
            """)));

    [Fact]
    public Task Nic_data_returned_by_a_helper_without_acceleration_is_clean() => VerifyFiles(
        ("Test.cs", NicAndVm.Replace("NICDATA", "NicData.Web()")),
        ("NicData.cs", """
            static class NicData
            {
                internal static NetworkInterfaceData Web() => new NetworkInterfaceData { Location = AzureLocation.EastUS, EnableAcceleratedNetworking = false };
            }
            """));

    /// <summary>Each file (markup with <c>{|ACCEL001:...|}</c>) is prefixed with <see cref="CSharpHarness.Usings"/>.</summary>
    private static Task VerifyFiles(params (string Path, string Markup)[] files)
    {
        var test = new AccelLintAnalyzerTest();
        foreach (var (path, markup) in files)
        {
            test.TestState.Sources.Add((path, CSharpHarness.Usings + markup));
        }

        return test.RunAsync();
    }

    private static FileLinePositionSpan Span(string path, string source, string text)
    {
        int start = source.IndexOf(text, StringComparison.Ordinal);
        Assert.True(start >= 0 && source.IndexOf(text, start + 1, StringComparison.Ordinal) < 0, $"'{text}' must occur once in {path}");
        return new FileLinePositionSpan(path, Position(source, start), Position(source, start + text.Length));
    }

    private static LinePosition Position(string source, int offset)
    {
        int line = 0, lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new LinePosition(line, offset - lineStart);
    }
}
