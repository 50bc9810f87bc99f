using System.Text;
using AccelLint.Catalog;
using AccelLint.Core.Tests.Oracle;

namespace AccelLint.Core.Tests.Rules;

/// <summary>
/// ACCEL008's table (<c>linter/AccelLint.Core/Catalog/Data/api-versions.csv</c>) derived again from
/// Azure's own type definitions (Azure.Bicep.Types.Az): for every apiVersion of each resource type,
/// whether its NIC (configuration) properties define <c>auxiliaryMode</c>, its value
/// <c>AcceleratedConnections</c>, and <c>auxiliarySku</c>.
/// </summary>
public class ACCEL008TypeDefinitionsTests
{
    private const string TablePath = "linter/AccelLint.Core/Catalog/Data/api-versions.csv";

    /// <summary>The resource types of the table; Compute ones carry NIC configurations, the Network one is the NIC.</summary>
    private static readonly string[] ResourceTypes =
    {
        "Microsoft.Network/networkInterfaces",
        "Microsoft.Compute/virtualMachines",
        "Microsoft.Compute/virtualMachineScaleSets",
        "Microsoft.Compute/virtualMachineScaleSets/virtualMachines",
    };

    /// <summary>What the table records: a property, or one value of its enum.</summary>
    private static readonly (string Property, string? Value)[] Features =
    {
        ("auxiliaryMode", null),
        ("auxiliaryMode", "AcceleratedConnections"),
        ("auxiliarySku", null),
    };

    /// <summary>Each resource type's versions, read once for the class (the package is 39 MB; the NIC types ~100 MB of JSON).</summary>
    private static readonly Lazy<Dictionary<string, SortedDictionary<string, NicShape>>> Shapes = new(() =>
    {
        var types = AzureTypeDefinitions.Open();
        return ResourceTypes.ToDictionary(t => t, t => Versions(types, t), StringComparer.Ordinal);
    });

    [SkippableFact]
    public void Embedded_table_matches_the_first_apiVersion_of_each_property_in_Azure_type_definitions()
    {
        Skip.If(AzureTypeDefinitions.Unavailable is not null, AzureTypeDefinitions.Unavailable);

        var derived = Derive(out var gaps);
        string source = "Azure.Bicep.Types.Az " + AzureTypeDefinitions.PackageVersion;
        string expected = Csv(derived, source);
        string actual = Csv(ApiVersionTable.Embedded.Rows, null);

        Assert.True(
            string.Equals(expected, actual, StringComparison.Ordinal),
            $"""
            The embedded apiVersion table of ACCEL008 no longer matches {source}.
            To refresh it, replace {TablePath} with the table derived here (and update docs/rules/ACCEL008.md,
            the ACCEL008 row of README.md and SPEC.md if the dates moved):

            {expected}
            Embedded now:

            {actual}
            """);
        Assert.True(gaps.Count == 0, $"A property disappears again in a later apiVersion of {source}, so \"from its first apiVersion on\" does not hold:\n  " + string.Join("\n  ", gaps));
    }

    [SkippableFact]
    public void Type_definitions_have_the_NIC_properties_where_the_rule_expects_them()
    {
        Skip.If(AzureTypeDefinitions.Unavailable is not null, AzureTypeDefinitions.Unavailable);

        // The walk itself: a version with the properties, one without, and the enums' values.
        var nic = Shapes.Value["Microsoft.Network/networkInterfaces"];
        Assert.Equal(new[] { "None", "MaxConnections", "Floating", "AcceleratedConnections" }, nic["2022-11-01"].Modes);
        Assert.Equal(new[] { "None", "A1", "A2", "A4", "A8" }, nic["2022-11-01"].Skus);
        Assert.Equal(new[] { "None", "MaxConnections", "Floating" }, nic["2021-08-01"].Modes);
        Assert.Null(nic["2021-05-01"].Modes);

        var vm = Shapes.Value["Microsoft.Compute/virtualMachines"];
        Assert.Equal(new[] { "None", "AcceleratedConnections", "Floating" }, vm["2023-07-01"].Modes);
        Assert.Null(vm["2023-03-01"].Modes);
        Assert.True(vm["2023-03-01"].HasConfigurations);
        Assert.False(vm["2020-12-01"].HasConfigurations);
    }

    /// <summary>For each resource type and feature, the first apiVersion that has it; later versions without it go to <paramref name="gaps"/>.</summary>
    private static List<ApiVersionRequirement> Derive(out List<string> gaps)
    {
        var rows = new List<ApiVersionRequirement>();
        gaps = new List<string>();
        foreach (string resourceType in ResourceTypes)
        {
            var versions = Shapes.Value[resourceType];
            Assert.NotEmpty(versions);
            foreach (var (property, value) in Features)
            {
                string? first = null;
                foreach (var (apiVersion, nic) in versions)
                {
                    bool has = nic.Has(property, value);
                    if (has && first is null)
                    {
                        first = apiVersion;
                    }
                    else if (!has && first is not null)
                    {
                        gaps.Add($"{resourceType}@{apiVersion} lacks {Describe(property, value)}, which {first} has");
                    }
                }

                if (first is not null)
                {
                    rows.Add(new ApiVersionRequirement(resourceType, property, value, first, string.Empty));
                }
            }
        }

        return rows;
    }

    /// <summary>Every apiVersion of the type, oldest first, with what its NIC (configuration) properties define.</summary>
    private static SortedDictionary<string, NicShape> Versions(AzureTypeDefinitions types, string resourceType)
    {
        var versions = new SortedDictionary<string, NicShape>(StringComparer.Ordinal);
        bool network = resourceType.StartsWith("Microsoft.Network/", StringComparison.OrdinalIgnoreCase);
        foreach (var (apiVersion, body) in types.Versions(resourceType))
        {
            var shapes = network
                ? new[] { body.Member("properties") }.OfType<TypeRef>().ToList()
                : Configurations(body);
            versions[apiVersion] = NicShape.Of(shapes);
        }

        return versions;
    }

    /// <summary>
    /// The properties types of every NIC configuration reachable from a Compute resource body: a member
    /// <c>networkInterfaceConfigurations</c> (an array) whose items have <c>properties</c>. Found by
    /// walking the whole body, so VM, scale set (<c>virtualMachineProfile</c>) and scale set VM shapes
    /// need no path of their own.
    /// </summary>
    private static List<TypeRef> Configurations(TypeRef body)
    {
        var found = new List<TypeRef>();
        var seen = new HashSet<int>();
        var stack = new Stack<TypeRef>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var type = stack.Pop();
            if (!seen.Add(type.Index))
            {
                continue;
            }

            foreach (var (member, child) in type.Children())
            {
                if (member == "networkInterfaceConfigurations" && child.Kind == "ArrayType" && child.Property("itemType")?.Member("properties") is { } properties)
                {
                    found.Add(properties);
                }

                stack.Push(child);
            }
        }

        return found;
    }

    private static string Describe(string property, string? value) => value is null ? property : $"{property} value {value}";

    private static string Csv(IEnumerable<ApiVersionRequirement> rows, string? source)
    {
        var text = new StringBuilder("resource_type,property,value,first_api_version,source\n");
        foreach (var row in rows)
        {
            text.Append(row.ResourceType).Append(',').Append(row.Property).Append(',').Append(row.Value).Append(',')
                .Append(row.FirstApiVersion).Append(',').Append(source ?? row.Source).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// What one apiVersion's NIC properties types define. With several (a scale set VM has more than
    /// one path to a configuration), a property counts only when every one of them has it.
    /// </summary>
    private sealed record NicShape(bool HasConfigurations, string[]? Modes, string[]? Skus)
    {
        public static NicShape Of(IReadOnlyList<TypeRef> shapes)
        {
            string[]? Values(string property)
            {
                var types = shapes.Select(s => s.Member(property)).ToList();
                return types.Count == 0 || types.Any(t => t is null)
                    ? null
                    : types.Select(t => t!.Value.StringLiterals().ToArray()).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal).ToArray());
            }

            return new NicShape(shapes.Count > 0, Values("auxiliaryMode"), Values("auxiliarySku"));
        }

        public bool Has(string property, string? value)
        {
            string[]? values = property switch
            {
                "auxiliaryMode" => Modes,
                "auxiliarySku" => Skus,
                _ => throw new ArgumentOutOfRangeException(nameof(property), property, "not a NIC property the test derives"),
            };
            return values is not null && (value is null || values.Contains(value, StringComparer.Ordinal));
        }
    }
}
