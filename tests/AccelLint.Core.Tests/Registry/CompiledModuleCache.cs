using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AccelLint.Bicep.Registry;
using AccelLint.Bicep.Syntax;
using AccelLint.Text;

namespace AccelLint.Core.Tests.Registry;

/// <summary>
/// Fills a Bicep module cache from a compiled template: the Bicep compiler writes each registry module
/// inline, as the <c>template</c> of a <c>Microsoft.Resources/deployments</c>. A deployment is the
/// module's when its symbolic name (languageVersion 2.0) is the module's symbol, or its name is the
/// module's <c>name:</c> (a literal, or an interpolation compiled to <c>format('...{0}...', ...)</c>).
/// </summary>
internal static class CompiledModuleCache
{
    private static readonly Regex Format = new(@"^\[format\('(?<format>(?:[^']|'')*)'", RegexOptions.CultureInvariant);

    private sealed record RegistryModule(string Symbol, string Reference, string? NameKey, string File);

    /// <summary>Writes the registry modules of the Bicep files in <paramref name="bicepFolder"/>, found in <paramref name="compiledTemplate"/>, under <paramref name="cacheRoot"/>; returns the references written.</summary>
    public static IReadOnlyList<string> Fill(string bicepFolder, string compiledTemplate, string cacheRoot)
    {
        var modules = new List<RegistryModule>();
        foreach (var path in Directory.EnumerateFiles(bicepFolder, "*.bicep"))
        {
            var tree = BicepParser.Parse(new SourceFile(path, File.ReadAllText(path)));
            foreach (var module in tree.Root.Modules)
            {
                if (module.PathValue is { } reference && ExternalModuleReference.IsExternal(reference))
                {
                    string? nameKey = module.Body?.GetPropertyValue("name") is StringSyntax name
                        ? string.Concat(name.Segments.Select((s, i) => i == 0 ? s : "{" + (i - 1) + "}" + s))
                        : null;
                    modules.Add(new RegistryModule(module.Name.Name, reference, nameKey, path));
                }
            }
        }

        var written = new List<string>();
        var configuration = BicepConfiguration.Parse(Path.Combine(bicepFolder, "bicepconfig.json"), "{ \"cacheRootDirectory\": " + System.Text.Json.JsonSerializer.Serialize(cacheRoot) + " }", home: null);
        void Walk(JsonNode? template, int depth)
        {
            if (depth > 16 || template?["resources"] is not { } resources)
            {
                return;
            }

            var items = resources is JsonObject symbolic
                ? symbolic.Select(p => (Symbol: (string?)p.Key, Resource: p.Value as JsonObject))
                : resources.AsArray().Select(r => (Symbol: (string?)null, Resource: r as JsonObject));
            foreach (var (symbol, resource) in items)
            {
                if (resource is null
                    || !string.Equals((string?)resource["type"], "Microsoft.Resources/deployments", StringComparison.OrdinalIgnoreCase)
                    || resource["properties"]?["template"] is not JsonObject nested)
                {
                    continue;
                }

                string? name = resource["name"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)resource["name"] : null;
                string? nameKey = name is null ? null : Format.Match(name) is { Success: true } format ? format.Groups["format"].Value.Replace("''", "'", StringComparison.Ordinal) : name;
                var module = modules.FirstOrDefault(m => (symbol is not null && m.Symbol == symbol) || (nameKey is not null && m.NameKey == nameKey));
                if (module is null)
                {
                    Walk(nested, depth + 1);
                    continue;
                }

                var reference = ExternalModuleReference.Parse(module.Reference, configuration, out string? error) ?? throw new InvalidOperationException(error);
                string file = reference.CacheFile(configuration);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, nested.ToJsonString());
                written.Add(module.Reference);
            }
        }

        Walk(JsonNode.Parse(File.ReadAllText(compiledTemplate)), 0);
        return written.Distinct(StringComparer.Ordinal).ToList();
    }
}
