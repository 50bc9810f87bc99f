using AccelLint.Json;
using AccelLint.Text;

namespace AccelLint.Bicep.Registry;

/// <summary>
/// What AccelLint reads from a <c>bicepconfig.json</c>: the module aliases (<c>moduleAliases.br</c> and
/// <c>moduleAliases.ts</c>) and <c>cacheRootDirectory</c>. Without a file: the built-in <c>public</c> alias
/// and the default cache root (<c>~/.bicep</c>), as the Bicep compiler has them.
/// </summary>
public sealed class BicepConfiguration
{
    public const string FileName = "bicepconfig.json";

    private readonly Dictionary<string, (string Registry, string? ModulePath)> registryAliases = new(StringComparer.Ordinal)
    {
        // Bicep's built-in configuration; a bicepconfig.json may override it.
        ["public"] = ("mcr.microsoft.com", "bicep"),
    };

    private readonly Dictionary<string, (string Subscription, string ResourceGroup)> templateSpecAliases = new(StringComparer.Ordinal);

    private BicepConfiguration(string? path, string cacheRoot)
    {
        Path = path;
        CacheRoot = cacheRoot;
    }

    /// <summary>The configuration file, or null for the built-in configuration.</summary>
    public string? Path { get; }

    /// <summary>The folder under which <c>br/</c> and <c>ts/</c> hold restored modules.</summary>
    public string CacheRoot { get; }

    public static BicepConfiguration Default(string? home) => new(null, DefaultCacheRoot(home));

    /// <summary><c>~/.bicep</c>: the user profile folder (<paramref name="home"/> when given).</summary>
    public static string DefaultCacheRoot(string? home) =>
        System.IO.Path.Combine(home ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".bicep");

    /// <summary>Reads a configuration file's text; a file that cannot be parsed gives the built-in configuration (with its path).</summary>
    public static BicepConfiguration Parse(string path, string text, string? home)
    {
        var document = JsonReader.Parse(new SourceFile(path, text));
        var root = document.Root as JsonObject;
        string cacheRoot = DefaultCacheRoot(home);
        if (root?.GetString("cacheRootDirectory") is { } custom && custom.Trim().Length > 0)
        {
            // A relative root is taken from the configuration's folder (where the user wrote it).
            cacheRoot = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path) ?? ".", custom.Trim());
        }

        var configuration = new BicepConfiguration(path, cacheRoot);
        if (root?["moduleAliases"] is JsonObject aliases)
        {
            if (aliases["br"] is JsonObject registries)
            {
                foreach (var alias in registries.Properties)
                {
                    if (alias.Value is JsonObject value && value.GetString("registry") is { } registry)
                    {
                        configuration.registryAliases[alias.Name] = (registry, value.GetString("modulePath"));
                    }
                }
            }

            if (aliases["ts"] is JsonObject specs)
            {
                foreach (var alias in specs.Properties)
                {
                    if (alias.Value is JsonObject value && value.GetString("subscription") is { } subscription && value.GetString("resourceGroup") is { } group)
                    {
                        configuration.templateSpecAliases[alias.Name] = (subscription, group);
                    }
                }
            }
        }

        return configuration;
    }

    /// <summary>The <c>registry[/modulePath]</c> prefix a <c>br/alias:</c> reference stands for.</summary>
    public string? RegistryAlias(string alias) =>
        registryAliases.TryGetValue(alias, out var value)
            ? (string.IsNullOrEmpty(value.ModulePath) ? value.Registry : value.Registry + "/" + value.ModulePath!.Trim('/'))
            : null;

    /// <summary>The <c>subscription/resourceGroup</c> prefix a <c>ts/alias:</c> reference stands for.</summary>
    public string? TemplateSpecAlias(string alias) =>
        templateSpecAliases.TryGetValue(alias, out var value) ? value.Subscription + "/" + value.ResourceGroup : null;
}
