using static AccelLint.Analyzers.Tests.CSharp.CSharpHarness;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>
/// Accelerated Connections on <c>NetworkInterfaceData</c> (ACCEL002-007): region from <c>Location</c>,
/// tags by initializer, indexer and <c>Add</c>, mode and tier. Reported at <c>AuxiliaryMode</c>,
/// else <c>AuxiliarySku</c>.
/// </summary>
public class AcceleratedConnectionsTests
{
    [Fact]
    public Task Nic_data_done_right_with_an_initializer_tag_is_clean() => Verify("""
        class C
        {
            void M()
            {
                var nicData = new NetworkInterfaceData
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

    [Fact]
    public Task Tag_written_by_indexer_satisfies_ACCEL004() => Verify("""
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
                };
                nic.Tags["fastpathenabled"] = "true";
            }
        }
        """);

    [Fact]
    public Task Tag_written_by_Add_satisfies_ACCEL004() => Verify("""
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
                };
                nic.Tags.Add("env", "prod");
                nic.Tags.Add("FASTPATHENABLED", "True");
            }
        }
        """);

    [Fact]
    public Task Tag_written_by_an_indexer_initializer_satisfies_ACCEL004() => Verify("""
        class C
        {
            const string Key = "fastpathenabled";

            void M()
            {
                var nic = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                    Tags = { [Key] = "true" },
                };
            }
        }
        """);

    [Fact]
    public Task No_tags_is_ACCEL004() => Verify("""
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
                };
            }
        }
        """);

    [Fact]
    public Task Other_tags_only_is_ACCEL004() => Verify("""
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
                    Tags = { { "env", "prod" } },
                };
            }
        }
        """);

    [Fact]
    public Task Wrong_tag_value_by_indexer_is_ACCEL004() => Verify("""
        class C
        {
            void M()
            {
                var nic = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                };
                {|ACCEL004:nic.AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections|};
                nic.Tags["fastpathenabled"] = "false";
            }
        }
        """);

    [Fact]
    public Task Overwritten_tag_value_by_indexer_counts_the_last_write() => Verify("""
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
                    Tags = { { "fastpathenabled", "false" } },
                };
                nic.Tags["fastpathenabled"] = "true";
            }
        }
        """);

    [Fact]
    public Task Tag_with_an_unknown_key_is_not_reported() => Verify("""
        class C
        {
            void M(string key)
            {
                var nic = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                };
                nic.Tags[key] = "true";
            }
        }
        """);

    [Fact]
    public Task Tag_with_an_unknown_value_is_not_reported() => Verify("""
        class C
        {
            void M(string value)
            {
                var nic = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                    Tags = { { "fastpathenabled", value } },
                };
            }
        }
        """);

    [Fact]
    public Task Region_outside_the_list_is_ACCEL003() => Verify("""
        class C
        {
            void M()
            {
                var nic = new NetworkInterfaceData
                {
                    Location = AzureLocation.BrazilSouth,
                    EnableAcceleratedNetworking = true,
                    {|ACCEL003:AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                    Tags = { { "fastpathenabled", "true" } },
                };
            }
        }
        """);

    [Theory]
    [InlineData("new AzureLocation(\"brazilsouth\")")]
    [InlineData("new AzureLocation(\"Brazil South\")")]
    [InlineData("\"Brazil South\"")]
    [InlineData("AzureLocation.JapanEast")]
    public Task Region_outside_the_list_in_other_spellings_is_ACCEL003(string location) => Verify($$"""
        class C
        {
            void M()
            {
                var nic = new NetworkInterfaceData
                {
                    Location = {{location}},
                    EnableAcceleratedNetworking = true,
                    {|ACCEL003:AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                    Tags = { { "fastpathenabled", "true" } },
                };
            }
        }
        """);

    [Theory]
    [InlineData("AzureLocation.EastUS2")]
    [InlineData("AzureLocation.UKSouth")]
    [InlineData("AzureLocation.WestUS3")]
    [InlineData("AzureLocation.SouthCentralUS")]
    [InlineData("new AzureLocation(\"East US 2\")")]
    [InlineData("\"UK South\"")]
    [InlineData("\"westeurope\"")]
    public Task Regions_in_the_list_are_clean(string location) => Verify($$"""
        class C
        {
            void M()
            {
                var nic = new NetworkInterfaceData
                {
                    Location = {{location}},
                    EnableAcceleratedNetworking = true,
                    AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                    Tags = { { "fastpathenabled", "true" } },
                };
            }
        }
        """);

    [Fact]
    public Task Unknown_or_absent_region_is_not_reported() => Verify("""
        class C
        {
            void M(AzureLocation location)
            {
                var withParameter = new NetworkInterfaceData
                {
                    Location = location,
                    EnableAcceleratedNetworking = true,
                    AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                    Tags = { { "fastpathenabled", "true" } },
                };
                var withoutLocation = new NetworkInterfaceData
                {
                    EnableAcceleratedNetworking = true,
                    AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                    Tags = { { "fastpathenabled", "true" } },
                };
            }
        }
        """);

    [Fact]
    public Task Accelerated_connections_without_accelerated_networking_is_ACCEL005() => Verify("""
        class C
        {
            void M()
            {
                var nic = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = false,
                    {|ACCEL005:AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A8,
                    Tags = { { "fastpathenabled", "true" } },
                };
            }
        }
        """);

    [Fact]
    public Task Tier_without_the_mode_reports_at_the_tier() => Verify("""
        class C
        {
            void M()
            {
                var nic = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    {|ACCEL004:{|ACCEL005:{|ACCEL007:AuxiliarySku = NetworkInterfaceAuxiliarySku.A2|}|}|},
                };
            }
        }
        """);

    [Fact]
    public Task Tier_with_mode_None_reports_the_tier() => Verify("""
        class C
        {
            void M()
            {
                var nic = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    Tags = { { "fastpathenabled", "true" } },
                    AuxiliaryMode = NetworkInterfaceAuxiliaryMode.None,
                    {|ACCEL007:AuxiliarySku = NetworkInterfaceAuxiliarySku.A2|},
                };
            }
        }
        """);

    [Fact]
    public Task MaxConnections_is_valid_on_a_network_interface_and_requests_no_ac() => Verify("""
        class C
        {
            void M()
            {
                var nic = new NetworkInterfaceData
                {
                    Location = AzureLocation.BrazilSouth,
                    AuxiliaryMode = NetworkInterfaceAuxiliaryMode.MaxConnections,
                };
            }
        }
        """);

    [Fact]
    public Task Mode_outside_the_enum_is_ACCEL007() => Verify("""
        class C
        {
            void M()
            {
                var nic = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    Tags = { { "fastpathenabled", "true" } },
                    {|ACCEL007:AuxiliaryMode = "Turbo"|},
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A2,
                };
            }
        }
        """);

    [Fact]
    public Task Tier_outside_the_enum_is_ACCEL007() => Verify("""
        class C
        {
            void M()
            {
                var nic = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    Tags = { { "fastpathenabled", "true" } },
                    AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                    {|ACCEL007:AuxiliarySku = new NetworkInterfaceAuxiliarySku("A3")|},
                };
            }
        }
        """);

    [Fact]
    public Task Ac_nic_on_a_dv5_vm_is_ACCEL002() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    {|ACCEL002:AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                    Tags = { { "fastpathenabled", "true" } },
                };
                var nic = nics.CreateOrUpdate("nva-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = new VirtualMachineSizeType("Standard_D4s_v5") },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """);

    [Theory]
    [InlineData("Standard_D4as_v5")]
    [InlineData("Standard_D4ds_v5")]
    [InlineData("Standard_D4_v5")]
    public Task Ac_nic_on_other_dv5_family_members_is_ACCEL002(string size) => Verify($$"""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    {|ACCEL002:AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                    Tags = { { "fastpathenabled", "true" } },
                };
                var nic = nics.CreateOrUpdate("nva-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "{{size}}" },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """);

    [Fact]
    public Task Ac_nic_on_a_two_vcpu_vm_is_ACCEL006() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    Tags = { { "fastpathenabled", "true" } },
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                };
                {|ACCEL006:nicData.AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections|};
                var nic = nics.CreateOrUpdate("nva-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardD2SV3 },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """);

    [Fact]
    public Task Ac_on_a_vm_configuration_with_vcpus_available_below_four_is_ACCEL006() => Verify("""
        class C
        {
            void M()
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile
                    {
                        VmSize = "Standard_D8s_v3",
                        VmSizeProperties = new VirtualMachineSizeProperties { VCpusAvailable = 2 },
                    },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations =
                        {
                            new VirtualMachineNetworkInterfaceConfiguration("nva")
                            {
                                EnableAcceleratedNetworking = true,
                                {|ACCEL006:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                                AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A1,
                            },
                        },
                    },
                };
                vm.Tags["fastpathenabled"] = "true";
            }
        }
        """);

    [Fact]
    public Task Ac_on_a_vm_configuration_takes_the_vm_region_and_tags() => Verify("""
        class C
        {
            void M()
            {
                var vm = new VirtualMachineData(AzureLocation.BrazilSouth)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_D8s_v3" },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations =
                        {
                            new VirtualMachineNetworkInterfaceConfiguration("nva")
                            {
                                EnableAcceleratedNetworking = true,
                                {|ACCEL003:{|ACCEL004:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|}|},
                                AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A1,
                            },
                        },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Ac_on_a_vm_configuration_with_the_vm_tag_in_its_initializer_is_clean() => Verify("""
        class C
        {
            void M()
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    Tags = { { "fastpathenabled", "true" } },
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_D8s_v3" },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations =
                        {
                            new VirtualMachineNetworkInterfaceConfiguration("nva")
                            {
                                EnableAcceleratedNetworking = true,
                                AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                                AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A1,
                            },
                        },
                    },
                };
            }
        }
        """);

    private static string AcNic(string statements, bool missing, string extraMembers = "") => $$"""
        class C
        {
            {{extraMembers}}

            void M(IDictionary<string, string> common, KeyValuePair<string, string> pair)
            {
                var nic = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    EnableAcceleratedNetworking = true,
                    {{(missing ? "{|ACCEL004:AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections|}" : "AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections")}},
                    AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                };
                {{statements}}
            }
        }
        """;

    [Theory]
    [InlineData("AddCommonTags(nic.Tags);")]
    [InlineData("var tags = nic.Tags; tags[\"fastpathenabled\"] = \"true\";")]
    [InlineData("foreach (var tag in common) { nic.Tags.Add(tag); }")]
    [InlineData("nic.Tags.Add(pair);")]
    [InlineData("foreach (var tag in common) { nic.Tags[tag.Key] = tag.Value; }")]
    [InlineData("nic.Tags.TryAdd(\"fastpathenabled\", \"true\");")]
    public Task Tags_written_where_the_method_cannot_see_are_unknown(string statements) =>
        Verify(AcNic(statements, missing: false, extraMembers: "static void AddCommonTags(IDictionary<string, string> tags) => tags[\"fastpathenabled\"] = \"true\";"));

    [Fact]
    public Task Tag_added_as_a_key_value_pair_is_read() =>
        Verify(AcNic("nic.Tags.Add(new KeyValuePair<string, string>(\"fastpathenabled\", \"true\"));", missing: false));

    [Fact]
    public Task Wrong_tag_added_as_a_key_value_pair_is_ACCEL004() =>
        Verify(AcNic("nic.Tags.Add(new KeyValuePair<string, string>(\"fastpathenabled\", \"no\"));", missing: true));

    [Theory]
    [InlineData("var count = nic.Tags.Count;")]
    [InlineData("if (!nic.Tags.ContainsKey(\"env\")) { nic.Tags.Add(\"env\", \"prod\"); }")]
    [InlineData("foreach (var tag in nic.Tags) { System.Console.WriteLine(tag.Key); }")]
    public Task Reading_tags_does_not_hide_a_missing_tag(string statements) => Verify(AcNic(statements, missing: true));
}
