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
    private readonly ImmutableArray<AdditionalText> files;
    private readonly CancellationToken cancellation;
    private readonly List<(string Folder, Lazy<LintSettings> Settings)> configs = new();

    private AnalyzerSettings(ImmutableArray<AdditionalText> files, CancellationToken cancellation)
    {
        this.files = files;
        this.cancellation = cancellation;
        foreach (var file in files)
        {
            if (Path.GetFileName(file.Path).Equals(ConfigLoader.FileName, StringComparison.OrdinalIgnoreCase))
            {
                var captured = file;
                configs.Add((Folder(file.Path), new Lazy<LintSettings>(() => Read(captured), LazyThreadSafetyMode.ExecutionAndPublication)));
            }
        }

        // Deepest folder first, so that the first ancestor found is the nearest.
        configs.Sort((a, b) => b.Folder.Length.CompareTo(a.Folder.Length));
    }

    public static AnalyzerSettings Create(ImmutableArray<AdditionalText> files, CancellationToken cancellation) => new(files, cancellation);

    /// <summary>The settings from the first config found (kept for callers that lint one thing).</summary>
    public static LintSettings Load(ImmutableArray<AdditionalText> files, CancellationToken cancellation) => Create(files, cancellation).For(null);

    /// <summary>The settings for a source file (null or empty path: the config closest to the root).</summary>
    public LintSettings For(string? path)
    {
        if (configs.Count == 0)
        {
            return LintSettings.Default;
        }

        if (!string.IsNullOrEmpty(path) && Folder(path!) is { Length: > 0 } folder)
        {
            foreach (var (configFolder, settings) in configs)
            {
                if (IsSameOrUnder(folder, configFolder))
                {
                    return settings.Value;
                }
            }
        }

        return configs[configs.Count - 1].Settings.Value;
    }

    private LintSettings Read(AdditionalText file)
    {
        var text = file.GetText(cancellation)?.ToString();
        if (text is null)
        {
            return LintSettings.Default;
        }

        // The catalog a config names must also be an AdditionalFile: analyzers do not read the disk.
        // Errors in the config are reported on it by TemplateFilesAnalyzer; what is valid still applies.
        return ConfigLoader.Load(new SourceFile(file.Path, text), LintSettings.Default, path => Find(path)).Settings;
    }

    private string? Find(string path)
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
