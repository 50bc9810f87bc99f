using static AccelLint.Analyzers.Tests.CSharp.CSharpHarness;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>
/// Issue 11 item 1: scale sets written for Azure.ResourceManager.Compute 1.17+ (<c>Properties.VirtualMachineProfile</c>,
/// <c>Properties.SkuProfile</c>, instance mix, <c>Tags</c> on NIC configurations; against
/// <see cref="Infrastructure.Compute117StandIns"/>) and the 1.2.0 forms the analyzer missed (against
/// the real package). Each of these found nothing before.
/// </summary>
public class TodaysSdkShapesTests
{
    /// <summary>
    /// The official REST example VirtualMachineScaleSet_Create_FromWithDisableTcpStateTrackingNetworkInterface
    /// in its 2024-11-01 form (Azure/azure-rest-api-specs-examples, examples-dotnet, Compute 1.17+):
    /// accelerated networking on Standard_D1_v2 (1 vCPU), set through <c>Properties</c>.
    /// </summary>
    [Fact]
    public Task Rest_example_2024_11_01_form_is_ACCEL001() => Verify117("""
        class C
        {
            VirtualMachineScaleSetData M()
            {
                VirtualMachineScaleSetData data = new VirtualMachineScaleSetData(new AzureLocation("westus"))
                {
                    Sku = new ComputeSku
                    {
                        Name = "Standard_D1_v2",
                        Tier = "Standard",
                        Capacity = 3L,
                    },
                    Properties = new VirtualMachineScaleSetProperties
                    {
                        UpgradePolicy = new VirtualMachineScaleSetUpgradePolicy
                        {
                            Mode = VirtualMachineScaleSetUpgradeMode.Manual,
                        },
                        VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                        {
                            OSProfile = new VirtualMachineScaleSetOSProfile
                            {
                                ComputerNamePrefix = "{vmss-name}",
                                AdminUsername = "{your-username}",
                                AdminPassword = "{your-password}",
                            },
                            StorageProfile = new VirtualMachineScaleSetStorageProfile
                            {
                                ImageReference = new ImageReference
                                {
                                    Id = new ResourceIdentifier("/subscriptions/{subscription-id}/resourceGroups/myResourceGroup/providers/Microsoft.Compute/images/{existing-custom-image-name}"),
                                },
                                OSDisk = new VirtualMachineScaleSetOSDisk(DiskCreateOptionType.FromImage)
                                {
                                    Caching = CachingType.ReadWrite,
                                    ManagedDisk = new VirtualMachineScaleSetManagedDisk
                                    {
                                        StorageAccountType = StorageAccountType.StandardLrs,
                                    },
                                },
                            },
                            NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                            {
                                NetworkInterfaceConfigurations = {new VirtualMachineScaleSetNetworkConfiguration("{nicConfig1-name}")
                                {
                                Primary = true,
                                {|ACCEL001:EnableAcceleratedNetworking = true|},
                                IsTcpStateTrackingDisabled = true,
                                IPConfigurations = {new VirtualMachineScaleSetIPConfiguration("{vmss-name}")
                                {
                                SubnetId = new ResourceIdentifier("/subscriptions/{subscription-id}/resourceGroups/myResourceGroup/providers/Microsoft.Network/virtualNetworks/{existing-virtual-network-name}/subnets/{existing-subnet-name}"),
                                }},
                                EnableIPForwarding = true,
                                }, new VirtualMachineScaleSetNetworkConfiguration("{nicConfig2-name}")
                                {
                                Primary = false,
                                EnableAcceleratedNetworking = false,
                                IsTcpStateTrackingDisabled = false,
                                IPConfigurations = {new VirtualMachineScaleSetIPConfiguration("{nicConfig2-name}")
                                {
                                SubnetId = new ResourceIdentifier("/subscriptions/{subscription-id}/resourceGroups/myResourceGroup/providers/Microsoft.Network/virtualNetworks/{existing-virtual-network-name}/subnets/{existing-fpga-subnet-name2}"),
                                Primary = true,
                                PrivateIPAddressVersion = IPVersion.IPv4,
                                }},
                                EnableIPForwarding = false,
                                }},
                            },
                        },
                        Overprovision = true,
                    },
                };
                return data;
            }
        }
        """);

    /// <summary>The same example in its 2023-09-01 form (top-level <c>VirtualMachineProfile</c>), against the real Compute 1.2.0.</summary>
    [Fact]
    public Task Rest_example_2023_09_01_form_is_ACCEL001() => Verify("""
        class C
        {
            VirtualMachineScaleSetData M()
            {
                VirtualMachineScaleSetData data = new VirtualMachineScaleSetData(new AzureLocation("westus"))
                {
                    Sku = new ComputeSku()
                    {
                        Name = "Standard_D1_v2",
                        Tier = "Standard",
                        Capacity = 3,
                    },
                    UpgradePolicy = new VirtualMachineScaleSetUpgradePolicy()
                    {
                        Mode = VirtualMachineScaleSetUpgradeMode.Manual,
                    },
                    VirtualMachineProfile = new VirtualMachineScaleSetVmProfile()
                    {
                        OSProfile = new VirtualMachineScaleSetOSProfile()
                        {
                            ComputerNamePrefix = "{vmss-name}",
                            AdminUsername = "{your-username}",
                            AdminPassword = "{your-password}",
                        },
                        StorageProfile = new VirtualMachineScaleSetStorageProfile()
                        {
                            ImageReference = new ImageReference()
                            {
                                Id = new ResourceIdentifier("/subscriptions/{subscription-id}/resourceGroups/myResourceGroup/providers/Microsoft.Compute/images/{existing-custom-image-name}"),
                            },
                            OSDisk = new VirtualMachineScaleSetOSDisk(DiskCreateOptionType.FromImage)
                            {
                                Caching = CachingType.ReadWrite,
                                ManagedDisk = new VirtualMachineScaleSetManagedDisk()
                                {
                                    StorageAccountType = StorageAccountType.StandardLrs,
                                },
                            },
                        },
                        NetworkProfile = new VirtualMachineScaleSetNetworkProfile()
                        {
                            NetworkInterfaceConfigurations =
                            {
                            new VirtualMachineScaleSetNetworkConfiguration("{nicConfig1-name}")
                            {
                            Primary = true,
                            {|ACCEL001:EnableAcceleratedNetworking = true|},
                            IPConfigurations =
                            {
                            new VirtualMachineScaleSetIPConfiguration("{vmss-name}")
                            {
                            SubnetId = new ResourceIdentifier("/subscriptions/{subscription-id}/resourceGroups/myResourceGroup/providers/Microsoft.Network/virtualNetworks/{existing-virtual-network-name}/subnets/{existing-subnet-name}"),
                            }
                            },
                            EnableIPForwarding = true,
                            },new VirtualMachineScaleSetNetworkConfiguration("{nicConfig2-name}")
                            {
                            Primary = false,
                            EnableAcceleratedNetworking = false,
                            IPConfigurations =
                            {
                            new VirtualMachineScaleSetIPConfiguration("{nicConfig2-name}")
                            {
                            SubnetId = new ResourceIdentifier("/subscriptions/{subscription-id}/resourceGroups/myResourceGroup/providers/Microsoft.Network/virtualNetworks/{existing-virtual-network-name}/subnets/{existing-fpga-subnet-name2}"),
                            Primary = true,
                            PrivateIPAddressVersion = IPVersion.IPv4,
                            }
                            },
                            EnableIPForwarding = false,
                            }
                            },
                        },
                    },
                    Overprovision = true,
                };
                return data;
            }
        }
        """);

    [Fact]
    public Task Properties_profile_on_a_supported_size_is_clean() => Verify117("""
        class C
        {
            void M()
            {
                var vmss = new VirtualMachineScaleSetData(AzureLocation.EastUS)
                {
                    Sku = new ComputeSku { Name = "Standard_D4s_v5" },
                    Properties = new VirtualMachineScaleSetProperties
                    {
                        VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                        {
                            NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                            {
                                NetworkInterfaceConfigurations = { new VirtualMachineScaleSetNetworkConfiguration("nic") { EnableAcceleratedNetworking = true } },
                            },
                        },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Configuration_added_through_properties_later_is_ACCEL001() => Verify117("""
        class C
        {
            void M()
            {
                var vmss = new VirtualMachineScaleSetData(AzureLocation.EastUS)
                {
                    Sku = new ComputeSku { Name = "Standard_B1s" },
                    Properties = new VirtualMachineScaleSetProperties { VirtualMachineProfile = new VirtualMachineScaleSetVmProfile { NetworkProfile = new VirtualMachineScaleSetNetworkProfile() } },
                };
                vmss.Properties.VirtualMachineProfile.NetworkProfile.NetworkInterfaceConfigurations.Add(
                    new VirtualMachineScaleSetNetworkConfiguration("nic") { {|ACCEL001:EnableAcceleratedNetworking = true|} });
            }
        }
        """);

    /// <summary>Instance mix: every size of <c>SkuProfile.VmSizes</c> is checked; <c>Mix</c> is no size (no ACCEL009).</summary>
    [Fact]
    public Task Instance_mix_with_supported_sizes_is_clean() => Verify117("""
        class C
        {
            void M()
            {
                var vmss = new VirtualMachineScaleSetData(AzureLocation.EastUS)
                {
                    Sku = new ComputeSku { Name = "Mix", Capacity = 4 },
                    Properties = new VirtualMachineScaleSetProperties
                    {
                        SkuProfile = new ComputeSkuProfile { VmSizes = { new ComputeSkuProfileVmSize { Name = "Standard_D4s_v5" }, new ComputeSkuProfileVmSize { Name = "Standard_D8s_v5" } } },
                    },
                    VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                    {
                        NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                        {
                            NetworkInterfaceConfigurations = { new VirtualMachineScaleSetNetworkConfiguration("nic") { EnableAcceleratedNetworking = true } },
                        },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Instance_mix_with_one_unsupported_size_is_ACCEL001() => Verify117("""
        class C
        {
            void M()
            {
                var vmss = new VirtualMachineScaleSetData(AzureLocation.EastUS)
                {
                    Sku = new ComputeSku { Name = "Mix", Capacity = 4 },
                    SkuProfile = new ComputeSkuProfile { VmSizes = { new ComputeSkuProfileVmSize { Name = "Standard_D4s_v5" }, new ComputeSkuProfileVmSize { Name = "Standard_D1_v2" } } },
                    VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                    {
                        NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                        {
                            NetworkInterfaceConfigurations = { new VirtualMachineScaleSetNetworkConfiguration("nic") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                        },
                    },
                };
            }
        }
        """);

    /// <summary>Compute 1.2.0 has only the flattened <c>HardwareVmSizeProperties</c> on a scale set's profile.</summary>
    [Fact]
    public Task Scale_set_vcpus_available_in_the_1_2_0_form_is_ACCEL006() => Verify("""
        class C
        {
            void M()
            {
                var vmss = new VirtualMachineScaleSetData(AzureLocation.EastUS)
                {
                    Sku = new ComputeSku { Name = "Standard_D8s_v3" },
                    VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                    {
                        HardwareVmSizeProperties = new VirtualMachineSizeProperties { VCpusAvailable = 2 },
                        NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                        {
                            NetworkInterfaceConfigurations =
                            {
                                new VirtualMachineScaleSetNetworkConfiguration("nva")
                                {
                                    EnableAcceleratedNetworking = true,
                                    {|ACCEL006:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                                    AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A1,
                                },
                            },
                        },
                    },
                };
                vmss.Tags["fastpathenabled"] = "true";
            }
        }
        """);

    [Fact]
    public Task Scale_set_vcpus_available_in_the_1_17_form_is_ACCEL006() => Verify117("""
        class C
        {
            void M()
            {
                var vmss = new VirtualMachineScaleSetData(AzureLocation.EastUS)
                {
                    Sku = new ComputeSku { Name = "Standard_D8s_v3" },
                    Properties = new VirtualMachineScaleSetProperties
                    {
                        VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                        {
                            HardwareProfile = new VirtualMachineScaleSetHardwareProfile { VmSizeProperties = new VirtualMachineSizeProperties { VCpusAvailable = 2 } },
                            NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                            {
                                NetworkInterfaceConfigurations =
                                {
                                    new VirtualMachineScaleSetNetworkConfiguration("nva")
                                    {
                                        EnableAcceleratedNetworking = true,
                                        {|ACCEL006:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},
                                        AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A1,
                                        Tags = { { "fastpathenabled", "true" } },
                                    },
                                },
                            },
                        },
                    },
                };
            }
        }
        """);

    /// <summary>Since 1.17 a NIC configuration has its own <c>Tags</c>: the data-path tag there satisfies ACCEL004.</summary>
    [Fact]
    public Task Tag_on_the_configuration_is_clean() => Verify117(ConfigurationWithTags("""Tags = { { "fastpathenabled", "true" } },""", "AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections,"));

    [Fact]
    public Task Configuration_without_the_tag_is_ACCEL004() => Verify117(ConfigurationWithTags("""Tags = { { "owner", "net" } },""", "{|ACCEL004:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|},"));

    internal static string ConfigurationWithTags(string tags, string mode) => $$"""
        class C
        {
            void M()
            {
                var vmss = new VirtualMachineScaleSetData(AzureLocation.EastUS)
                {
                    Sku = new ComputeSku { Name = "Standard_D8s_v3" },
                    Properties = new VirtualMachineScaleSetProperties
                    {
                        VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                        {
                            NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                            {
                                NetworkInterfaceConfigurations =
                                {
                                    new VirtualMachineScaleSetNetworkConfiguration("nva")
                                    {
                                        EnableAcceleratedNetworking = true,
                                        {{mode}}
                                        AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A1,
                                        {{tags}}
                                    },
                                },
                            },
                        },
                    },
                };
            }
        }
        """;
}
