using System.Globalization;
using System.Text;

namespace AccelLint.Bicep.Registry;

/// <summary>
/// The folder name Bicep gives an OCI tag in its module cache, so that tags differing only in case
/// stay apart on case-insensitive file systems: the tag, <c>$</c>, then a bit mask of its upper-case
/// letters in hex (bit i for character i; 128 bits at most, written high word first, the high word
/// without leading zeros and omitted when zero). <c>0.21.0</c> → <c>0.21.0$</c>, <c>V1</c> → <c>V1$1</c>.
/// </summary>
/// <remarks>The layout of Azure/bicep src/Bicep.Core/Registry/Oci/TagEncoder.cs (and its TagEncoderTests).</remarks>
public static class TagEncoder
{
    public const int MaxTagLength = 128;

    /// <summary>The encoded folder name; null for a tag longer than OCI allows.</summary>
    public static string? Encode(string tag)
    {
        if (tag.Length > MaxTagLength)
        {
            return null;
        }

        var mask = new ulong[MaxTagLength / 64];
        for (int i = 0; i < tag.Length; i++)
        {
            if (char.IsUpper(tag, i))
            {
                mask[i / 64] |= 1UL << (i % 64);
            }
        }

        var text = new StringBuilder(tag).Append('$');
        bool padded = false;
        for (int i = mask.Length - 1; i >= 0; i--)
        {
            if (mask[i] != 0 || padded)
            {
                text.Append(mask[i].ToString(padded ? "x16" : "x", CultureInfo.InvariantCulture));
                padded = true;
            }
        }

        return text.ToString();
    }
}
