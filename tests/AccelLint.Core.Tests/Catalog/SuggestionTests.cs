using AccelLint.Catalog;

namespace AccelLint.Core.Tests.Catalog;

/// <summary>
/// The nearest size (ACCEL001, ACCEL002, ACCEL006) and Accelerated Connections region (ACCEL003) the
/// findings name: <see cref="SizeSuggestions"/> and <see cref="RegionSuggestions"/>.
/// </summary>
public class SuggestionTests
{
    // ---------------------------------------------------------------- sizes

    [Theory]
    [InlineData("Standard_B1s", "Standard_B2s_v2")] // no B…s size of the first generation has AN: the closest newer one
    [InlineData("standard_b1s", "Standard_B2s_v2")] // names compare case-insensitively
    [InlineData("Standard_DS1_v2", "Standard_DS2_v2")] // same line and generation, the fewest vCPUs above
    [InlineData("Standard_D1_v2", "Standard_D2_v2")]
    [InlineData("Standard_F1s", "Standard_F2s")]
    [InlineData("Standard_B2ms", "Standard_B2s_v2")] // about the same capacity first: not B12ms (12 vCPUs), not the AMD B2als_v2
    public void Accelerated_networking_size(string current, string expected)
    {
        var nearest = SizeSuggestions.Nearest(VmSizeCatalog.Embedded, current, SizeNeed.AcceleratedNetworking);

        Assert.Equal(expected, nearest?.Name);
        Assert.True(nearest!.AcceleratedNetworking);
    }

    [Theory]
    [InlineData("Standard_D2s_v3", "Standard_D4s_v3")] // 4 vCPUs in the same line and generation
    [InlineData("Standard_D8s_v5", "Standard_D8s_v6")] // never the Dv5 family: the next generation, same vCPUs
    [InlineData("Standard_D2s_v5", "Standard_D4s_v6")] // both: not Dv5 and at least 4 vCPUs
    [InlineData("Standard_D4ls_v5", "Standard_D4ls_v6")]
    [InlineData("Standard_F2s_v2", "Standard_F4s_v2")]
    public void Accelerated_connections_size(string current, string expected)
    {
        var nearest = SizeSuggestions.Nearest(VmSizeCatalog.Embedded, current, SizeNeed.AcceleratedConnections);

        Assert.Equal(expected, nearest?.Name);
        Assert.True(SizeSuggestions.IsAcceleratedConnectionsEligible(nearest!));
    }

    [Theory]
    [InlineData("Standard_A2_v2")] // no A-series size has AN
    [InlineData("Basic_A1")]
    [InlineData("Standard_Z96s_v9")] // not in the catalog, and no Z family
    [InlineData("not a size")]
    [InlineData("")]
    public void Nothing_fits_gives_no_suggestion(string current)
    {
        Assert.Null(SizeSuggestions.Nearest(VmSizeCatalog.Embedded, current, SizeNeed.AcceleratedNetworking));
    }

    [Fact]
    public void Only_the_catalog_linted_with_is_asked()
    {
        var rows = VmSizeCatalog.ParseCsv(
            """
            name,series,vcpus,accelerated_networking,an_required,source
            Standard_B2s_v2,standardBsv2Family,2,false,false,test
            """,
            "sizes.csv");
        var catalog = VmSizeCatalog.Embedded.Extend(rows);

        // B2s_v2 has no AN here: the next of about the same capacity, B2ls_v2 (2 vCPUs), before B4s_v2.
        Assert.Equal("Standard_B2ls_v2", SizeSuggestions.Nearest(catalog, "Standard_B1s", SizeNeed.AcceleratedNetworking)?.Name);

        // A catalog of its own: only its sizes, and none when none fits.
        var alone = new VmSizeCatalog(VmSizeCatalog.ParseCsv("name,series,vcpus,accelerated_networking\nStandard_B1s,b,1,false\nStandard_B2ms,b,2,true\n", "only.csv"));
        Assert.Equal("Standard_B2ms", SizeSuggestions.Nearest(alone, "Standard_B1s", SizeNeed.AcceleratedNetworking)?.Name);
        Assert.Null(SizeSuggestions.Nearest(alone, "Standard_B1s", SizeNeed.AcceleratedConnections));
    }

    [Fact]
    public void Constrained_and_promotional_sizes_are_never_suggested()
    {
        var catalog = new VmSizeCatalog(VmSizeCatalog.ParseCsv(
            "name,series,vcpus,accelerated_networking\nStandard_E2s_v9,e,2,false\nStandard_E4-2s_v9,e,2,true\nStandard_E2s_v9_Promo,e,2,true\nStandard_E8s_v9,e,8,true\n",
            "e.csv"));

        Assert.Equal("Standard_E8s_v9", SizeSuggestions.Nearest(catalog, "Standard_E2s_v9", SizeNeed.AcceleratedNetworking)?.Name);
    }

    /// <summary>Whatever the size, a suggestion satisfies the rule and never has fewer vCPUs.</summary>
    [Fact]
    public void Every_suggestion_of_the_embedded_catalog_satisfies_the_rule()
    {
        var catalog = VmSizeCatalog.Embedded;
        int suggested = 0;
        foreach (var size in catalog.Sizes)
        {
            foreach (var need in new[] { SizeNeed.AcceleratedNetworking, SizeNeed.AcceleratedConnections })
            {
                if (SizeSuggestions.Nearest(catalog, size.Name, need) is not { } nearest)
                {
                    continue;
                }

                suggested++;
                Assert.True(SizeSuggestions.Supports(nearest, need), $"{size.Name} -> {nearest.Name} does not support {need}");
                Assert.True(nearest.VCpus >= size.VCpus, $"{size.Name} -> {nearest.Name} has fewer vCPUs");
                Assert.DoesNotContain("_Promo", nearest.Name, StringComparison.Ordinal);
            }
        }

        Assert.True(suggested > 1000, $"only {suggested} suggestions");
    }

    [Theory]
    [InlineData("Standard_D4s_v3", true)]
    [InlineData("Standard_D2s_v3", false)] // 2 vCPUs
    [InlineData("Standard_D8s_v5", false)] // Dv5 family
    [InlineData("Standard_D8s_v6", true)]
    [InlineData("Standard_A4_v2", false)] // no AN
    public void Accelerated_connections_eligibility(string name, bool eligible)
    {
        Assert.True(VmSizeCatalog.Embedded.TryGet(name, out var size));
        Assert.Equal(eligible, SizeSuggestions.IsAcceleratedConnectionsEligible(size));
    }

    // ---------------------------------------------------------------- regions

    [Theory]
    [InlineData("brazilsouth", "eastus2")]
    [InlineData("Brazil South", "eastus2")] // display names too
    [InlineData("japaneast", "southeastasia")]
    [InlineData("germanywestcentral", "westeurope")]
    [InlineData("canadacentral", "eastus")]
    [InlineData("southindia", "centralindia")]
    [InlineData("australiasoutheast", "australiaeast")]
    public void Nearest_default_region(string location, string expected)
    {
        Assert.Equal(expected, RegionSuggestions.Nearest(location, Regions.DefaultAcceleratedConnectionsRegions));
    }

    [Theory]
    [InlineData("global")] // a logical region has no coordinates
    [InlineData("moon")]
    [InlineData("")]
    public void Region_without_coordinates_gives_no_suggestion(string location)
    {
        Assert.Null(RegionSuggestions.Nearest(location, Regions.DefaultAcceleratedConnectionsRegions));
    }

    [Fact]
    public void Configured_regions_are_the_candidates()
    {
        Assert.Equal("westeurope", RegionSuggestions.Nearest("brazilsouth", new[] { "westeurope", "moon", "japaneast" }));
        Assert.Null(RegionSuggestions.Nearest("brazilsouth", new[] { "moon" }));
        Assert.Null(RegionSuggestions.Nearest("brazilsouth", Array.Empty<string>()));
    }

    [Fact]
    public void Every_physical_region_has_coordinates()
    {
        var physical = Csv.Read(EmbeddedData.Read("locations.csv")).Skip(1).Where(r => r.Fields.Length > 3 && r.Fields[3] == "Physical").Select(r => r.Fields[0]).ToList();

        Assert.NotEmpty(physical);
        Assert.All(physical, name => Assert.Equal(name, RegionSuggestions.Nearest(name, new[] { name })));
    }
}
