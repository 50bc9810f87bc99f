using AccelLint.Catalog;
using AccelLint.Diagnostics;
using AccelLint.Model;
using static AccelLint.Rules.Acceleration;

namespace AccelLint.Rules;

/// <summary>
/// ACCEL008: auxiliaryMode/auxiliarySku (or the value AcceleratedConnections) with an apiVersion older
/// than the one that defines them, per the embedded table <c>Catalog/Data/api-versions.csv</c>
/// (Azure.Bicep.Types.Az). One finding per NIC, at auxiliaryMode when it is among the newer
/// properties, else at auxiliarySku; the message names the apiVersion that defines them all.
/// </summary>
public sealed class AuxiliaryApiVersionRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.AuxiliaryPropertiesApiVersion,
        "AuxiliaryPropertiesApiVersion",
        "auxiliaryMode/auxiliarySku need a newer apiVersion",
        "Per Azure's type definitions (Azure.Bicep.Types.Az 0.2.972), Microsoft.Network/networkInterfaces defines auxiliaryMode from 2021-08-01 and auxiliarySku and the mode AcceleratedConnections from 2022-11-01; Microsoft.Compute VM and scale set NIC configurations define auxiliaryMode and auxiliarySku from 2023-07-01. Older apiVersions do not define them.",
        DiagnosticLevel.Warning,
        "{0} on {1} {2} {3} apiVersion {4} or later, but the resource uses {5}{6}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var nic in context.Model.NetworkInterfaces)
        {
            if (!nic.AuxiliaryMode.IsPresent && !nic.AuxiliarySku.IsPresent)
            {
                continue;
            }

            string type = ResourceType(nic);
            var rows = ApiVersionTable.Embedded.For(type);
            foreach (var (version, _) in Texts(nic.ApiVersion))
            {
                if (FindNewer(nic, rows, version) is { } newer)
                {
                    string property = newer.AtMode ? "auxiliaryMode" : "auxiliarySku";
                    context.Report(
                        newer.AtMode ? nic.AuxiliaryMode.Location : nic.AuxiliarySku.Location,
                        [newer.Names, Describe(nic), newer.Plural ? "need" : "needs", type, newer.Needed, version],
                        Logical(nic, property),
                        nic.ApiVersion.Value);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// What the NIC sets that <paramref name="version"/> does not define: the names for the message
    /// (<c>auxiliaryMode</c>, or <c>auxiliaryMode 'AcceleratedConnections'</c> when only the value is
    /// newer), whether auxiliaryMode is among them, and the apiVersion that defines them all. Null when
    /// the version defines everything, or is not a date.
    /// </summary>
    private static Newer? FindNewer(NetworkInterface nic, IReadOnlyList<ApiVersionRequirement> rows, string version)
    {
        string? names = null;
        string? needed = null;
        string? lastProperty = null;
        bool atMode = false;
        bool plural = false;
        foreach (var row in rows)
        {
            var property = Property(nic, row.Property);
            if (!property.IsPresent || (row.Value is not null && !AnyIs(property, row.Value)) || !IsBefore(version, row.FirstApiVersion))
            {
                continue;
            }

            if (needed is null || string.CompareOrdinal(row.FirstApiVersion, needed) > 0)
            {
                needed = row.FirstApiVersion;
            }

            atMode |= row.Property == "auxiliaryMode";

            // A newer property already covers its values (rows list a property before its values).
            if (row.Property == lastProperty)
            {
                continue;
            }

            string name = row.Value is null ? row.Property : row.Property + " '" + row.Value + "'";
            plural = names is not null;
            names = names is null ? name : names + " and " + name;
            lastProperty = row.Property;
        }

        return needed is null ? null : new Newer(names!, needed, atMode, plural);
    }

    private static ModelProperty Property(NetworkInterface nic, string name) => name switch
    {
        "auxiliaryMode" => nic.AuxiliaryMode,
        "auxiliarySku" => nic.AuxiliarySku,
        _ => ModelProperty.Absent,
    };

    /// <summary>The resource type whose apiVersion the NIC carries: its own, or its machine's (a type without rows, a fleet's, needs none).</summary>
    private static string ResourceType(NetworkInterface nic) => nic.Owner?.ResourceType ?? "Microsoft.Network/networkInterfaces";

    /// <summary>Compares the date part of two apiVersions (<c>2022-11-01</c>, <c>2023-02-01-preview</c>).</summary>
    internal static bool IsBefore(string version, string minimum)
    {
        string date = version.Trim();
        if (date.Length < 10 || !char.IsDigit(date[0]))
        {
            return false;
        }

        return string.CompareOrdinal(date.Substring(0, 10), minimum) < 0;
    }

    private sealed record Newer(string Names, string Needed, bool AtMode, bool Plural);
}
