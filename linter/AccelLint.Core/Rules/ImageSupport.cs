using System.Globalization;

namespace AccelLint.Rules;

/// <summary>
/// OS releases older than accelerated networking supports, by image publisher, offer and SKU
/// (SPEC.md §2, ACCEL013). Unknown publishers and unreadable versions never match.
/// </summary>
public static class ImageSupport
{

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
                int sp = s.IndexOf("-sp", StringComparison.OrdinalIgnoreCase);
                int servicePack = sp < 0 ? -1 : LeadingNumber(s, sp + 3, out _);
                if (servicePack < 3)
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

    /// <summary>Major and minor from the start of the SKU (<c>^(\d+)(?:[._-](\d+))?</c>); int.MaxValue where it cannot be read (so it never compares below).</summary>
    private static (int Major, int Minor) ParseVersion(string sku)
    {
        string s = sku.Trim();
        int major = LeadingNumber(s, 0, out int next);
        if (major < 0)
        {
            return (int.MaxValue, int.MaxValue);
        }

        int minor = next < s.Length && (s[next] == '.' || s[next] == '_' || s[next] == '-') ? LeadingNumber(s, next + 1, out _) : -1;
        return (major, minor < 0 ? int.MaxValue : minor);
    }

    /// <summary>The number of the digits at <paramref name="start"/>, or -1 when there are none.</summary>
    private static int LeadingNumber(string text, int start, out int end)
    {
        end = start;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        return end > start && int.TryParse(text.Substring(start, end - start), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : -1;
    }
}
