using System.Globalization;

namespace AccelLint.Catalog;

/// <summary>
/// The Accelerated Connections region nearest to another region: great-circle distance between the
/// coordinates of <c>Catalog/Data/region-coordinates.csv</c>. Null when either side has no coordinates
/// (a logical region such as <c>global</c>, a name Azure does not have, a configured region unknown to
/// the data).
/// </summary>
public static class RegionSuggestions
{
    private const double EarthRadiusKm = 6371;

    private static readonly Lazy<Dictionary<string, (double Latitude, double Longitude)>> Coordinates = new(Load);

    /// <summary>The region of <paramref name="candidates"/> nearest to <paramref name="location"/> (ARM name or display name), or null.</summary>
    public static string? Nearest(string location, IEnumerable<string> candidates)
    {
        if (!Coordinates.Value.TryGetValue(Regions.Normalize(location), out var from))
        {
            return null;
        }

        string? best = null;
        double bestDistance = double.MaxValue;
        foreach (string candidate in candidates.Select(Regions.Normalize).OrderBy(c => c, StringComparer.Ordinal))
        {
            if (Coordinates.Value.TryGetValue(candidate, out var to) && DistanceKm(from, to) is var distance && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Haversine distance in kilometres.</summary>
    internal static double DistanceKm((double Latitude, double Longitude) a, (double Latitude, double Longitude) b)
    {
        double ToRadians(double degrees) => degrees * Math.PI / 180;
        double dLat = ToRadians(b.Latitude - a.Latitude);
        double dLon = ToRadians(b.Longitude - a.Longitude);
        double h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(ToRadians(a.Latitude)) * Math.Cos(ToRadians(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static Dictionary<string, (double, double)> Load()
    {
        var map = new Dictionary<string, (double, double)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, fields) in Csv.Read(EmbeddedData.Read("region-coordinates.csv")).Skip(1))
        {
            if (fields.Length >= 3
                && double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double latitude)
                && double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double longitude))
            {
                map[fields[0].Trim()] = (latitude, longitude);
            }
        }

        return map;
    }
}
