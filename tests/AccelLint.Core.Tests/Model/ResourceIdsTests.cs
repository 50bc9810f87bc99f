using AccelLint.Model;

namespace AccelLint.Core.Tests.Model;

/// <summary>Resource ids as resourceId() builds them, and the keys that link a VM to its NICs.</summary>
public class ResourceIdsTests
{
    [Theory]
    [InlineData("Microsoft.Network/networkInterfaces", new[] { "nic1" }, null, null,
        "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/networkInterfaces/nic1")]
    [InlineData("Microsoft.Network/virtualNetworks/subnets", new[] { "vnet", "default" }, null, "rg",
        "/subscriptions/{subscriptionId}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default")]
    [InlineData("Microsoft.Network/virtualNetworks/subnets", new[] { "vnet" }, "sub", "rg",
        "/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets")]
    [InlineData("Microsoft.Network/networkInterfaces", new[] { "a", "b" }, null, null,
        "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/networkInterfaces/a")]
    [InlineData("Microsoft.Network", new[] { "x" }, null, null,
        "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network")]
    public void Build_interleaves_type_segments_and_names(string type, string[] names, string? subscription, string? group, string expected) =>
        Assert.Equal(expected, ResourceIds.Build(type, names, subscription, group));

    [Theory]
    [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/NIC1", "microsoft.network/networkinterfaces/nic1")]
    [InlineData("/subscriptions/s/providers/Microsoft.Network/networkInterfaces/nic1//", "microsoft.network/networkinterfaces/nic1")]
    [InlineData("/providers/Microsoft.Management/x/providers///Microsoft.Network/networkInterfaces/nic1", "microsoft.network/networkinterfaces/nic1")]
    [InlineData("Microsoft.Network/networkInterfaces/nic1", "microsoft.network/networkinterfaces/nic1")]
    public void Link_key_of_an_id_is_the_lower_case_part_after_the_last_providers(string id, string expected) =>
        Assert.Equal(expected, ResourceIds.LinkKey(id));

    [Theory]
    [InlineData("nic1")]
    [InlineData("networkInterfaces/nic1")]
    [InlineData("")]
    public void Link_key_of_text_without_a_provider_is_null(string id) => Assert.Null(ResourceIds.LinkKey(id));

    [Theory]
    [InlineData("Microsoft.Network/networkInterfaces", "Web-NIC", "microsoft.network/networkinterfaces/web-nic")]
    [InlineData("Microsoft.Network/virtualNetworks/subnets", "vnet/default", "microsoft.network/virtualnetworks/vnet/subnets/default")]
    [InlineData("Microsoft.Network/virtualNetworks/subnets", "vnet", "microsoft.network/virtualnetworks/vnet/subnets")]
    public void Link_key_of_a_type_and_name_matches_the_key_of_its_id(string type, string name, string expected)
    {
        Assert.Equal(expected, ResourceIds.LinkKey(type, name));
        Assert.Equal(expected, ResourceIds.LinkKey(ResourceIds.Build(type, name.Split('/'))));
    }
}
