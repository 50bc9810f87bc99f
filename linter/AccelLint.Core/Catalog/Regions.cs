namespace AccelLint.Catalog;

/// <summary>ARM location names: display names (<c>East US 2</c>) normalise to ARM names (<c>eastus2</c>).</summary>
public static class Regions
{
    private static readonly Lazy<Dictionary<string, string>> DisplayToName = new(Load);

    private static readonly Lazy<IReadOnlyList<string>> DefaultAcRegions = new(() =>
        Csv.Read(EmbeddedData.Read("ac-regions.csv")).Skip(1).Select(r => r.Fields[0].Trim()).Where(n => n.Length > 0).ToList());

    /// <summary>The sixteen Accelerated Connections regions of the seed document.</summary>
    public static IReadOnlyList<string> DefaultAcceleratedConnectionsRegions => DefaultAcRegions.Value;

    public static string Normalize(string location)
    {
        string trimmed = location.Trim();
        if (DisplayToName.Value.TryGetValue(trimmed, out var name))
        {
            return name;
        }

        return new string(trimmed.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
    }

    private static Dictionary<string, string> Load()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, fields) in Csv.Read(EmbeddedData.Read("locations.csv")).Skip(1))
        {
            if (fields.Length >= 2)
            {
                map[fields[1].Trim()] = fields[0].Trim();
                map[fields[0].Trim()] = fields[0].Trim();
            }
        }

        // The seed's "South UK" is UK South (shared/facts/FACTS.md §2).
        map["South UK"] = "uksouth";
        return map;
    }
}
