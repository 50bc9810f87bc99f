using System.Text.RegularExpressions;

namespace AccelLint.Benchmarks;

/// <summary>The inputs: ../shared/corpus beside the repository (or ACCELLINT_CORPUS).</summary>
internal static class Corpus
{
    public static string Folder()
    {
        if (Environment.GetEnvironmentVariable("ACCELLINT_CORPUS") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lint.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
            }
        }

        throw new DirectoryNotFoundException("../shared/corpus not found; set ACCELLINT_CORPUS");
    }

    /// <summary>Every ARM template (not parameters file) in the corpus, as text.</summary>
    public static List<(string Path, string Text)> ArmTemplates() =>
        Directory.EnumerateFiles(Folder(), "*.json", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllText(p)))
            .Where(f => Regex.IsMatch(f.Item2, "\"\\$schema\"\\s*:\\s*\"[^\"]*deploymentTemplate\\.json#?\"", RegexOptions.IgnoreCase))
            .ToList();

    /// <summary>Each <c>main.bicep</c> that sits beside its compiled template (<c>main.json</c>, or a Bicep-generated <c>azuredeploy.json</c>).</summary>
    public static List<(string BicepPath, string CompiledJson)> BicepWithCompiled()
    {
        var result = new List<(string, string)>();
        foreach (var bicep in Directory.EnumerateFiles(Folder(), "main.bicep", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            string folder = Path.GetDirectoryName(bicep)!;
            foreach (var name in new[] { "main.json", "azuredeploy.json" })
            {
                string json = Path.Combine(folder, name);
                if (File.Exists(json))
                {
                    string text = File.ReadAllText(json);
                    if (Regex.IsMatch(text, "\"_generator\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\"bicep\""))
                    {
                        result.Add((bicep, text));
                        break;
                    }
                }
            }
        }

        return result;
    }
}
