using System.Text.RegularExpressions;
using AccelLint.Catalog;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Tests;

/// <summary>
/// <c>accellint sizes [PATTERN]</c>: the catalog a lint uses (embedded, or with <c>--catalog</c>),
/// filtered by name, <c>--an</c>, <c>--ac</c> and <c>--min-vcpus</c>, as an aligned table or JSON.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class SizesTests : IDisposable
{
    private const string CsvHeader = "name,series,vcpus,accelerated_networking,an_required,source\n";

    private readonly Workspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void Text_is_an_aligned_table_and_a_summary()
    {
        var result = workspace.Run("sizes", "Standard_D2s_v3");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(
            new[]
            {
                "NAME             SERIES              VCPUS  AN   AN REQUIRED  AC",
                "Standard_D2s_v3  standardDSv3Family      2  yes  no           no",
                string.Empty,
                "accellint sizes: 1 size (of 1467 in the catalog)",
            },
            result.Lines);
    }

    [Fact]
    public void Columns_line_up_whatever_the_name_length()
    {
        var lines = workspace.Run("sizes", "Standard_D*ls_v5").Lines;
        var table = lines.TakeWhile(l => l.Length > 0).ToList();

        Assert.True(table.Count > 2);
        int series = table[0].IndexOf("SERIES", StringComparison.Ordinal);
        int an = table[0].IndexOf("AN ", StringComparison.Ordinal);
        Assert.All(table.Skip(1), row =>
        {
            Assert.Equal(' ', row[series - 1]);
            Assert.NotEqual(' ', row[series]);
            Assert.Matches("^(yes|no) ", row.Substring(an));
        });

        // The Dlsv5 sizes require AN (the Dplsv5 ones do not) and, being Dv5, none can have AC.
        Assert.All(table.Skip(1), row => Assert.Matches(Regex.IsMatch(row, @"^Standard_D\d+ls_v5 ") ? "  yes  yes +no$" : "  yes  no +no$", row));
    }

    [Fact]
    public void Pattern_is_a_case_insensitive_substring()
    {
        var names = Names(workspace.Run("sizes", "d2S_V", "--format", "json"));

        Assert.Equal(
            VmSizeCatalog.Embedded.Sizes.Where(s => s.Name.Contains("d2s_v", StringComparison.OrdinalIgnoreCase)).Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal),
            names.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Contains("Standard_D2s_v3", names);
        Assert.Contains("Standard_D2s_v5", names);
    }

    [Fact]
    public void Pattern_with_a_star_is_a_glob_on_the_whole_name()
    {
        var names = Names(workspace.Run("sizes", "standard_d*s_v5", "--format", "json"));
        var expected = VmSizeCatalog.Embedded.Sizes.Select(s => s.Name).Where(n => Regex.IsMatch(n, "^Standard_D.*s_v5$", RegexOptions.IgnoreCase)).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), names.OrderBy(n => n, StringComparer.Ordinal));
        Assert.DoesNotContain("Standard_D2ds_v5_Promo", names);
        Assert.Empty(Names(workspace.Run("sizes", "D*s_v5", "--format", "json"))); // a glob matches the whole name
    }

    [Fact]
    public void Filters_match_the_catalog()
    {
        var json = Json(workspace.Run("sizes", "Standard_B", "--an", "--min-vcpus", "4", "--format", "json"));
        var sizes = json["sizes"]!.Cast<JObject>().ToList();
        var expected = VmSizeCatalog.Embedded.Sizes.Where(s => s.Name.StartsWith("Standard_B", StringComparison.OrdinalIgnoreCase) && s.AcceleratedNetworking && s.VCpus >= 4).ToList();

        Assert.Equal(expected.Count, sizes.Count);
        Assert.All(sizes, s => Assert.True((bool)s["acceleratedNetworking"]! && (int)s["vCpus"]! >= 4));
        Assert.DoesNotContain(sizes, s => (string?)s["name"] == "Standard_B1s");
    }

    [Fact]
    public void Ac_filter_keeps_only_sizes_Accelerated_Connections_can_run_on()
    {
        var sizes = Json(workspace.Run("sizes", "Standard_D", "--ac", "--format", "json"))["sizes"]!.Cast<JObject>().ToList();

        Assert.NotEmpty(sizes);
        Assert.All(sizes, s =>
        {
            Assert.True((bool)s["acceleratedConnections"]!);
            Assert.True((bool)s["acceleratedNetworking"]!);
            Assert.True((int)s["vCpus"]! >= 4);
            Assert.DoesNotMatch("^Standard_D[0-9]+[a-z]*_v5$", (string)s["name"]!);
        });
        Assert.Contains(sizes, s => (string?)s["name"] == "Standard_D4s_v3");
        Assert.DoesNotContain(sizes, s => (string?)s["name"] is "Standard_D2s_v3" or "Standard_D4s_v5");
    }

    [Fact]
    public void Json_has_every_column_of_a_size()
    {
        var json = Json(workspace.Run("sizes", "Standard_D4ls_v5", "--format", "json"));

        Assert.Equal(1, (int)json["version"]!);
        Assert.Equal(1467, (int)json["catalogCount"]!);
        var size = Assert.Single(json["sizes"]!.Cast<JObject>());
        Assert.Equal("Standard_D4ls_v5", (string?)size["name"]);
        Assert.Equal(4, (int)size["vCpus"]!);
        Assert.True((bool)size["acceleratedNetworking"]!);
        Assert.True((bool)size["acceleratedNetworkingRequired"]!);
        Assert.False((bool)size["acceleratedConnections"]!); // Dv5 family
        Assert.False(string.IsNullOrEmpty((string?)size["series"]));
        Assert.False(string.IsNullOrEmpty((string?)size["source"]));
    }

    [Fact]
    public void Unknown_pattern_is_an_empty_result_and_exit_0()
    {
        var text = workspace.Run("sizes", "Standard_Z96s_v9");
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Equal(new[] { "accellint sizes: no size matches (of 1467 in the catalog)" }, text.Lines);

        var json = workspace.Run("sizes", "Standard_Z96s_v9", "--format", "json");
        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.Empty(Json(json)["sizes"]!);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("-1")]
    [InlineData("4.5")]
    [InlineData("")]
    public void Bad_min_vcpus_is_a_usage_error(string value)
    {
        var result = workspace.Run("sizes", "--min-vcpus", value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith("accellint: --min-vcpus takes a whole number of vCPUs", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Missing_min_vcpus_value_is_a_usage_error()
    {
        Assert.Equal(2, workspace.Run("sizes", "--min-vcpus").ExitCode);
    }

    [Theory]
    [InlineData("sizes", "a", "b")]
    [InlineData("sizes", "--format", "sarif")]
    [InlineData("sizes", "--parameters", "p.json")]
    [InlineData("lint", ".", "--an")]
    [InlineData("explain", ".", "--min-vcpus", "4")]
    public void Misused_options_are_usage_errors(params string[] args)
    {
        var result = workspace.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("accellint: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_file_adds_and_replaces_sizes()
    {
        workspace.Write("sizes.csv", CsvHeader + "Standard_Q8s_v1,standardQSFamily,8,true,false,my notes\nStandard_B1s,standardBSFamily,1,true,false,pretend\n");

        var json = Json(workspace.Run("sizes", "--catalog", "sizes.csv", "--an", "--format", "json"));
        var sizes = json["sizes"]!.Cast<JObject>().ToDictionary(s => (string)s["name"]!);

        Assert.Equal(1468, (int)json["catalogCount"]!);
        Assert.Equal("my notes", (string?)sizes["Standard_Q8s_v1"]["source"]);
        Assert.True((bool)sizes["Standard_Q8s_v1"]["acceleratedConnections"]!);
        Assert.Equal("pretend", (string?)sizes["Standard_B1s"]["source"]);
    }

    [Fact]
    public void Catalog_from_az_vm_list_skus_json()
    {
        workspace.Write("skus.json", """
            [ { "resourceType": "virtualMachines", "name": "Standard_Q4s_v2", "family": "standardQSv2Family",
                "capabilities": [ { "name": "vCPUs", "value": "4" }, { "name": "AcceleratedNetworkingEnabled", "value": "True" } ] } ]
            """);

        var result = workspace.Run("sizes", "Q4s", "--catalog", "skus.json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.Lines, l => Regex.IsMatch(l, @"^Standard_Q4s_v2  standardQSv2Family +4  yes  no +yes$"));
    }

    [Fact]
    public void Config_catalog_is_read_as_a_lint_reads_it()
    {
        workspace.Write("team/sizes.csv", CsvHeader + "Standard_Q8s_v1,standardQSFamily,8,true,false,team\n");
        workspace.Write("team/accellint.json", """{ "catalog": "sizes.csv" }""");
        workspace.Write("bad/accellint.json", """{ "catalogue": "sizes.csv" }""");

        var found = workspace.Run("sizes", "Q8s", "--config", "team/accellint.json", "--format", "json");
        Assert.Equal("team", (string?)Assert.Single(Json(found)["sizes"]!)["source"]);

        var bad = workspace.Run("sizes", "Q8s", "--config", "bad/accellint.json");
        Assert.Equal(2, bad.ExitCode);
        Assert.StartsWith("accellint: bad/accellint.json(1,3): ", bad.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, workspace.Run("sizes", "--config", "missing.json").ExitCode);
    }

    [Theory]
    [InlineData("missing.csv")]
    [InlineData("broken.csv")]
    public void Bad_catalog_file_is_a_usage_error(string file)
    {
        workspace.Write("broken.csv", "size,vcpus\nStandard_X1,1\n");

        var result = workspace.Run("sizes", "--catalog", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(file, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_writes_the_report_to_a_file()
    {
        var result = workspace.Run("sizes", "Standard_D2s_v3", "--output", "out/sizes.txt");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains("Standard_D2s_v3", workspace.Read("out/sizes.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_describes_sizes_and_its_filters()
    {
        var help = workspace.Run("--help");

        Assert.Contains("accellint sizes [PATTERN]", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--min-vcpus N", help.Stdout, StringComparison.Ordinal);
    }

    private static JObject Json(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return JObject.Parse(result.Stdout);
    }

    private static List<string> Names(CliResult result) => Json(result)["sizes"]!.Select(s => (string)s["name"]!).ToList();
}
