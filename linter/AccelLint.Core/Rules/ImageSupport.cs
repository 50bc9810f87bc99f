using System.Globalization;
using System.Text.RegularExpressions;

namespace AccelLint.Rules;

/// <summary>
/// OS releases older than accelerated networking supports, by image publisher, offer and SKU
/// (SPEC.md §2, ACCEL013). Unknown publishers and unreadable versions never match.
/// </summary>
public static class ImageSupport
{
    private static readonly Regex Version = new(@"^(\d+)(?:[._-](\d+))?", RegexOptions.CultureInvariant);
    private static readonly Regex SlesServicePack = new(@"-sp(\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Returns why the image is too old (for the message), or null when it is supported or unknown.</summary>
    public static string? TooOld(string publisher, string offer, string sku)
    {
        bool Is(string p, string o) => publisher.Equals(p, StringComparison.OrdinalIgnoreCase) && offer.Equals(o, StringComparison.OrdinalIgnoreCase);
        var (major, minor) = ParseVersion(sku);
        string s = sku.Trim();

        if (Is("MicrosoftWindowsServer", "WindowsServer"))
        {
            if (s.StartsWith("2008", StringComparison.OrdinalIgnoreCase)
                || (s.StartsWith("2012-", StringComparison.OrdinalIgnoreCase) && !s.StartsWith("2012-R2", StringComparison.OrdinalIgnoreCase)))
            {
                return "accelerated networking needs Windows Server 2012 R2 or later";
            }

            return null;
        }

        if (Is("Canonical", "UbuntuServer"))
        {
            return major < 14 ? "accelerated networking needs Ubuntu 14.04 (linux-azure kernel) or 16.04 and later" : null;
        }

        if (Is("RedHat", "RHEL") || Is("OpenLogic", "CentOS") || Is("Oracle", "Oracle-Linux"))
        {
            return major < 7 || (major == 7 && minor < 4) ? "accelerated networking needs release 7.4 or later" : null;
        }

        if (publisher.Equals("SUSE", StringComparison.OrdinalIgnoreCase) && offer.StartsWith("sles", StringComparison.OrdinalIgnoreCase))
        {
            if (major == 11)
            {
                return "accelerated networking needs SLES 12 SP3 or later";
            }

            if (major == 12)
            {
                var sp = SlesServicePack.Match(s);
                if (!sp.Success || int.Parse(sp.Groups[1].Value, CultureInfo.InvariantCulture) < 3)
                {
                    return "accelerated networking needs SLES 12 SP3 or later";
                }
            }

            return null;
        }

        if (Is("credativ", "Debian"))
        {
            if (major < 9 || (major == 9 && s.IndexOf("backports", StringComparison.OrdinalIgnoreCase) < 0))
            {
                return "accelerated networking needs Debian 9 (Stretch) with the backports kernel, or Debian 10 and later";
            }

            return null;
        }

        if (Is("MicrosoftOSTC", "FreeBSD"))
        {
            if (major < 10 || (major == 10 && minor < 4) || (major == 11 && minor == 0))
            {
                return "accelerated networking needs FreeBSD 10.4, 11.1, 12.0 or later";
            }
        }

        return null;
    }

    /// <summary>Major and minor from the start of the SKU; int.MaxValue where it cannot be read (so it never compares below).</summary>
    private static (int Major, int Minor) ParseVersion(string sku)
    {
        var match = Version.Match(sku.Trim());
        if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int major))
        {
            return (int.MaxValue, int.MaxValue);
        }

        int minor = match.Groups[2].Success && int.TryParse(match.Groups[2].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int m) ? m : int.MaxValue;
        return (major, minor);
    }
}
