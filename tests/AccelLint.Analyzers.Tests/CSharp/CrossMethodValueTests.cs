using static AccelLint.Analyzers.Tests.CSharp.CSharpHarness;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>
/// Issue 11 item 2: values the method-local reading missed, within one file: <c>static readonly</c>
/// fields (not reassigned by a static constructor), <c>switch</c> expressions (each arm a choice, as
/// SPEC §1 v2 defines choices; a known input takes its arm), helpers, call sites and <c>foreach</c>.
/// The same across files: <see cref="CrossFileValueTests"/>.
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

    private const string VmWithConfigurations = """
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaceConfigurations = { CONFIG } },
                };
        """;

    [Fact]
    public Task Configuration_from_a_helper_method_is_read() => Verify("""
        class C
        {
            static VirtualMachineNetworkInterfaceConfiguration Nic(string name) =>
                new VirtualMachineNetworkInterfaceConfiguration(name) { {|ACCEL001:EnableAcceleratedNetworking = true|} };

            void M()
            {
        """ + VmWithConfigurations.Replace("CONFIG", "Nic(\"primary\")") + """
            }
        }
        """);

    [Fact]
    public Task Configuration_from_a_helper_that_sets_it_after_creating_it() => Verify("""
        class C
        {
            static VirtualMachineNetworkInterfaceConfiguration Nic()
            {
                var nic = new VirtualMachineNetworkInterfaceConfiguration("primary");
                {|ACCEL001:nic.EnableAcceleratedNetworking = true|};
                return nic;
            }

            void M()
            {
        """ + VmWithConfigurations.Replace("CONFIG", "Nic()") + """
            }
        }
        """);

    [Fact]
    public Task Flag_passed_to_a_helper_is_bound_to_the_argument() => Verify("""
        class C
        {
            static VirtualMachineNetworkInterfaceConfiguration Nic(bool accelerated) =>
                new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = accelerated|} };

            void M()
            {
        """ + VmWithConfigurations.Replace("CONFIG", "Nic(true)") + """
            }
        }
        """);

    [Fact]
    public Task Flag_passed_as_false_to_a_helper_is_clean() => Verify("""
        class C
        {
            static VirtualMachineNetworkInterfaceConfiguration Nic(bool accelerated) =>
                new VirtualMachineNetworkInterfaceConfiguration("primary") { EnableAcceleratedNetworking = accelerated };

            void M()
            {
        """ + VmWithConfigurations.Replace("CONFIG", "Nic(false)") + """
            }
        }
        """);

    private static string Build(string calls) => $$"""
        class C
        {
            void Deploy(string fromOutside)
            {
                {{calls}}
            }

            void Build(string size)
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = size },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { ENABLE } },
                    },
                };
            }
        }
        """;

    [Fact]
    public async Task Size_parameter_bound_at_a_call_site_is_reported_at_the_property_with_the_argument()
    {
        var diagnostics = await Verify(Build("Build(\"Standard_D4s_v3\"); Build(\"Standard_B1s\");").Replace("ENABLE", "{|ACCEL001:EnableAcceleratedNetworking = true|}"));
        var finding = Single(diagnostics, "ACCEL001");
        Assert.Contains("Standard_B1s", finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var source = finding.Location.SourceTree!.ToString();
        Assert.Contains(finding.AdditionalLocations, l => source.Substring(l.SourceSpan.Start, l.SourceSpan.Length) == "\"Standard_B1s\"");
    }

    /// <summary>
    /// Several bad arguments (one of them passed twice) make one finding at the property, as a NIC on
    /// several bad VMs does (one place, one squiggle); its message names one bad value.
    /// </summary>
    [Fact]
    public async Task Several_bad_arguments_are_one_finding_at_the_property()
    {
        var diagnostics = await Verify(Build("Build(\"Standard_B1s\"); Build(\"Standard_B1s\"); Build(\"Standard_A1_v2\");").Replace("ENABLE", "{|ACCEL001:EnableAcceleratedNetworking = true|}"));
        var message = Single(diagnostics, "ACCEL001").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(message.Contains("'Standard_B1s'", StringComparison.Ordinal) || message.Contains("'Standard_A1_v2'", StringComparison.Ordinal), message);
    }

    [Fact]
    public Task Size_parameter_with_a_call_passing_an_unknown_value_is_unknown() =>
        Verify(Build("Build(\"Standard_B1s\"); Build(fromOutside);").Replace("ENABLE", "EnableAcceleratedNetworking = true"));

    [Fact]
    public Task Size_parameter_of_a_method_never_called_is_unknown() =>
        Verify(Build(string.Empty).Replace("ENABLE", "EnableAcceleratedNetworking = true"));

    private static string ForEach(string declaration) => $$"""
        class C
        {
            void M()
            {
                {{declaration}}
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                    NetworkProfile = new VirtualMachineNetworkProfile(),
                };
                foreach (var config in configs)
                {
                    vm.NetworkProfile.NetworkInterfaceConfigurations.Add(config);
                }
            }
        }
        """;

    private const string Config = """new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = true|} }""";

    [Fact]
    public Task Configurations_added_in_a_foreach_over_an_array() =>
        Verify(ForEach("var configs = new[] { " + Config + ", new VirtualMachineNetworkInterfaceConfiguration(\"secondary\") };"));

    [Fact]
    public Task Configurations_added_in_a_foreach_over_a_collection_expression() =>
        Verify(ForEach("VirtualMachineNetworkInterfaceConfiguration[] configs = [" + Config + "];"));

    [Fact]
    public Task Configurations_added_in_a_foreach_over_a_list_initializer() =>
        Verify(ForEach("var configs = new List<VirtualMachineNetworkInterfaceConfiguration> { " + Config + " };"));

    [Fact]
    public Task Configurations_added_in_a_foreach_without_acceleration_are_clean() =>
        Verify(ForEach("var configs = new[] { new VirtualMachineNetworkInterfaceConfiguration(\"primary\") { EnableAcceleratedNetworking = false } };"));

    /// <summary>A VM created and returned without a local or a name is described by the method that builds it.</summary>
    [Fact]
    public async Task Vm_returned_without_a_local_is_named_by_the_method_that_builds_it()
    {
        var diagnostics = await Verify("""
            class Agents
            {
                static VirtualMachineData Create() => new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("agent-nic") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                    },
                };
            }
            """);
        var message = Single(diagnostics, "ACCEL001").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("of VM whose name is not known (built in 'Agents.Create')", message, StringComparison.Ordinal);
    }
}
