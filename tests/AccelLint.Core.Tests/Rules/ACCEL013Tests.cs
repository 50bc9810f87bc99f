using static AccelLint.Core.Tests.Rules.ArmShapes;

namespace AccelLint.Core.Tests.Rules;

/// <summary>ACCEL013: AN requested on a VM whose image is an OS release older than AN supports.</summary>
public class ACCEL013Tests
{
    private const string AnTrue = """ /*@ACCEL013*/"enableAcceleratedNetworking": true,""";
    private const string AnTrueUnmarked = """ "enableAcceleratedNetworking": true,""";

    [Theory]
    // Windows Server: 2008*, and 2012-* except 2012-R2
    [InlineData("MicrosoftWindowsServer", "WindowsServer", "2008-R2-SP1", true)]
    [InlineData("MicrosoftWindowsServer", "WindowsServer", "2012-Datacenter", true)]
    [InlineData("microsoftwindowsserver", "windowsserver", "2012-datacenter-smalldisk", true)]
    [InlineData("MicrosoftWindowsServer", "WindowsServer", "2012-R2-Datacenter", false)]
    [InlineData("MicrosoftWindowsServer", "WindowsServer", "2012-r2-datacenter-gensecond", false)]
    [InlineData("MicrosoftWindowsServer", "WindowsServer", "2016-Datacenter", false)]
    [InlineData("MicrosoftWindowsServer", "WindowsServer", "2022-datacenter-azure-edition", false)]
    // Ubuntu: major below 14 (14.04 needs the linux-azure kernel, which a template cannot show)
    [InlineData("Canonical", "UbuntuServer", "12.04.5-LTS", true)]
    [InlineData("canonical", "ubuntuserver", "12.10", true)]
    [InlineData("Canonical", "UbuntuServer", "14.04.5-LTS", false)]
    [InlineData("Canonical", "UbuntuServer", "16.04-LTS", false)]
    [InlineData("Canonical", "UbuntuServer", "18.04-LTS", false)]
    // RHEL, CentOS, Oracle Linux: below 7, or 7 with minor below 4
    [InlineData("RedHat", "RHEL", "6.10", true)]
    [InlineData("RedHat", "RHEL", "7.3", true)]
    [InlineData("RedHat", "RHEL", "7_3", true)]
    [InlineData("RedHat", "RHEL", "7.4", false)]
    [InlineData("RedHat", "RHEL", "7-LVM", false)] // minor unknown: never fires on the minor
    [InlineData("RedHat", "RHEL", "8_5", false)]
    [InlineData("OpenLogic", "CentOS", "6.9", true)]
    [InlineData("OpenLogic", "CentOS", "7.2", true)]
    [InlineData("OpenLogic", "CentOS", "7.4", false)]
    [InlineData("OpenLogic", "CentOS", "7_9", false)]
    [InlineData("Oracle", "Oracle-Linux", "6.10", true)]
    [InlineData("Oracle", "Oracle-Linux", "7.3", true)]
    [InlineData("Oracle", "Oracle-Linux", "7.4", false)]
    [InlineData("Oracle", "Oracle-Linux", "ol79-gen2", false)] // version cannot be read
    // SUSE, any offer starting sles: 11*, or 12 without -SP or with SP1/SP2
    [InlineData("SUSE", "SLES", "11-SP4", true)]
    [InlineData("SUSE", "SLES", "12", true)]
    [InlineData("SUSE", "SLES", "12-SP1", true)]
    [InlineData("SUSE", "sles-byos", "12-SP2", true)]
    [InlineData("SUSE", "SLES", "12-SP3", false)]
    [InlineData("SUSE", "sles-sap", "12-sp5", false)]
    [InlineData("SUSE", "SLES", "15", false)]
    [InlineData("SUSE", "opensuse-leap", "12", false)] // not a sles offer
    // Debian: below 9, or 9 without backports
    [InlineData("credativ", "Debian", "8", true)]
    [InlineData("credativ", "Debian", "9", true)]
    [InlineData("credativ", "Debian", "9-backports", false)]
    [InlineData("credativ", "Debian", "10", false)]
    // FreeBSD: below 10.4, and 11.0
    [InlineData("MicrosoftOSTC", "FreeBSD", "10.3", true)]
    [InlineData("MicrosoftOSTC", "FreeBSD", "10.4", false)]
    [InlineData("MicrosoftOSTC", "FreeBSD", "11.0", true)]
    [InlineData("MicrosoftOSTC", "FreeBSD", "11.1", false)]
    [InlineData("MicrosoftOSTC", "FreeBSD", "12.0", false)]
    // Unknown publishers never fire
    [InlineData("Contoso", "LegacyAppliance", "1.0", false)]
    [InlineData("MicrosoftWindowsDesktop", "Windows-10", "win10-21h2-pro", false)]
    public void Image_table(string publisher, string offer, string sku, bool fires)
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", fires ? AnTrue : AnTrueUnmarked, Image(publisher, offer, sku)));
    }

    [Fact]
    public void Finding_names_the_image_and_the_minimum()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", AnTrue, Image("RedHat", "RHEL", "7.2")));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("RedHat/RHEL/7.2", finding.Message);
        Assert.Contains("7.4", finding.Message);
        Assert.Contains("'nic1'", finding.Message);
    }

    [Fact]
    public void Old_image_without_AN_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": false,""", Image("MicrosoftWindowsServer", "WindowsServer", "2008-R2-SP1"), nicMarker: "/*@ACCEL011*/"));
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", string.Empty, Image("MicrosoftWindowsServer", "WindowsServer", "2008-R2-SP1"), nicMarker: "/*@ACCEL011*/"));
    }

    [Fact]
    public void Custom_image_never_fires()
    {
        Verifier.VerifyArm(NicOnVm(
            "Standard_D4s_v3",
            AnTrueUnmarked,
            """ "imageReference": { "id": "[resourceId('Microsoft.Compute/images', 'win2008-golden')]" } """));
    }

    [Fact]
    public void Unknown_sku_never_fires()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", AnTrueUnmarked, Image("RedHat", "RHEL", "[reference('release').sku]")));
    }

    [Fact]
    public void Allowed_skus_with_an_old_release_fire()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_D4s_v3",
            AnTrue,
            Image("MicrosoftWindowsServer", "WindowsServer", "[parameters('windowsSku')]"),
            parameters: """ "windowsSku": { "type": "string", "defaultValue": "2019-Datacenter", "allowedValues": [ "2019-Datacenter", "2016-Datacenter", "2008-R2-SP1" ] } """));

        Assert.Contains("when parameter 'windowsSku' is '2008-R2-SP1'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Unsupported_size_and_old_image_both_report_at_the_property()
    {
        Verifier.VerifyArm(NicOnVm("Standard_B1s", """ /*@ACCEL001,ACCEL013*/"enableAcceleratedNetworking": true,""", Image("Canonical", "UbuntuServer", "12.04.5-LTS")));
    }

    [Fact]
    public void Vm_embedded_configuration_fires()
    {
        var result = Verifier.VerifyArm(VmWithConfig(AnTrue, Image("OpenLogic", "CentOS", "6.10")));
        Assert.Contains("'cfg1'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Vm_embedded_configuration_on_a_current_image_is_silent()
    {
        Verifier.VerifyArm(VmWithConfig(AnTrueUnmarked, Image("Canonical", "0001-com-ubuntu-server-jammy", "22_04-lts-gen2")));
    }

    [Fact]
    public void Scale_set_image_is_read_from_the_virtual_machine_profile()
    {
        Verifier.VerifyArm(ScaleSet(AnTrue, Image("SUSE", "SLES", "12-SP1")));
        Verifier.VerifyArm(ScaleSet(AnTrueUnmarked, Image("SUSE", "SLES", "12-SP4")));
    }

    // ---------------------------------------------------------------- helpers

    private static string Image(string publisher, string offer, string sku) =>
        $$""" "imageReference": { "publisher": "{{publisher}}", "offer": "{{offer}}", "sku": "{{sku}}", "version": "latest" } """;

    /// <summary>NIC resource 'nic1' referenced by VM 'vm1' with the given storageProfile content.</summary>
    private static string NicOnVm(string size, string nicProperties, string storage, string parameters = "", string nicMarker = "") => Template($$"""
        {{nicMarker}}{
          "type": "Microsoft.Network/networkInterfaces",
          "apiVersion": "2023-09-01",
          "name": "nic1",
          "location": "eastus",
          "properties": {
            {{nicProperties}}
            "ipConfigurations": []
          }
        },
        {
          "type": "Microsoft.Compute/virtualMachines",
          "apiVersion": "2023-09-01",
          "name": "vm1",
          "location": "eastus",
          "properties": {
            "hardwareProfile": { "vmSize": "{{size}}" },
            "storageProfile": { {{storage}} },
            "networkProfile": {
              "networkInterfaces": [ { "id": "[resourceId('Microsoft.Network/networkInterfaces', 'nic1')]" } ]
            }
          }
        }
        """, parameters);

    private static string VmWithConfig(string configProperties, string storage) => Template($$"""
        {
          "type": "Microsoft.Compute/virtualMachines",
          "apiVersion": "2023-09-01",
          "name": "vm1",
          "location": "eastus",
          "properties": {
            "hardwareProfile": { "vmSize": "Standard_D4s_v3" },
            "storageProfile": { {{storage}} },
            "networkProfile": {
              "networkApiVersion": "2020-11-01",
              "networkInterfaceConfigurations": [
                { "name": "cfg1", "properties": { {{configProperties}} "ipConfigurations": [] } }
              ]
            }
          }
        }
        """);

    private static string ScaleSet(string configProperties, string storage) => Template($$"""
        {
          "type": "Microsoft.Compute/virtualMachineScaleSets",
          "apiVersion": "2023-09-01",
          "name": "vmss1",
          "location": "eastus",
          "sku": { "name": "Standard_D4s_v3", "capacity": 2 },
          "properties": {
            "virtualMachineProfile": {
              "storageProfile": { {{storage}} },
              "networkProfile": {
                "networkInterfaceConfigurations": [
                  { "name": "cfg1", "properties": { {{configProperties}} "ipConfigurations": [] } }
                ]
              }
            }
          }
        }
        """);
}
