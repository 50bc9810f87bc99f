using System.Collections.Immutable;
using System.Globalization;
using AccelLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace AccelLint.Analyzers;

/// <summary>
/// The finding's suggestion (the nearest size that works) as diagnostic properties, so that the code
/// fix reads it instead of computing it again: what is replaced, the current and the suggested value,
/// and where the current value is written in this document.
/// </summary>
public static class SuggestionProperties
{
    public const string Property = "AccelLint.Suggestion.Property";

    public const string Current = "AccelLint.Suggestion.Current";

    public const string Replacement = "AccelLint.Suggestion.Replacement";

    /// <summary>Start and length of the expression that writes the current value (only when it is in the diagnostic's document).</summary>
    public const string Start = "AccelLint.Suggestion.Start";

    public const string Length = "AccelLint.Suggestion.Length";

    public static ImmutableDictionary<string, string?>? Of(Suggestion? suggestion, SyntaxTree tree)
    {
        if (suggestion is null)
        {
            return null;
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        properties[Property] = suggestion.Property;
        properties[Current] = suggestion.Current;
        properties[Replacement] = suggestion.Replacement;
        if (suggestion.WrittenAt is { } at && at.File.Path == tree.FilePath && at.Span.Length > 0 && at.Span.End <= tree.Length)
        {
            properties[Start] = at.Span.Start.ToString(CultureInfo.InvariantCulture);
            properties[Length] = at.Span.Length.ToString(CultureInfo.InvariantCulture);
        }

        return properties.ToImmutable();
    }

    /// <summary>Where the current value is written, when the properties say so.</summary>
    public static Microsoft.CodeAnalysis.Text.TextSpan? SpanOf(ImmutableDictionary<string, string?> properties) =>
        properties.TryGetValue(Start, out var start) && properties.TryGetValue(Length, out var length)
        && int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out int s)
        && int.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out int l)
            ? new Microsoft.CodeAnalysis.Text.TextSpan(s, l)
            : null;
}
