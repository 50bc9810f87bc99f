using System.Collections.Immutable;
using AccelLint.Config;
using AccelLint.Text;
using Microsoft.CodeAnalysis;

namespace AccelLint.Analyzers;

/// <summary>
/// The settings the <c>accellint.json</c> files passed as AdditionalFiles give (the defaults without
/// one). A source file takes the nearest one in its folder or above, as the command line does; when
/// none is above it, the one closest to the root (a solution-wide config linked into the project).
/// </summary>
internal sealed class AnalyzerSettings
{
    /// <summary>Settings by config path and text; each entry also holds the catalog texts it read, checked on every hit.</summary>
    internal static readonly ContentCache<(LintSettings Settings, List<(string Path, string? Text)> Read)> Cache = new(32);

    private readonly ImmutableArray<AdditionalText> files;
    private readonly List<(string Folder, AdditionalText File)> configs = new();

    // The settings of each config, once per compilation: the files do not change within one, and every
    // method the analyzer reads asks. Only completed reads are kept (a cancelled one is read again).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<AdditionalText, LintSettings> settings = new();

    private AnalyzerSettings(ImmutableArray<AdditionalText> files)
    {
        this.files = files;
        foreach (var file in files)
        {
            if (Path.GetFileName(file.Path).Equals(ConfigLoader.FileName, StringComparison.OrdinalIgnoreCase))
            {
                configs.Add((Folder(file.Path), file));
            }
        }

        // Deepest folder first, so that the first ancestor found is the nearest.
        configs.Sort((a, b) => b.Folder.Length.CompareTo(a.Folder.Length));
    }

    /// <summary>
    /// The configs among <paramref name="files"/>; nothing is read until <see cref="For"/>, which reads
    /// with the caller's cancellation token (none is kept: a token cancelled once must not poison the
    /// settings of later callbacks or compilations).
    /// </summary>
    public static AnalyzerSettings Create(ImmutableArray<AdditionalText> files) => new(files);

    /// <summary>The settings from the first config found (kept for callers that lint one thing).</summary>
    public static LintSettings Load(ImmutableArray<AdditionalText> files, CancellationToken cancellation) => Create(files).For(null, cancellation);

    /// <summary>The settings for a source file (null or empty path: the config closest to the root).</summary>
    public LintSettings For(string? path, CancellationToken cancellation)
    {
        if (configs.Count == 0)
        {
            return LintSettings.Default;
        }

        if (!string.IsNullOrEmpty(path) && Folder(path!) is { Length: > 0 } folder)
        {
            foreach (var (configFolder, file) in configs)
            {
                if (IsSameOrUnder(folder, configFolder))
                {
                    return SettingsOf(file, cancellation);
                }
            }
        }

        return SettingsOf(configs[configs.Count - 1].File, cancellation);
    }

    private LintSettings SettingsOf(AdditionalText file, CancellationToken cancellation) =>
        settings.TryGetValue(file, out var known) ? known : settings.GetOrAdd(file, Read(file, cancellation));

    private LintSettings Read(AdditionalText file, CancellationToken cancellation)
    {
        var text = file.GetText(cancellation)?.ToString();
        if (text is null)
        {
            return LintSettings.Default;
        }

        string key = file.Path + "\0" + text;
        for (int attempt = 0; ; attempt++)
        {
            var cached = Cache.GetOrAdd(key, () =>
            {
                Cache.Count(file.Path);
                var read = new List<(string, string?)>();

                // The catalog a config names must also be an AdditionalFile: analyzers do not read the disk.
                // Errors in the config are reported on it by TemplateFilesAnalyzer; what is valid still applies.
                var settings = ConfigLoader.Load(new SourceFile(file.Path, text), LintSettings.Default, named =>
                {
                    var content = Find(named, cancellation);
                    read.Add((named, content));
                    return content;
                }).Settings;
                return (settings, read);
            });

            // A hit is good only while the catalogs it read are unchanged; else compute it again.
            if (attempt > 0 || cached.Read.All(r => string.Equals(Find(r.Path, cancellation), r.Text, StringComparison.Ordinal)))
            {
                return cached.Settings;
            }

            Cache.Invalidate(key, cached);
        }
    }

    private string? Find(string path, CancellationToken cancellation)
    {
        foreach (var file in files)
        {
            if (string.Equals(FullPath(file.Path), FullPath(path), StringComparison.Ordinal))
            {
                return file.GetText(cancellation)?.ToString();
            }
        }

        return null;
    }

    private static bool IsSameOrUnder(string folder, string ancestor)
    {
        if (folder.Equals(ancestor, StringComparison.Ordinal))
        {
            return true;
        }

        string prefix = ancestor.EndsWith("/", StringComparison.Ordinal) ? ancestor : ancestor + "/";
        return folder.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string Folder(string path)
    {
        try
        {
            return (Path.GetDirectoryName(FullPath(path)) ?? string.Empty).Replace('\\', '/');
        }
        catch (ArgumentException)
        {
            return string.Empty;
        }
    }

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }
}
