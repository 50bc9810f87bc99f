using System.Globalization;
using System.Text;
using AccelLint.Catalog;
using AccelLint.Engine;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Commands;

/// <summary>
/// <c>accellint sizes [PATTERN]</c>: the VM sizes of the catalog a lint would use (the embedded one,
/// with the rows of <c>--catalog</c> and of the <c>catalog</c> a <c>--config</c> file names), filtered by name (case-insensitive substring, or a glob with
/// <c>*</c> and <c>?</c>), <c>--an</c>, <c>--ac</c> and <c>--min-vcpus</c>, as an aligned table or JSON.
/// </summary>
internal static class SizesCommand
{
    /// <summary>Raised when the JSON shape changes in a way a reader must know of.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Lists the sizes through <paramref name="writeReport"/> (standard output or <c>--output</c>); exit code 0, or a <see cref="LintUsageException"/>.</summary>
    public static int Run(CommandLine line, Action<Action<TextWriter>> writeReport)
    {
        var catalog = WithConfig(Load(line.Catalog), line.Config);
        string? pattern = line.Paths.Count == 0 ? null : line.Paths[0];
        var sizes = catalog.Sizes
            .Where(s => pattern is null || Matches(s.Name, pattern))
            .Where(s => !line.SizesAn || s.AcceleratedNetworking)
            .Where(s => !line.SizesAc || SizeSuggestions.IsAcceleratedConnectionsEligible(s))
            .Where(s => s.VCpus >= line.SizesMinVCpus)
            .OrderBy(s => s.Series, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.VCpus)
            .ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

        writeReport(writer =>
        {
            if (line.Format == "json")
            {
                WriteJson(sizes, catalog.Count, writer);
            }
            else
            {
                WriteText(sizes, catalog.Count, writer);
            }
        });
        return 0;
    }

    /// <summary>A case-insensitive substring, or with <c>*</c>/<c>?</c> a glob on the whole name.</summary>
    internal static bool Matches(string name, string pattern)
    {
        if (pattern.IndexOf('*') < 0 && pattern.IndexOf('?') < 0)
        {
            return name.IndexOf(pattern, StringComparison.OrdinalIgnoreCase) >= 0;
        }

        return Glob(name.ToUpperInvariant(), 0, pattern.ToUpperInvariant(), 0);
    }

    /// <summary>Iterative glob match (the last <c>*</c> backtracks; no recursion, linear in practice).</summary>
    private static bool Glob(string text, int t, string pattern, int p)
    {
        int star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                t++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static VmSizeCatalog Load(string? path)
    {
        if (path is null)
        {
            return VmSizeCatalog.Embedded;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new LintUsageException($"catalog file not found or unreadable: {path}");
        }

        try
        {
            return VmSizeCatalog.Embedded.Extend(VmSizeCatalog.Parse(text, path));
        }
        catch (CatalogFormatException e)
        {
            throw new LintUsageException($"catalog file {path} is not a CSV catalog or 'az vm list-skus' JSON: {e.Message}");
        }
    }

    /// <summary>The catalog with the rows of the <c>catalog</c> an <c>accellint.json</c> names, as a lint with <c>--config</c> has it.</summary>
    private static VmSizeCatalog WithConfig(VmSizeCatalog catalog, string? path)
    {
        if (path is null)
        {
            return catalog;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new LintUsageException($"config file not found or unreadable: {path}");
        }

        var result = Config.ConfigLoader.Load(new Text.SourceFile(Path.GetFullPath(path), text), new Config.LintSettings { Catalog = catalog });
        if (result.Errors.Count > 0)
        {
            var error = result.Errors[0];
            var at = error.Resolve();
            throw new LintUsageException($"{path}({at.Line},{at.Column}): {error.Message}");
        }

        return result.Settings.Catalog;
    }

    private static void WriteText(List<VmSize> sizes, int total, TextWriter writer)
    {
        if (sizes.Count > 0)
        {
            var rows = new List<string[]> { new[] { "NAME", "SERIES", "VCPUS", "AN", "AN REQUIRED", "AC" } };
            rows.AddRange(sizes.Select(s => new[]
            {
                s.Name,
                s.Series.Length == 0 ? "-" : s.Series,
                s.VCpus > 0 ? s.VCpus.ToString(CultureInfo.InvariantCulture) : "?",
                YesNo(s.AcceleratedNetworking),
                YesNo(s.AcceleratedNetworkingRequired),
                YesNo(SizeSuggestions.IsAcceleratedConnectionsEligible(s)),
            }));
            var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
            foreach (var row in rows)
            {
                var text = new StringBuilder();
                for (int c = 0; c < row.Length; c++)
                {
                    // vCPUs align right, the rest left; no trailing spaces.
                    string cell = c == 2 ? row[c].PadLeft(widths[c]) : c == row.Length - 1 ? row[c] : row[c].PadRight(widths[c]);
                    text.Append(cell);
                    if (c < row.Length - 1)
                    {
                        text.Append("  ");
                    }
                }

                writer.WriteLine(text.ToString().TrimEnd());
            }

            writer.WriteLine();
        }

        writer.WriteLine(sizes.Count == 0
            ? $"accellint sizes: no size matches (of {total} in the catalog)"
            : $"accellint sizes: {sizes.Count} {(sizes.Count == 1 ? "size" : "sizes")} (of {total} in the catalog)");
    }

    private static void WriteJson(List<VmSize> sizes, int total, TextWriter writer)
    {
        var root = new JObject
        {
            ["version"] = SchemaVersion,
            ["catalogCount"] = total,
            ["sizes"] = new JArray(sizes.Select(s => new JObject
            {
                ["name"] = s.Name,
                ["series"] = s.Series,
                ["vCpus"] = s.VCpus,
                ["acceleratedNetworking"] = s.AcceleratedNetworking,
                ["acceleratedNetworkingRequired"] = s.AcceleratedNetworkingRequired,
                ["acceleratedConnections"] = SizeSuggestions.IsAcceleratedConnectionsEligible(s),
                ["source"] = s.Source,
            })),
        };

        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        root.WriteTo(json);
        json.Flush();
        writer.WriteLine();
    }

    private static string YesNo(bool value) => value ? "yes" : "no";
}
