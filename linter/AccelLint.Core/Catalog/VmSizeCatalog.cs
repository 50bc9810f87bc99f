using System.Globalization;
using System.Reflection;
using Newtonsoft.Json.Linq;

namespace AccelLint.Catalog;

/// <summary>
/// VM sizes by name (case-insensitive). The embedded data is <c>shared/facts/vm-sizes.csv</c>;
/// <c>--catalog</c> adds or replaces rows from the same CSV shape or from <c>az vm list-skus</c> JSON.
/// </summary>
public sealed class VmSizeCatalog
{
    private static readonly Lazy<VmSizeCatalog> EmbeddedCatalog = new(LoadEmbedded);

    private readonly Dictionary<string, VmSize> sizes;

    public VmSizeCatalog(IEnumerable<VmSize> sizes)
    {
        this.sizes = new Dictionary<string, VmSize>(StringComparer.OrdinalIgnoreCase);
        foreach (var size in sizes)
        {
            this.sizes[size.Name] = size;
        }
    }

    public static VmSizeCatalog Embedded => EmbeddedCatalog.Value;

    public int Count => sizes.Count;

    public IEnumerable<VmSize> Sizes => sizes.Values;

    public bool TryGet(string name, out VmSize size) => sizes.TryGetValue(name.Trim(), out size!);

    /// <summary>This catalog with the rows of <paramref name="other"/> added, replacing rows of the same name.</summary>
    public VmSizeCatalog Extend(IEnumerable<VmSize> other) => new(sizes.Values.Concat(other));

    /// <summary>Reads a catalog file: CSV (<c>name,series,vcpus,accelerated_networking,an_required,source</c>) or <c>az vm list-skus</c> JSON.</summary>
    public static IReadOnlyList<VmSize> Parse(string text, string fileName)
    {
        string trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith("[", StringComparison.Ordinal) || trimmed.StartsWith("{", StringComparison.Ordinal)
            ? ParseSkusJson(trimmed, fileName)
            : ParseCsv(text, fileName);
    }

    public static IReadOnlyList<VmSize> ParseCsv(string text, string fileName)
    {
        var rows = new List<VmSize>();
        string[]? header = null;
        foreach (var (line, fields) in Csv.Read(text))
        {
            if (header is null)
            {
                header = fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
                if (Array.IndexOf(header, "name") < 0)
                {
                    throw new CatalogFormatException($"{fileName}(1,1): the CSV header must name the column 'name' (expected name,series,vcpus,accelerated_networking,an_required,source)");
                }

                continue;
            }

            string Field(string column)
            {
                int i = Array.IndexOf(header, column);
                return i >= 0 && i < fields.Length ? fields[i].Trim() : string.Empty;
            }

            string name = Field("name");
            if (name.Length == 0)
            {
                continue;
            }

            int.TryParse(Field("vcpus"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int vcpus);
            string an = Field("accelerated_networking");
            if (!bool.TryParse(an, out bool accelerated))
            {
                throw new CatalogFormatException($"{fileName}({line},1): accelerated_networking must be true or false, not '{an}'");
            }

            bool.TryParse(Field("an_required"), out bool required);
            string source = Field("source");
            rows.Add(new VmSize(name, Field("series"), vcpus, accelerated, required, source.Length == 0 ? fileName : source));
        }

        return rows;
    }

    /// <summary>Reads <c>az vm list-skus --resource-type virtualMachines -o json</c> output.</summary>
    public static IReadOnlyList<VmSize> ParseSkusJson(string text, string fileName)
    {
        JToken root;
        try
        {
            root = JToken.Parse(text);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            throw new CatalogFormatException($"{fileName}: not valid JSON: {e.Message}");
        }

        var items = root as JArray ?? (root["value"] as JArray) ?? throw new CatalogFormatException($"{fileName}(1,1): expected the JSON array printed by 'az vm list-skus'");
        var rows = new Dictionary<string, VmSize>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items.OfType<JObject>())
        {
            string? resourceType = (string?)item["resourceType"];
            if (resourceType is not null && !resourceType.Equals("virtualMachines", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string? name = (string?)item["name"];
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            var caps = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (item["capabilities"] is JArray capabilities)
            {
                foreach (var cap in capabilities.OfType<JObject>())
                {
                    if ((string?)cap["name"] is { } capName && (string?)cap["value"] is { } capValue)
                    {
                        caps[capName] = capValue;
                    }
                }
            }

            int vcpus = ParseInt(caps, "vCPUsAvailable") ?? ParseInt(caps, "vCPUs") ?? 0;
            bool an = caps.TryGetValue("AcceleratedNetworkingEnabled", out var anText) && anText.Equals("True", StringComparison.OrdinalIgnoreCase);
            string series = (string?)item["family"] ?? string.Empty;
            bool required = Embedded.TryGet(name!, out var known) && known.AcceleratedNetworkingRequired;
            var size = new VmSize(name!, series, vcpus, an, required, $"{Path.GetFileName(fileName)} (az vm list-skus)");

            // A size appears once per location; any location that reports AN counts.
            if (!rows.TryGetValue(name!, out var existing) || (!existing.AcceleratedNetworking && an))
            {
                rows[name!] = size;
            }
        }

        return rows.Values.ToList();
    }

    private static int? ParseInt(Dictionary<string, string> caps, string key) =>
        caps.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;

    private static VmSizeCatalog LoadEmbedded() => new(ParseEmbedded(EmbeddedData.Read("vm-sizes.csv")));

    /// <summary>
    /// The embedded CSV, read fast (it is on every run's start-up path): its first five columns never
    /// hold quotes or commas, and the source column is the rest of the line.
    /// </summary>
    private static List<VmSize> ParseEmbedded(string text)
    {
        var rows = new List<VmSize>(1500);
        int position = text.IndexOf('\n') + 1;
        while (position > 0 && position < text.Length)
        {
            int end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            int c1 = text.IndexOf(',', position, end - position);
            int c2 = c1 < 0 ? -1 : text.IndexOf(',', c1 + 1, end - c1 - 1);
            int c3 = c2 < 0 ? -1 : text.IndexOf(',', c2 + 1, end - c2 - 1);
            int c4 = c3 < 0 ? -1 : text.IndexOf(',', c3 + 1, end - c3 - 1);
            int c5 = c4 < 0 ? -1 : text.IndexOf(',', c4 + 1, end - c4 - 1);
            if (c5 > 0)
            {
                int.TryParse(text.Substring(c2 + 1, c3 - c2 - 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out int vcpus);
                rows.Add(new VmSize(
                    text.Substring(position, c1 - position),
                    text.Substring(c1 + 1, c2 - c1 - 1),
                    vcpus,
                    string.CompareOrdinal(text, c3 + 1, "true", 0, 4) == 0,
                    string.CompareOrdinal(text, c4 + 1, "true", 0, 4) == 0,
                    text.Substring(c5 + 1, end - c5 - 1).TrimEnd('\r').Trim('"')));
            }

            position = end + 1;
        }

        return rows;
    }
}

public sealed class CatalogFormatException : Exception
{
    public CatalogFormatException(string message)
        : base(message)
    {
    }
}

internal static class EmbeddedData
{
    public static string Read(string name)
    {
        using var stream = typeof(EmbeddedData).GetTypeInfo().Assembly.GetManifestResourceStream("AccelLint.Catalog." + name)
            ?? throw new InvalidOperationException("missing embedded resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
