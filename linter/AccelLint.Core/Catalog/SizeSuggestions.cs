using System.Globalization;
using System.Text.RegularExpressions;
using AccelLint.Rules;

namespace AccelLint.Catalog;

/// <summary>What a size must support for a finding to go away.</summary>
public enum SizeNeed
{
    /// <summary>Accelerated networking (ACCEL001).</summary>
    AcceleratedNetworking,

    /// <summary>Accelerated Connections: accelerated networking, at least 4 vCPUs, not the Dv5 family (ACCEL002, ACCEL006).</summary>
    AcceleratedConnections,
}

/// <summary>
/// The nearest size that works, from the catalog being linted with: the same family line (family
/// letters, feature letters such as <c>s</c>/<c>ds</c>/<c>ms</c>, and any middle token such as
/// <c>_A100</c>) in the same generation, else the closest newer generation; else the same family
/// letters with other features, same rule for the generation; a size with at most twice the vCPUs
/// needed before any larger one. Never fewer vCPUs than the current size, then the fewest vCPUs, then the number in the name nearest the current one. Constrained-vCPU (<c>E8-4s_v5</c>) and promotional (<c>_Promo</c>) sizes are
/// never suggested. Null when nothing in the catalog fits: a suggestion always satisfies the rule.
/// </summary>
public static class SizeSuggestions
{
    // The catalog's names taken apart once per catalog (a lint with many findings asks many times).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<VmSizeCatalog, List<(VmSize Size, SizeName Name)>> ParsedCatalogs = new();

    private static readonly Regex NamePattern = new(
        @"^(?<tier>[A-Za-z]+)_(?<family>[A-Z]+)(?<number>\d+)(?<constrained>-\d+)?(?<features>[a-z]*)(?<extra>(?:_[A-Za-z0-9]+?)*?)(?:_v(?<version>\d+))?(?<promo>_Promo)?$",
        RegexOptions.CultureInvariant);

    /// <summary>The size supports what <paramref name="need"/> asks, per the catalog row.</summary>
    public static bool Supports(VmSize size, SizeNeed need) => need switch
    {
        SizeNeed.AcceleratedConnections => IsAcceleratedConnectionsEligible(size),
        _ => size.AcceleratedNetworking,
    };

    /// <summary>Accelerated Connections can run on the size: AN, at least 4 vCPUs, not a Dv5-family size.</summary>
    public static bool IsAcceleratedConnectionsEligible(VmSize size) =>
        size.AcceleratedNetworking && size.VCpus >= AcceleratedConnectionsVCpuRule.MinimumVCpus && !Acceleration.IsDv5Family(size.Name);

    /// <summary>The nearest size of <paramref name="catalog"/> to <paramref name="current"/> that supports <paramref name="need"/>, or null.</summary>
    public static VmSize? Nearest(VmSizeCatalog catalog, string current, SizeNeed need)
    {
        // The catalog's spelling: names compare case-insensitively, the parts of a name do not.
        bool known = catalog.TryGet(current, out var row);
        if (Parse(known ? row.Name : current.Trim()) is not { } from)
        {
            return null;
        }

        int minimum = known && row.VCpus > 0 ? row.VCpus : from.Number;
        if (need == SizeNeed.AcceleratedConnections)
        {
            minimum = Math.Max(minimum, AcceleratedConnectionsVCpuRule.MinimumVCpus);
        }

        VmSize? best = null;
        (int Capacity, int Line, int Processor, int Generations, int VCpus, int Number) bestKey = default;
        var parsed = ParsedCatalogs.GetValue(catalog, c => c.Sizes
            .Select(size => (Size: size, Name: Parse(size.Name)))
            .Where(x => x.Name is { Constrained: false, Promo: false })
            .Select(x => (x.Size, x.Name!))
            .ToList());
        foreach (var (size, candidate) in parsed)
        {
            if (size.VCpus < minimum || !Supports(size, need)
                || !string.Equals(candidate.Tier, from.Tier, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(candidate.Family, from.Family, StringComparison.Ordinal)
                || candidate.Version < from.Version)
            {
                continue;
            }

            // An Arm64 size ('p') runs other images than an x64 one: never suggested across; an AMD
            // size ('a') for an Intel one (or back) only after the same processor.
            if (candidate.Features.Contains('p') != from.Features.Contains('p'))
            {
                continue;
            }

            bool otherProcessor = candidate.Features.Contains('a') != from.Features.Contains('a');
            bool sameLine = string.Equals(candidate.Features, from.Features, StringComparison.Ordinal)
                && string.Equals(candidate.Extra, from.Extra, StringComparison.OrdinalIgnoreCase);
            // A size of about the same capacity (at most twice the vCPUs needed) first: B2ms suggests
            // B2s_v2, not B12ms. Among equals, the name's number nearest the current one (D1_v2: D2_v2, not D11_v2).
            bool close = size.VCpus <= 2 * minimum;
            // Other features: the fewest letters changed (B2ms: B2s_v2 drops 'm', B2ls_v2 also adds 'l').
            int featureChanges = sameLine ? 0 : 1 + candidate.Features.Union(from.Features).Count(c => candidate.Features.IndexOf(c) < 0 || from.Features.IndexOf(c) < 0);
            var key = (close ? 0 : 1, featureChanges, otherProcessor ? 1 : 0, candidate.Version - from.Version, size.VCpus, Math.Abs(candidate.Number - from.Number));
            if (best is null || key.CompareTo(bestKey) < 0 || (key.Equals(bestKey) && string.CompareOrdinal(size.Name, best.Name) < 0))
            {
                best = size;
                bestKey = key;
            }
        }

        return best;
    }

    /// <summary>A size name taken apart; null when it does not follow Azure's naming.</summary>
    internal static SizeName? Parse(string name)
    {
        var match = NamePattern.Match(name);
        if (!match.Success || !int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
        {
            return null;
        }

        int version = match.Groups["version"].Success && int.TryParse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : 1;
        return new SizeName(
            match.Groups["tier"].Value,
            match.Groups["family"].Value,
            number,
            match.Groups["constrained"].Success,
            match.Groups["features"].Value,
            match.Groups["extra"].Value,
            version,
            match.Groups["promo"].Success);
    }

    /// <summary><c>Standard_NC24ads_A100_v4</c>: tier Standard, family NC, 24, features ads, extra _A100, version 4 (1 when unwritten).</summary>
    internal sealed record SizeName(string Tier, string Family, int Number, bool Constrained, string Features, string Extra, int Version, bool Promo);
}
