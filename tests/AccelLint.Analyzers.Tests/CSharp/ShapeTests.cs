using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static AccelLint.Analyzers.Tests.CSharp.CSharpHarness;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>Code shapes around the objects: target-typed new, field initializers, top-level code, partial methods, reassigned locals.</summary>
public class ShapeTests
{
    [Fact]
    public Task Target_typed_new_is_an_sdk_object() => Verify("""
        class C
        {
            void M()
            {
                VirtualMachineData vm = new(AzureLocation.EastUS)
                {
                    HardwareProfile = new() { VmSize = VirtualMachineSizeType.StandardB1S },
                    NetworkProfile = new()
                    {
                        NetworkInterfaceConfigurations = { new("primary") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Field_initializer_is_analysed() => Verify("""
        class C
        {
            static readonly VirtualMachineData Template = new VirtualMachineData(AzureLocation.EastUS)
            {
                HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                NetworkProfile = new VirtualMachineNetworkProfile
                {
                    NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                },
            };
        }
        """);

    [Fact]
    public Task Expression_bodied_factory_is_analysed() => Verify("""
        class C
        {
            static VirtualMachineData Create() => new VirtualMachineData(AzureLocation.EastUS)
            {
                HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                NetworkProfile = new VirtualMachineNetworkProfile
                {
                    NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                },
            };
        }
        """);

    [Fact]
    public Task Constructor_body_is_analysed() => Verify("""
        class C
        {
            private readonly VirtualMachineData vm;

            C()
            {
                vm = new VirtualMachineData(AzureLocation.EastUS);
                vm.HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" };
                vm.NetworkProfile = new VirtualMachineNetworkProfile
                {
                    NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                };
            }
        }
        """);

    [Fact]
    public Task Local_declared_first_and_assigned_the_object_later() => Verify("""
        class C
        {
            void M()
            {
                VirtualMachineData vm;
                vm = new VirtualMachineData(AzureLocation.EastUS);
                vm.HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" };
                vm.NetworkProfile = new VirtualMachineNetworkProfile();
                var config = new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = true|} };
                vm.NetworkProfile.NetworkInterfaceConfigurations.Add(config);
            }
        }
        """);

    [Fact]
    public Task Profile_in_a_local_changed_after_it_is_attached() => Verify("""
        class C
        {
            void M()
            {
                var hardware = new VirtualMachineHardwareProfile();
                var vm = new VirtualMachineData(AzureLocation.EastUS) { HardwareProfile = hardware };
                hardware.VmSize = VirtualMachineSizeType.StandardB1S;
                vm.NetworkProfile = new VirtualMachineNetworkProfile
                {
                    NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                };
            }
        }
        """);

    [Fact]
    public Task Parenthesised_and_cast_values_are_read() => Verify("""
        class C
        {
            void M()
            {
                var vm = new VirtualMachineData((AzureLocation)"eastus")
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = ((VirtualMachineSizeType?)"Standard_B1s") },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = (true)|} } },
                    },
                };
            }
        }
        """);

    [Fact]
    public async Task Inline_nic_is_named_by_the_name_it_is_created_under()
    {
        var diagnostics = await Verify("""
            class C
            {
                void M(object nics)
                {
                    var nic = nics.CreateOrUpdate("web-nic", new NetworkInterfaceData { {|ACCEL001:EnableAcceleratedNetworking = true|} });
                    var vm = new VirtualMachineData(AzureLocation.EastUS)
                    {
                        HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                        NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                    };
                }
            }
            """);
        Assert.Contains("network interface 'web-nic'", Single(diagnostics, "ACCEL001").GetMessage(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Top_level_statements_are_analysed()
    {
        var test = Test("""
            var vm = new VirtualMachineData(AzureLocation.EastUS)
            {
                HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                NetworkProfile = new VirtualMachineNetworkProfile
                {
                    NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                },
            };
            """, path: "Program.cs");
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        var diagnostic = Single(await Run(test), "ACCEL001");
        Assert.Equal("Program.cs", diagnostic.Location.SourceTree!.FilePath);
    }

    [Fact]
    public async Task Partial_method_is_reported_in_the_file_with_its_body()
    {
        const string declaration = """
            partial class C
            {
                // A long comment so that spans of the other file would not fit here.
                partial void Build();
            }
            """;
        var test = Test("""
            partial class C
            {
                partial void Build()
                {
                    var vm = new VirtualMachineData(AzureLocation.EastUS)
                    {
                        HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                        NetworkProfile = new VirtualMachineNetworkProfile
                        {
                            NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                        },
                    };
                }
            }
            """, path: "C.Implementation.cs");
        test.TestState.Sources.Insert(0, ("C.Declaration.cs", SourceText.From(declaration)));
        var diagnostic = Single(await Run(test), "ACCEL001");
        Assert.Equal("C.Implementation.cs", diagnostic.Location.SourceTree!.FilePath);
    }

    [Fact]
    public Task Tag_set_true_then_overwritten_false_is_ACCEL004() => Verify("""
        class C
        {
            void M()
            {
                var nic = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    {|ACCEL004:AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                    Tags = { { "fastpathenabled", "true" } },
                };
                nic.Tags["fastpathenabled"] = "false";
            }
        }
        """);

    [Fact]
    public Task Two_objects_of_the_same_local_name_in_different_methods_do_not_mix() => Verify("""
        class C
        {
            void Small()
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_B1s" },
                };
            }

            void Big()
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_D4s_v3" },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { EnableAcceleratedNetworking = true } },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Accelerated_networking_is_never_ACCEL008_in_csharp() => Verify("""
        class C
        {
            void M()
            {
                var nic = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                    Tags = { { "fastpathenabled", "true" } },
                };
            }
        }
        """);
}
