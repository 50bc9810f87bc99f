using static AccelLint.Analyzers.Tests.CSharp.CSharpHarness;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>
/// What the C# front end knows a value to be: literals, constants (directly and through locals),
/// <c>VirtualMachineSizeType</c> static members, <c>new VirtualMachineSizeType("...")</c>, implicit
/// string conversions, ternaries; and what it does not (parameters, fields, calls, locals written twice).
/// </summary>
public class ValueTests
{
    /// <summary>A VM with one embedded configuration that enables AN; SIZE is the size expression, DECLS go before it.</summary>
    private static string Vm(string size, string decls = "", string parameters = "", string members = "", bool bad = true) => $$"""
        class C
        {
            {{members}}

            void M({{parameters}})
            {
                {{decls}}
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

    [Theory]
    [InlineData("VirtualMachineSizeType.StandardB1S")]
    [InlineData("VirtualMachineSizeType.StandardB1Ms")]
    [InlineData("VirtualMachineSizeType.StandardD1V2")]
    [InlineData("VirtualMachineSizeType.StandardA1V2")]
    [InlineData("VirtualMachineSizeType.StandardDS1V2")]
    [InlineData("VirtualMachineSizeType.BasicA1")]
    public Task Size_type_static_members_without_an_support_are_ACCEL001(string member) => Verify(Vm(member));

    [Theory]
    [InlineData("VirtualMachineSizeType.StandardD2SV3")]
    [InlineData("VirtualMachineSizeType.StandardD16SV3")]
    [InlineData("VirtualMachineSizeType.StandardD2V3")]
    [InlineData("VirtualMachineSizeType.StandardDS132V2")]
    [InlineData("VirtualMachineSizeType.StandardF4SV2")]
    [InlineData("VirtualMachineSizeType.StandardE4SV3")]
    public Task Size_type_static_members_with_an_support_are_clean(string member) => Verify(Vm(member, bad: false));

    [Theory]
    [InlineData("\"Standard_B1s\"")]
    [InlineData("\"standard_b1s\"")]
    [InlineData("new VirtualMachineSizeType(\"Standard_B1s\")")]
    [InlineData("(VirtualMachineSizeType)\"Standard_B1s\"")]
    [InlineData("(\"Standard_B1s\")")]
    public Task Size_written_as_a_string_a_constructor_or_a_conversion_is_read(string size) => Verify(Vm(size));

    [Fact]
    public Task Size_from_a_constant_field() => Verify(Vm("JumpBoxSize", members: "const string JumpBoxSize = \"Standard_B1s\";"));

    [Fact]
    public Task Size_from_a_constant_of_another_class() => Verify(Vm("Sizes.JumpBox") + """

        static class Sizes
        {
            public const string JumpBox = "Standard_B1s";
        }
        """);

    [Fact]
    public Task Size_from_a_local_constant() => Verify(Vm("size", decls: "const string size = \"Standard_B1s\";"));

    [Fact]
    public Task Size_from_a_local_written_once() => Verify(Vm("size", decls: "var size = \"Standard_B1s\";"));

    [Fact]
    public Task Size_from_a_constant_through_two_locals() => Verify(Vm("chosen", decls: "string size = JumpBoxSize; VirtualMachineSizeType chosen = new VirtualMachineSizeType(size);", members: "const string JumpBoxSize = \"Standard_B1s\";"));

    [Fact]
    public Task Size_from_a_local_holding_a_static_member() => Verify(Vm("size", decls: "var size = VirtualMachineSizeType.StandardB1S;"));

    [Fact]
    public Task Size_from_a_local_assigned_after_its_declaration() => Verify(Vm("size", decls: "string size; size = \"Standard_B1s\";"));

    [Fact]
    public Task Size_from_a_ternary_with_an_unknown_condition_reports_the_bad_arm() => Verify(Vm("small ? \"Standard_B1s\" : \"Standard_D4s_v3\"", parameters: "bool small"));

    [Fact]
    public Task Size_from_a_ternary_of_good_sizes_is_clean() => Verify(Vm("small ? \"Standard_D2s_v3\" : \"Standard_D4s_v3\"", parameters: "bool small", bad: false));

    [Fact]
    public Task Size_from_a_ternary_with_a_known_condition_takes_that_arm() => Verify(Vm("Small ? \"Standard_D4s_v3\" : \"Standard_B1s\"", members: "const bool Small = false;"));

    [Fact]
    public Task Size_from_a_ternary_with_an_unknown_arm_is_unknown() => Verify(Vm("small ? \"Standard_B1s\" : other", parameters: "bool small, string other", bad: false));

    [Fact]
    public Task Size_from_a_method_parameter_is_unknown() => Verify(Vm("size", parameters: "string size", bad: false));

    [Fact]
    public Task Size_from_a_field_is_unknown() => Verify(Vm("size", members: "private string size = \"Standard_B1s\";", bad: false));

    [Fact]
    public Task Size_from_a_static_readonly_field_is_unknown() => Verify(Vm("Size", members: "static readonly string Size = System.Environment.GetEnvironmentVariable(\"SIZE\");", bad: false));

    [Fact]
    public Task Size_from_a_property_is_unknown() => Verify(Vm("Size", members: "string Size { get; set; }", bad: false));

    [Fact]
    public Task Size_from_a_call_is_unknown() => Verify(Vm("Pick()", members: "static string Pick() => \"Standard_B1s\";", bad: false));

    [Fact]
    public Task Size_from_a_local_written_twice_is_unknown() => Verify(Vm("size", parameters: "bool small", decls: "var size = \"Standard_D4s_v3\"; if (small) { size = \"Standard_B1s\"; }", bad: false));

    [Fact]
    public Task Size_from_a_local_changed_by_compound_assignment_is_unknown() => Verify(Vm("size", parameters: "string suffix", decls: "var size = \"Standard_B1\"; size += suffix;", bad: false));

    [Fact]
    public Task Size_from_a_local_passed_by_ref_is_unknown() => Verify(Vm("size", members: "static void Change(ref string s) { s = \"x\"; }", decls: "var size = \"Standard_B1s\"; Change(ref size);", bad: false));

    [Fact]
    public Task Size_from_a_local_set_by_an_out_argument_is_unknown() => Verify(Vm("size", members: "static void Pick(out string s) { s = \"x\"; }", decls: "string size = \"Standard_B1s\"; Pick(out size);", bad: false));

    [Fact]
    public Task Size_from_a_foreach_variable_is_unknown() => Verify("""
        class C
        {
            void M()
            {
                foreach (var size in new[] { "Standard_D4s_v3", "Standard_D8s_v3" })
                {
                    var vm = new VirtualMachineData(AzureLocation.EastUS)
                    {
                        HardwareProfile = new VirtualMachineHardwareProfile { VmSize = size },
                        NetworkProfile = new VirtualMachineNetworkProfile
                        {
                            NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { EnableAcceleratedNetworking = true } },
                        },
                    };
                }
            }
        }
        """);

    [Fact]
    public Task Size_from_an_interpolated_string_of_constants() => Verify(Vm("$\"Standard_{Family}1s\"", members: "const string Family = \"B\";"));

    [Fact]
    public Task Size_from_an_interpolated_string_with_a_parameter_is_unknown() => Verify(Vm("$\"Standard_{family}1s\"", parameters: "string family", bad: false));

    [Fact]
    public Task Accelerated_networking_flag_from_a_parameter_is_unknown() => Verify("""
        class C
        {
            void M(bool accelerate)
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { EnableAcceleratedNetworking = accelerate } },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Accelerated_networking_flag_from_a_constant_and_a_local() => Verify("""
        class C
        {
            const bool Accelerate = true;

            void M()
            {
                bool? accelerate = Accelerate;
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = accelerate|} } },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Accelerated_networking_flag_from_a_ternary_with_an_unknown_condition() => Verify("""
        class C
        {
            void M(bool fast)
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = fast ? true : false|} } },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Null_accelerated_networking_is_absent() => Verify("""
        class C
        {
            void M()
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { EnableAcceleratedNetworking = null } },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Size_type_to_string_is_the_size() => Verify("""
        class C
        {
            void M()
            {
                var vmss = new VirtualMachineScaleSetData(AzureLocation.EastUS)
                {
                    Sku = new ComputeSku { Name = VirtualMachineSizeType.StandardB1S.ToString() },
                    VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                    {
                        NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                        {
                            NetworkInterfaceConfigurations = { new VirtualMachineScaleSetNetworkConfiguration("cfg") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                        },
                    },
                };
            }
        }
        """);
}
