using System.Collections.Immutable;
using AccelLint.Config;
using AccelLint.Text;
using Microsoft.CodeAnalysis;

namespace AccelLint.Analyzers;

/// <summary>The settings an <c>accellint.json</c> passed as an AdditionalFile gives (the defaults without one).</summary>
internal static class AnalyzerSettings
{
    public static LintSettings Load(ImmutableArray<AdditionalText> files, CancellationToken cancellation)
    {
        foreach (var file in files)
        {
            if (!Path.GetFileName(file.Path).Equals(ConfigLoader.FileName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = file.GetText(cancellation)?.ToString();
            if (text is null)
            {
                continue;
            }

            // The catalog a config names must also be an AdditionalFile: analyzers do not read the disk.
            return ConfigLoader.Load(new SourceFile(file.Path, text), LintSettings.Default, path => Find(files, path, cancellation)).Settings;
        }

        return LintSettings.Default;
    }

    private static string? Find(ImmutableArray<AdditionalText> files, string path, CancellationToken cancellation)
    {
        foreach (var file in files)
        {
            if (string.Equals(Path.GetFullPath(file.Path), Path.GetFullPath(path), StringComparison.Ordinal))
            {
                return file.GetText(cancellation)?.ToString();
            }
        }

        return null;
    }
}
