using AccelLint.Diagnostics;
using AccelLint.Model;
using static AccelLint.Rules.Acceleration;

namespace AccelLint.Rules;

/// <summary>ACCEL008: auxiliaryMode/auxiliarySku with an apiVersion older than the one that introduced them.</summary>
public sealed class AuxiliaryApiVersionRule : Rule
{
    public const string NetworkMinimum = "2023-02-01";
    public const string ComputeMinimum = "2023-07-01";

    public static readonly RuleDescriptor Rule = new(
        RuleIds.AuxiliaryPropertiesApiVersion,
        "AuxiliaryPropertiesApiVersion",
        "auxiliaryMode/auxiliarySku need a newer apiVersion",
        "auxiliaryMode AcceleratedConnections and auxiliarySku appear in Microsoft.Network 2023-02-01 and in Microsoft.Compute NIC configurations in 2023-07-01; older apiVersions do not define them.",
        DiagnosticLevel.Warning);

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var nic in context.Model.NetworkInterfaces)
        {
            if (!nic.AuxiliaryMode.IsPresent && !nic.AuxiliarySku.IsPresent)
            {
                continue;
            }

            string minimum = nic.Kind == NicKind.NetworkInterface ? NetworkMinimum : ComputeMinimum;
            foreach (var (version, _) in Texts(nic.ApiVersion))
            {
                if (IsBefore(version, minimum))
                {
                    string type = nic.Kind switch
                    {
                        NicKind.NetworkInterface => "Microsoft.Network/networkInterfaces",
                        NicKind.VmConfiguration => "Microsoft.Compute/virtualMachines",
                        _ => "Microsoft.Compute/virtualMachineScaleSets",
                    };
                    string property = AcceleratedConnectionsProperty(nic);
                    context.Report(
                        AcceleratedConnectionsLocation(nic),
                        $"{property} on {Describe(nic)} needs {type} apiVersion {minimum} or later, but the resource uses {version}.",
                        Logical(nic, property),
                        nic.ApiVersion.Value);
                    break;
                }
            }
        }
    }

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
}
