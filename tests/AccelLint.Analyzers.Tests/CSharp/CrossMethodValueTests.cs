using static AccelLint.Analyzers.Tests.CSharp.CSharpHarness;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>
/// Issue 11 item 2: values the method-local reading missed: <c>static readonly</c> fields (declared in
/// the same file, not reassigned by a static constructor) and <c>switch</c> expressions (each arm a
/// choice, as SPEC §1 v2 defines choices; a known input takes its arm).
/// </summary>
public class CrossMethodValueTests
{
    private static string Vm(string size, string parameters = "", string members = "", bool bad = true) => $$"""
        class C
        {
            {{members}}

            void M({{parameters}})
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = {{size}} },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {{(bad ? "{|ACCEL001:EnableAcceleratedNetworking = true|}" : "EnableAcceleratedNetworking = true")}} } },
                    },
                };
            }
        }
        """;

    [Fact]
    public Task Size_from_a_static_readonly_string_field() => Verify(Vm("JumpBoxSize", members: "static readonly string JumpBoxSize = \"Standard_B1s\";"));

    [Fact]
    public Task Size_from_a_static_readonly_size_type_field() => Verify(Vm("JumpBoxSize", members: "static readonly VirtualMachineSizeType JumpBoxSize = VirtualMachineSizeType.StandardB1S;"));

    [Fact]
    public Task Static_readonly_field_of_a_supported_size_is_clean() => Verify(Vm("Size", members: "static readonly string Size = \"Standard_D4s_v3\";", bad: false));

    [Fact]
    public Task Static_readonly_field_set_again_by_a_static_constructor_is_unknown() => Verify(Vm(
        "Size",
        members: "static readonly string Size = \"Standard_B1s\"; static C() { Size = System.Environment.GetEnvironmentVariable(\"SIZE\"); }",
        bad: false));

    [Fact]
    public Task Switch_arm_with_an_unsupported_size_is_ACCEL001() => Verify(Vm(
        "tier switch { \"small\" => \"Standard_B1s\", _ => \"Standard_D4s_v3\" }",
        parameters: "string tier"));

    [Fact]
    public Task Switch_of_supported_sizes_is_clean() => Verify(Vm(
        "tier switch { \"small\" => \"Standard_D2s_v3\", _ => \"Standard_D4s_v3\" }",
        parameters: "string tier",
        bad: false));

    [Fact]
    public Task Switch_on_a_known_input_takes_its_arm() => Verify(Vm(
        "Tier switch { \"small\" => \"Standard_B1s\", _ => \"Standard_D4s_v3\" }",
        members: "const string Tier = \"large\";",
        bad: false));

    [Fact]
    public async Task Switch_finding_names_the_arm()
    {
        var diagnostics = await Verify(Vm("tier switch { \"small\" => \"Standard_B1s\", _ => \"Standard_D4s_v3\" }", parameters: "string tier"));
        var message = Single(diagnostics, "ACCEL001").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("the switch at Test.cs(", message, StringComparison.Ordinal);
        Assert.Contains("\"small\"", message, StringComparison.Ordinal);
    }
}
