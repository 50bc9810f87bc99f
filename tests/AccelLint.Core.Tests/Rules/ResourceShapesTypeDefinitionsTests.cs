using System.Text.Json;
using AccelLint.Core.Tests.Oracle;
using AccelLint.Model;

namespace AccelLint.Core.Tests.Rules;

/// <summary>
/// The property paths <c>ResourceModelBuilder.Machines.cs</c> reads, found again in Azure's own type
/// definitions (Azure.Bicep.Types.Az): each path exists (and is writable) in the apiVersions named, and
/// the first apiVersions the builder relies on are the first ones that define the property.
/// </summary>
public class ResourceShapesTypeDefinitionsTests
{
    private static readonly Lazy<AzureTypeDefinitions> Types = new(AzureTypeDefinitions.Open);

    private const string FleetProfile = "properties.computeProfile.baseVirtualMachineProfile";
    private const string FleetNic = FleetProfile + ".networkProfile.networkInterfaceConfigurations[]";

    public static TheoryData<string, string, string> Paths => new()
    {
        // Instance mix (Flexible scale sets): sku.name 'Mix' and the sizes.
        { ResourceModelBuilder.ScaleSetType, "2024-07-01", "sku.name" },
        { ResourceModelBuilder.ScaleSetType, "2024-07-01", "properties.skuProfile.vmSizes[].name" },

        // Scale-set VMs: both NIC configuration forms, the own size.
        { ResourceModelBuilder.ScaleSetVmType, "2023-09-01", "properties.networkProfileConfiguration.networkInterfaceConfigurations[].properties.enableAcceleratedNetworking" },
        { ResourceModelBuilder.ScaleSetVmType, "2023-09-01", "properties.networkProfileConfiguration.networkInterfaceConfigurations[].properties.auxiliaryMode" },
        { ResourceModelBuilder.ScaleSetVmType, "2023-09-01", "properties.networkProfile.networkInterfaceConfigurations[].properties.enableAcceleratedNetworking" },
        { ResourceModelBuilder.ScaleSetVmType, "2023-09-01", "properties.networkProfile.networkInterfaces[].id" },
        { ResourceModelBuilder.ScaleSetVmType, "2023-09-01", "properties.hardwareProfile.vmSize" },
        { ResourceModelBuilder.ScaleSetVmType, "2023-09-01", "properties.storageProfile.imageReference.sku" },

        // Batch pools.
        { ResourceModelBuilder.BatchPoolType, "2024-07-01", "properties.vmSize" },
        { ResourceModelBuilder.BatchPoolType, "2024-07-01", "properties.networkConfiguration.enableAcceleratedNetworking" },
        { ResourceModelBuilder.BatchPoolType, "2024-07-01", "properties.deploymentConfiguration.virtualMachineConfiguration.imageReference.offer" },

        // Service Fabric managed cluster node types.
        { ResourceModelBuilder.NodeTypeType, "2024-04-01", "properties.vmSize" },
        { ResourceModelBuilder.NodeTypeType, "2024-04-01", "properties.enableAcceleratedNetworking" },
        { ResourceModelBuilder.NodeTypeType, "2024-04-01", "properties.vmImagePublisher" },
        { ResourceModelBuilder.NodeTypeType, "2024-04-01", "properties.vmImageOffer" },
        { ResourceModelBuilder.NodeTypeType, "2024-04-01", "properties.vmImageSku" },
        { ResourceModelBuilder.NodeTypeType, "2024-04-01", "properties.additionalNetworkInterfaceConfigurations[].name" },
        { ResourceModelBuilder.NodeTypeType, "2024-04-01", "properties.additionalNetworkInterfaceConfigurations[].enableAcceleratedNetworking" },

        // Azure Compute Fleet.
        { ResourceModelBuilder.FleetType, "2024-11-01", "properties.vmSizesProfile[].name" },
        { ResourceModelBuilder.FleetType, "2024-11-01", FleetNic + ".name" },
        { ResourceModelBuilder.FleetType, "2024-11-01", FleetNic + ".properties.enableAcceleratedNetworking" },
        { ResourceModelBuilder.FleetType, "2024-11-01", FleetNic + ".properties.auxiliaryMode" },
        { ResourceModelBuilder.FleetType, "2024-11-01", FleetNic + ".properties.auxiliarySku" },
        { ResourceModelBuilder.FleetType, "2024-11-01", FleetProfile + ".hardwareProfile.vmSizeProperties.vCPUsAvailable" },
        { ResourceModelBuilder.FleetType, "2024-11-01", FleetProfile + ".storageProfile.imageReference.sku" },
        { ResourceModelBuilder.FleetType, "2024-11-01", "location" },
        { ResourceModelBuilder.FleetType, "2024-11-01", "tags" },
    };

    [SkippableTheory]
    [MemberData(nameof(Paths))]
    public void Builder_paths_are_writable_properties_in_Azure_type_definitions(string resourceType, string apiVersion, string path)
    {
        Skip.If(AzureTypeDefinitions.Unavailable is not null, AzureTypeDefinitions.Unavailable);

        var (found, readOnly) = Resolve(Body(resourceType, apiVersion), path);
        Assert.True(found, $"{resourceType}@{apiVersion} has no {path}");
        Assert.True(readOnly is null, $"{resourceType}@{apiVersion}: {readOnly} on the way to {path} is read-only");
    }

    [SkippableFact]
    public void A_scale_set_VM_sku_is_read_only_so_its_size_is_not_read_from_it()
    {
        Skip.If(AzureTypeDefinitions.Unavailable is not null, AzureTypeDefinitions.Unavailable);

        Assert.Equal("sku", Resolve(Body(ResourceModelBuilder.ScaleSetVmType, "2023-09-01"), "sku.name").ReadOnly);
    }

    [SkippableTheory]
    [InlineData(ResourceModelBuilder.ScaleSetType, "properties.skuProfile.vmSizes[].name", "2024-07-01")]
    [InlineData(ResourceModelBuilder.BatchPoolType, "properties.networkConfiguration.enableAcceleratedNetworking", ResourceModelBuilder.BatchPoolAcceleratedNetworkingSince)]
    [InlineData(ResourceModelBuilder.NodeTypeType, "properties.enableAcceleratedNetworking", ResourceModelBuilder.NodeTypeAcceleratedNetworkingSince)]
    public void First_apiVersion_with_the_property(string resourceType, string path, string first)
    {
        Skip.If(AzureTypeDefinitions.Unavailable is not null, AzureTypeDefinitions.Unavailable);

        var versions = Types.Value.Versions(resourceType).OrderBy(v => v.ApiVersion, StringComparer.Ordinal).ToList();
        var firstWith = versions.First(v => Resolve(v.Body, path).Found).ApiVersion;
        Assert.Equal(first, firstWith.Substring(0, 10));
        Assert.All(versions.Where(v => string.CompareOrdinal(v.ApiVersion, firstWith) > 0), v => Assert.True(Resolve(v.Body, path).Found, $"{resourceType}@{v.ApiVersion} lacks {path}"));
    }

    private static TypeRef Body(string resourceType, string apiVersion) =>
        Types.Value.Versions(resourceType).Single(v => v.ApiVersion.Equals(apiVersion, StringComparison.OrdinalIgnoreCase)).Body;

    /// <summary>Walks a dotted path (<c>a.b[].c</c>); whether it exists, and the first read-only member on the way.</summary>
    private static (bool Found, string? ReadOnly) Resolve(TypeRef body, string path)
    {
        TypeRef? current = body;
        string? readOnly = null;
        foreach (string segment in path.Split('.'))
        {
            bool array = segment.EndsWith("[]", StringComparison.Ordinal);
            string name = array ? segment.Substring(0, segment.Length - 2) : segment;
            if (current is not { } type || type.Member(name) is not { } member)
            {
                return (false, readOnly);
            }

            if (readOnly is null && IsReadOnly(type, name))
            {
                readOnly = name;
            }

            current = array ? member.Property("itemType") : member;
        }

        return (current is not null, readOnly);
    }

    /// <summary>The member's flags have ReadOnly (2) in the type definitions.</summary>
    private static bool IsReadOnly(TypeRef type, string member)
    {
        foreach (string container in new[] { "properties", "baseProperties" })
        {
            if (type.Json.TryGetProperty(container, out var properties) && properties.ValueKind == JsonValueKind.Object
                && properties.TryGetProperty(member, out var definition) && definition.TryGetProperty("flags", out var flags))
            {
                return (flags.GetInt32() & 2) != 0;
            }
        }

        return false;
    }
}
