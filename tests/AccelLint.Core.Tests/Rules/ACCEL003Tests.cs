using static AccelLint.Core.Tests.Rules.ArmShapes;

namespace AccelLint.Core.Tests.Rules;

/// <summary>ACCEL003: Accelerated Connections on a NIC outside the AC regions.</summary>
public class ACCEL003Tests
{
    private static readonly string[] Only = { "ACCEL003" };

    [Fact]
    public void Nic_resource_outside_the_regions_is_reported_at_auxiliaryMode()
    {
        var result = Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL003*/"), location: "japaneast"));

        var finding = Assert.Single(result.Findings);
        Assert.Contains("japaneast", finding.Message);
        Assert.Contains("'nic1'", finding.Message);
    }

    [Theory]
    [InlineData("eastus")]
    [InlineData("eastus2")]
    [InlineData("East US 2")]
    [InlineData("UK South")]
    [InlineData("uksouth")]
    [InlineData("South UK")] // the seed's name for UK South
    [InlineData("westeurope")]
    [InlineData("Central India")]
    [InlineData("West US 3")]
    [InlineData("northeurope")]
    [InlineData("swedencentral")]
    [InlineData("Southeast Asia")]
    [InlineData("southcentralus")]
    [InlineData("australiaeast")]
    [InlineData("northcentralus")]
    [InlineData("West Central US")]
    [InlineData("westus")]
    [InlineData("westus2")]
    [InlineData("centralus")]
    [InlineData("EASTUS")]
    public void Regions_in_the_list_are_silent_whether_written_as_names_or_display_names(string location)
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac(), location: location));
    }

    [Theory]
    [InlineData("japaneast")]
    [InlineData("Germany West Central")]
    [InlineData("ukwest")]
    [InlineData("eastasia")]
    public void Regions_outside_the_list_fire(string location)
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL003*/"), location: location));
    }

    [Fact]
    public void Resource_group_location_is_unknown_and_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac(), location: "[resourceGroup().location]"));
    }

    [Fact]
    public void Location_parameter_defaulting_to_the_resource_group_is_silent()
    {
        Verifier.VerifyArm(NicOnVm(
            "Standard_D4s_v3",
            Ac(),
            location: "[parameters('location')]",
            parameters: """ "location": { "type": "string", "defaultValue": "[resourceGroup().location]" } """));
    }

    [Fact]
    public void Allowed_locations_with_one_outside_the_list_fire()
    {
        var result = Verifier.VerifyArm(NicOnVm(
            "Standard_D4s_v3",
            Ac("/*@ACCEL003*/"),
            location: "[parameters('location')]",
            parameters: """ "location": { "type": "string", "defaultValue": "eastus", "allowedValues": [ "eastus", "brazilsouth" ] } """));

        Assert.Contains("when parameter 'location' is 'brazilsouth'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Parameters_file_location_overrides_the_default()
    {
        Verifier.VerifyArm(
            NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL003*/"), location: "[parameters('location')]", parameters: """ "location": { "type": "string", "defaultValue": "eastus" } """),
            ParametersFile(""" "location": { "value": "Korea Central" } """));
    }

    [Fact]
    public void Tier_only_request_is_reported_at_auxiliarySku()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, /*@ACCEL003*/"auxiliarySku": "A8",""", location: "japaneast"), only: Only);
    }

    [Fact]
    public void Floating_mode_outside_the_regions_is_silent()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true, "auxiliaryMode": "Floating",""", location: "japaneast"));
    }

    [Fact]
    public void Nic_location_counts_not_the_vm_location()
    {
        // The NIC is in an AC region, its VM is not: the NIC's own location decides.
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac(), location: "eastus", vmLocation: "japaneast"));
    }

    [Fact]
    public void Nic_outside_the_regions_fires_even_when_its_vm_is_inside()
    {
        Verifier.VerifyArm(NicOnVm("Standard_D4s_v3", Ac("/*@ACCEL003*/"), location: "japaneast", vmLocation: "eastus"));
    }

    [Fact]
    public void Vm_embedded_configuration_takes_the_vm_location()
    {
        var result = Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac("/*@ACCEL003*/"), location: "canadacentral"));
        Assert.Contains("'cfg1'", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Vm_embedded_configuration_in_a_listed_region_is_silent()
    {
        Verifier.VerifyArm(VmWithConfig("Standard_D4s_v3", Ac(), location: "West Europe"));
    }

    [Fact]
    public void Scale_set_configuration_takes_the_scale_set_location()
    {
        Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", Ac("/*@ACCEL003*/"), location: "francecentral"));
    }

    [Fact]
    public void Scale_set_in_a_listed_region_is_silent()
    {
        Verifier.VerifyArm(ScaleSet("Standard_D4s_v3", Ac(), location: "Australia East"));
    }
}
