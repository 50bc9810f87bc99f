namespace AccelLint.Catalog;

/// <summary>
/// The first apiVersion of a resource type that defines a property, or one value of its enum
/// (<see cref="Value"/> set). Rows of the embedded <c>api-versions.csv</c>.
/// </summary>
internal sealed record ApiVersionRequirement(string ResourceType, string Property, string? Value, string FirstApiVersion, string Source);

/// <summary>
/// Which apiVersion introduced the acceleration properties, per Azure's own type definitions
/// (<c>Catalog/Data/api-versions.csv</c>, derived from Azure.Bicep.Types.Az and checked against the
/// package by <c>ACCEL008TypeDefinitionsTests</c>). Loaded on first use: only a NIC that sets
/// <c>auxiliaryMode</c> or <c>auxiliarySku</c> pays for it.
/// </summary>
internal sealed class ApiVersionTable
{
    private static readonly Lazy<ApiVersionTable> EmbeddedTable = new(() => new ApiVersionTable(Parse(EmbeddedData.Read("api-versions.csv"))));

    private readonly Dictionary<string, ApiVersionRequirement[]> byType;

    public ApiVersionTable(IReadOnlyList<ApiVersionRequirement> rows)
    {
        Rows = rows;
        byType = rows.GroupBy(r => r.ResourceType, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    public static ApiVersionTable Embedded => EmbeddedTable.Value;

    public IReadOnlyList<ApiVersionRequirement> Rows { get; }

    /// <summary>The rows of <paramref name="resourceType"/>, in file order (empty when it has none).</summary>
    public IReadOnlyList<ApiVersionRequirement> For(string resourceType) =>
        byType.TryGetValue(resourceType, out var rows) ? rows : Array.Empty<ApiVersionRequirement>();

    /// <summary>
    /// Reads <c>resource_type,property,value,first_api_version,source</c> lines after the header. No
    /// field holds a comma or a quote, so a line is split as is.
    /// </summary>
    internal static List<ApiVersionRequirement> Parse(string text)
    {
        var rows = new List<ApiVersionRequirement>();
        bool header = true;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            string[] fields = line.Split(',');
            if (fields.Length != 5)
            {
                throw new CatalogFormatException($"api-versions.csv: '{line}' does not have the 5 fields resource_type,property,value,first_api_version,source");
            }

            rows.Add(new ApiVersionRequirement(fields[0], fields[1], fields[2].Length == 0 ? null : fields[2], fields[3], fields[4]));
        }

        return rows;
    }
}
