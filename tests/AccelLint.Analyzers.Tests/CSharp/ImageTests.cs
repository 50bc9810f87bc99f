using static AccelLint.Analyzers.Tests.CSharp.CSharpHarness;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>ACCEL013: AN on a VM whose <c>StorageProfile.ImageReference</c> is an OS release older than AN supports.</summary>
public class ImageTests
{
    private static string Vm(string publisher, string offer, string sku, bool bad) => $$"""
        class C
        {
            void M()
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardD2SV3 },
                    StorageProfile = new VirtualMachineStorageProfile
                    {
                        ImageReference = new ImageReference { Publisher = "{{publisher}}", Offer = "{{offer}}", Sku = "{{sku}}", Version = "latest" },
                    },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {{(bad ? "{|ACCEL013:EnableAcceleratedNetworking = true|}" : "EnableAcceleratedNetworking = true")}} } },
                    },
                };
            }
        }
        """;

    [Theory]
    [InlineData("Canonical", "UbuntuServer", "12.04.5-LTS")]
    [InlineData("MicrosoftWindowsServer", "WindowsServer", "2008-R2-SP1")]
    [InlineData("MicrosoftWindowsServer", "WindowsServer", "2012-Datacenter")]
    [InlineData("OpenLogic", "CentOS", "7.3")]
    [InlineData("RedHat", "RHEL", "6.10")]
    [InlineData("Oracle", "Oracle-Linux", "7_2")]
    [InlineData("SUSE", "sles-12", "12-SP2")]
    [InlineData("SUSE", "SLES", "11-SP4")]
    [InlineData("credativ", "Debian", "8")]
    [InlineData("credativ", "Debian", "9")]
    [InlineData("MicrosoftOSTC", "FreeBSD", "10.3")]
    [InlineData("MicrosoftOSTC", "FreeBSD", "11.0")]
    [InlineData("canonical", "ubuntuserver", "12.04.5-LTS")]
    public Task Old_images_are_ACCEL013(string publisher, string offer, string sku) => Verify(Vm(publisher, offer, sku, bad: true));

    [Theory]
    [InlineData("Canonical", "UbuntuServer", "14.04.5-LTS")]
    [InlineData("Canonical", "UbuntuServer", "18.04-LTS")]
    [InlineData("Canonical", "0001-com-ubuntu-server-jammy", "22_04-lts-gen2")]
    [InlineData("MicrosoftWindowsServer", "WindowsServer", "2012-R2-Datacenter")]
    [InlineData("MicrosoftWindowsServer", "WindowsServer", "2019-Datacenter")]
    [InlineData("OpenLogic", "CentOS", "7.4")]
    [InlineData("OpenLogic", "CentOS", "7-LVM")]
    [InlineData("RedHat", "RHEL", "8")]
    [InlineData("SUSE", "sles-12-sp3", "12-SP3")]
    [InlineData("credativ", "Debian", "9-backports")]
    [InlineData("MicrosoftOSTC", "FreeBSD", "10.4")]
    [InlineData("contoso", "custom", "1.0")]
    public Task Supported_or_unknown_images_are_clean(string publisher, string offer, string sku) => Verify(Vm(publisher, offer, sku, bad: false));

    [Fact]
    public Task Old_image_without_accelerated_networking_is_clean() => Verify("""
        class C
        {
            void M()
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
                    StorageProfile = new VirtualMachineStorageProfile
                    {
                        ImageReference = new ImageReference { Publisher = "OpenLogic", Offer = "CentOS", Sku = "6.9", Version = "latest" },
                    },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { EnableAcceleratedNetworking = false } },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Image_assigned_after_creation_to_a_nic_data_vm() => Verify("""
        class C
        {
            const string Publisher = "MicrosoftWindowsServer";

            void M(object nics)
            {
                var nicData = new NetworkInterfaceData { Location = AzureLocation.EastUS };
                {|ACCEL013:nicData.EnableAcceleratedNetworking = true|};
                var nic = nics.CreateOrUpdate("win-nic", nicData);
                var vm = new VirtualMachineData(AzureLocation.EastUS);
                vm.HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_D4s_v3" };
                vm.StorageProfile = new VirtualMachineStorageProfile();
                var offer = "WindowsServer";
                vm.StorageProfile.ImageReference = new ImageReference { Publisher = Publisher, Offer = offer };
                vm.StorageProfile.ImageReference.Sku = "2008-R2-SP1";
                vm.NetworkProfile = new VirtualMachineNetworkProfile();
                vm.NetworkProfile.NetworkInterfaces.Add(new VirtualMachineNetworkInterfaceReference { Id = nic.Id });
            }
        }
        """);

    [Fact]
    public Task Image_sku_from_a_parameter_is_unknown() => Verify("""
        class C
        {
            void M(string sku)
            {
                var vm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardD2SV3 },
                    StorageProfile = new VirtualMachineStorageProfile
                    {
                        ImageReference = new ImageReference { Publisher = "OpenLogic", Offer = "CentOS", Sku = sku, Version = "latest" },
                    },
                    NetworkProfile = new VirtualMachineNetworkProfile
                    {
                        NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { EnableAcceleratedNetworking = true } },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Old_image_on_a_scale_set_is_ACCEL013() => Verify("""
        class C
        {
            void M()
            {
                var vmss = new VirtualMachineScaleSetData(AzureLocation.EastUS)
                {
                    Sku = new ComputeSku { Name = "Standard_D4s_v3" },
                    VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                    {
                        StorageProfile = new VirtualMachineScaleSetStorageProfile
                        {
                            ImageReference = new ImageReference { Publisher = "Canonical", Offer = "UbuntuServer", Sku = "12.04.5-LTS", Version = "latest" },
                        },
                        NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                        {
                            NetworkInterfaceConfigurations = { new VirtualMachineScaleSetNetworkConfiguration("cfg") { {|ACCEL013:EnableAcceleratedNetworking = true|} } },
                        },
                    },
                };
            }
        }
        """);
}
