using System.Text.RegularExpressions;
using AccelLint.Catalog;
using AccelLint.Engine;

namespace AccelLint.Core.Tests.Catalog;

/// <summary>The VM size catalog (embedded CSV, extra CSV or az vm list-skus JSON) and region names.</summary>
public class CatalogTests
{
    // ---------------------------------------------------------------- embedded data

    [Fact]
    public void Embedded_catalog_has_every_size_of_the_facts_file()
    {
        var catalog = VmSizeCatalog.Embedded;

        Assert.Equal(1467, catalog.Count);
        Assert.Equal(1193, catalog.Sizes.Count(s => s.AcceleratedNetworking));
        Assert.Equal(274, catalog.Sizes.Count(s => !s.AcceleratedNetworking));
    }

    [Fact]
    public void Sixteen_sizes_require_AN_and_they_are_the_Dlsv5_and_Dldsv5_sizes()
    {
        var required = VmSizeCatalog.Embedded.Sizes.Where(s => s.AcceleratedNetworkingRequired).Select(s => s.Name).ToList();

        Assert.Equal(16, required.Count);
        Assert.All(required, name => Assert.Matches(new Regex("^Standard_D\\d+ld?s_v5$"), name));
        Assert.All(VmSizeCatalog.Embedded.Sizes.Where(s => s.AcceleratedNetworkingRequired), s => Assert.True(s.AcceleratedNetworking));
    }

    [Theory]
    [InlineData("Standard_D2s_v3", 2, true)]
    [InlineData("Standard_D4s_v3", 4, true)]
    [InlineData("Standard_B1s", 1, false)]
    [InlineData("Standard_DS1_v2", 1, false)]
    [InlineData("Standard_D4ls_v5", 4, true)]
    [InlineData("standard_d4S_V3", 4, true)] // names compare case-insensitively
    [InlineData(" Standard_D4s_v3 ", 4, true)]
    public void Embedded_rows(string name, int vcpus, bool an)
    {
        Assert.True(VmSizeCatalog.Embedded.TryGet(name, out var size));
        Assert.Equal(vcpus, size.VCpus);
        Assert.Equal(an, size.AcceleratedNetworking);
    }

    [Fact]
    public void Unknown_size_is_not_found()
    {
        Assert.False(VmSizeCatalog.Embedded.TryGet("Standard_Z96s_v9", out _));
    }

    // ---------------------------------------------------------------- CSV

    [Fact]
    public void Csv_reads_columns_by_name_and_quoted_fields()
    {
        const string csv = """"
            vcpus,name,accelerated_networking,an_required,series,source
            8,Standard_X8s_v1,true,false,standardXFamily,"docs, 2024 ""preview"""

            2,Standard_X2s_v1,false,false,standardXFamily,
            """";

        var rows = VmSizeCatalog.ParseCsv(csv, "extra.csv");

        Assert.Equal(2, rows.Count);
        var big = Assert.Single(rows, r => r.Name == "Standard_X8s_v1");
        Assert.Equal(8, big.VCpus);
        Assert.True(big.AcceleratedNetworking);
        Assert.Equal("standardXFamily", big.Series);
        Assert.Equal("docs, 2024 \"preview\"", big.Source);
        Assert.Equal("extra.csv", Assert.Single(rows, r => r.Name == "Standard_X2s_v1").Source);
    }

    [Fact]
    public void Csv_without_a_name_column_is_rejected()
    {
        Assert.Throws<CatalogFormatException>(() => VmSizeCatalog.ParseCsv("size,vcpus\nStandard_X1,1\n", "bad.csv"));
    }

    [Fact]
    public void Csv_with_an_unreadable_AN_value_is_rejected_with_its_line()
    {
        var e = Assert.Throws<CatalogFormatException>(() => VmSizeCatalog.ParseCsv("name,vcpus,accelerated_networking\nStandard_X1,1,true\nStandard_X2,2,maybe\n", "bad.csv"));
        Assert.Contains("bad.csv(3,", e.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- az vm list-skus JSON

    private const string Skus = """
        [
          {
            "resourceType": "virtualMachines",
            "name": "Standard_X4s_v9",
            "family": "standardXSv9Family",
            "locations": [ "eastus" ],
            "capabilities": [
              { "name": "vCPUs", "value": "4" },
              { "name": "AcceleratedNetworkingEnabled", "value": "True" }
            ]
          },
          {
            "resourceType": "virtualMachines",
            "name": "Standard_X8-2s_v9",
            "family": "standardXSv9Family",
            "capabilities": [
              { "name": "vCPUs", "value": "8" },
              { "name": "vCPUsAvailable", "value": "2" },
              { "name": "AcceleratedNetworkingEnabled", "value": "False" }
            ]
          },
          {
            "resourceType": "disks",
            "name": "Premium_LRS",
            "capabilities": [ { "name": "AcceleratedNetworkingEnabled", "value": "True" } ]
          },
          {
            "resourceType": "virtualMachines",
            "name": "Standard_X1_v9",
            "capabilities": [ { "name": "vCPUs", "value": "1" } ]
          },
          {
            "resourceType": "virtualMachines",
            "name": "Standard_D4ls_v5",
            "capabilities": [ { "name": "vCPUs", "value": "4" }, { "name": "AcceleratedNetworkingEnabled", "value": "true" } ]
          }
        ]
        """;

    [Fact]
    public void Skus_json_reads_vcpus_and_accelerated_networking()
    {
        var rows = VmSizeCatalog.ParseSkusJson(Skus, "skus.json").ToDictionary(r => r.Name);

        Assert.Equal(4, rows.Count); // the disk SKU is not a VM size
        Assert.Equal(4, rows["Standard_X4s_v9"].VCpus);
        Assert.True(rows["Standard_X4s_v9"].AcceleratedNetworking);
        Assert.Equal("standardXSv9Family", rows["Standard_X4s_v9"].Series);
        Assert.False(rows["Standard_X8-2s_v9"].AcceleratedNetworking);
        Assert.False(rows["Standard_X1_v9"].AcceleratedNetworking); // no capability: not supported
        Assert.True(rows["Standard_D4ls_v5"].AcceleratedNetworking);
    }

    [Fact]
    public void Skus_json_prefers_vcpus_available_for_constrained_sizes()
    {
        var row = Assert.Single(VmSizeCatalog.ParseSkusJson(Skus, "skus.json"), r => r.Name == "Standard_X8-2s_v9");
        Assert.Equal(2, row.VCpus);
    }

    [Fact]
    public void Skus_json_listing_a_size_per_location_counts_AN_when_any_location_reports_it()
    {
        const string json = """
            { "value": [
              { "resourceType": "virtualMachines", "name": "Standard_X2_v9", "locations": [ "westus" ], "capabilities": [ { "name": "vCPUs", "value": "2" }, { "name": "AcceleratedNetworkingEnabled", "value": "False" } ] },
              { "resourceType": "virtualMachines", "name": "Standard_X2_v9", "locations": [ "eastus" ], "capabilities": [ { "name": "vCPUs", "value": "2" }, { "name": "AcceleratedNetworkingEnabled", "value": "True" } ] }
            ] }
            """;

        var row = Assert.Single(VmSizeCatalog.ParseSkusJson(json, "skus.json"));
        Assert.True(row.AcceleratedNetworking);
    }

    [Fact]
    public void Parse_tells_json_from_csv()
    {
        Assert.Equal(4, VmSizeCatalog.Parse(Skus, "skus.json").Count);
        Assert.Single(VmSizeCatalog.Parse("name,vcpus,accelerated_networking\nStandard_X1,1,false\n", "sizes.csv"));
        Assert.Throws<CatalogFormatException>(() => VmSizeCatalog.Parse("[ { \"name\": ", "broken.json"));
        Assert.Throws<CatalogFormatException>(() => VmSizeCatalog.Parse("{ \"sizes\": 1 }", "other.json"));
    }

    [Fact]
    public void Extend_adds_rows_and_replaces_rows_of_the_same_name()
    {
        var extended = VmSizeCatalog.Embedded.Extend(new[]
        {
            new VmSize("standard_b1s", "standardBSFamily", 1, true, false, "refreshed"),
            new VmSize("Standard_X4s_v9", "standardXSv9Family", 4, true, false, "new"),
        });

        Assert.Equal(VmSizeCatalog.Embedded.Count + 1, extended.Count);
        Assert.True(extended.TryGet("Standard_B1s", out var b1s));
        Assert.True(b1s.AcceleratedNetworking);
        Assert.True(extended.TryGet("Standard_X4s_v9", out _));
        Assert.True(VmSizeCatalog.Embedded.TryGet("Standard_B1s", out var original));
        Assert.False(original.AcceleratedNetworking); // the embedded catalog itself is unchanged
    }

    [Fact]
    public void Catalog_option_with_skus_json_changes_what_the_rules_see()
    {
        var files = new Dictionary<string, string>
        {
            // Standard_X8-2s_v9 is unknown to the embedded catalog; the extra catalog says it lacks AN.
            ["azuredeploy.json"] = Verifier.VmWithNic("\"Standard_X8-2s_v9\"", """/*@ACCEL001*/"enableAcceleratedNetworking": true,"""),
            ["skus.json"] = Skus,
        };

        Verifier.Verify(files, options: new LintOptions { CatalogFile = "skus.json" });
    }

    [Fact]
    public void Catalog_option_can_override_an_embedded_row()
    {
        var files = new Dictionary<string, string>
        {
            ["azuredeploy.json"] = Verifier.VmWithNic("\"Standard_B1s\"", """ "enableAcceleratedNetworking": true,"""),
            ["sizes.csv"] = "name,series,vcpus,accelerated_networking,an_required,source\nStandard_B1s,standardBSFamily,1,true,false,test\n",
        };

        Verifier.Verify(files, options: new LintOptions { CatalogFile = "sizes.csv" });
    }

    // ---------------------------------------------------------------- regions

    [Theory]
    [InlineData("East US 2", "eastus2")]
    [InlineData("eastus2", "eastus2")]
    [InlineData("EASTUS", "eastus")]
    [InlineData("UK South", "uksouth")]
    [InlineData("South UK", "uksouth")] // the seed's name for UK South
    [InlineData("  West Europe ", "westeurope")]
    [InlineData("north central us", "northcentralus")]
    [InlineData("Southeast Asia", "southeastasia")]
    [InlineData("Mars Central", "marscentral")] // unknown display names still lose spaces and case
    public void Normalize_turns_display_names_into_arm_names(string location, string expected)
    {
        Assert.Equal(expected, Regions.Normalize(location));
    }

    [Fact]
    public void Default_AC_regions_are_the_sixteen_of_the_seed()
    {
        var expected = new[]
        {
            "northcentralus", "westcentralus", "eastus", "westus", "eastus2", "centralus", "uksouth", "westeurope",
            "centralindia", "westus2", "westus3", "northeurope", "swedencentral", "southeastasia", "southcentralus", "australiaeast",
        };

        Assert.Equal(expected.OrderBy(r => r, StringComparer.Ordinal), Regions.DefaultAcceleratedConnectionsRegions.OrderBy(r => r, StringComparer.Ordinal));
    }

    [Fact]
    public void The_fast_embedded_reader_reads_the_same_rows_as_the_csv_reader()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "linter", "AccelLint.Core", "Catalog", "Data", "vm-sizes.csv"));
        var slow = AccelLint.Catalog.VmSizeCatalog.ParseCsv(text, "vm-sizes.csv").OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        var fast = AccelLint.Catalog.VmSizeCatalog.Embedded.Sizes.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(slow, fast);
    }
}
