using AccelLint.Arm;
using AccelLint.Engine;
using AccelLint.Json;
using AccelLint.Text;

namespace AccelLint.Bicep.Registry;

/// <summary>What resolving a registry or template-spec reference gives: the restored template, or why there is none.</summary>
/// <param name="Reference">The parsed reference; null when it could not be parsed.</param>
/// <param name="CacheFile">Where the restored <c>main.json</c> is (or would be).</param>
/// <param name="Document">The restored file, parsed; null when it is not there.</param>
/// <param name="Template">The ARM template in it (a template spec's file holds it under <c>properties.mainTemplate</c>).</param>
/// <param name="Problem">Why there is no template: not restored, not parseable, not a valid reference.</param>
/// <param name="IsNotTemplate">The restored file is there but is not an ARM template: a broken cache, or a file planted where one should be (ACCEL000, not ACCEL014).</param>
public sealed record ModuleResolution(ExternalModuleReference? Reference, string? CacheFile, JsonDocument? Document, JsonObject? Template, string? Problem, bool IsNotTemplate = false);

/// <summary>
/// The Bicep module cache, read where the Bicep tooling restores modules (<c>bicep restore</c>,
/// <c>bicep build</c>, the editor): configurations and restored files are read once per run and shared
/// by every deployment evaluated in it (from any thread).
/// </summary>
public sealed class ModuleCache
{

    private readonly LintFileSystem fileSystem;
    private readonly string? home;
    private readonly Dictionary<string, BicepConfiguration> configurations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (JsonDocument? Document, string? Problem, bool NotJson)> files = new(StringComparer.Ordinal);
    private readonly object gate = new();

    /// <param name="fileSystem">Where <c>bicepconfig.json</c> files and the cache are read.</param>
    /// <param name="home">The user profile folder for <c>~/.bicep</c>; null for the current user's.</param>
    public ModuleCache(LintFileSystem fileSystem, string? home = null)
    {
        this.fileSystem = fileSystem;
        this.home = home;
    }

    /// <summary>The configuration of the nearest <c>bicepconfig.json</c> at or above a Bicep file's folder.</summary>
    public BicepConfiguration ConfigurationFor(string bicepFile)
    {
        string? folder = Path.GetDirectoryName(bicepFile);
        return string.IsNullOrEmpty(folder) ? BicepConfiguration.Default(home) : ConfigurationOfFolder(folder!);
    }

    /// <summary>Resolves a reference written in <paramref name="referencingFile"/> to its restored template.</summary>
    public ModuleResolution Resolve(string referencingFile, string reference)
    {
        var configuration = ConfigurationFor(referencingFile);
        if (ExternalModuleReference.Parse(reference, configuration, out string? error) is not { } parsed)
        {
            return new ModuleResolution(null, null, null, null, error);
        }

        string cacheFile = parsed.CacheFile(configuration);
        var (document, problem, notJson) = Read(cacheFile);
        if (problem is not null)
        {
            return new ModuleResolution(parsed, cacheFile, null, null, problem, IsNotTemplate: notJson);
        }

        var root = document!.Root as JsonObject;
        var template = root is null ? null : ArmFrontEnd.Classify(document) == JsonDocumentKind.Template ? root : (root["properties"] as JsonObject)?["mainTemplate"] as JsonObject;
        return template is null
            ? new ModuleResolution(parsed, cacheFile, root is null ? null : document, null, $"'{cacheFile}' {ArmFrontEnd.NotATemplate(document)}", IsNotTemplate: true)
            : new ModuleResolution(parsed, cacheFile, document, template, null);
    }

    private BicepConfiguration ConfigurationOfFolder(string folder)
    {
        lock (gate)
        {
            if (configurations.TryGetValue(folder, out var known))
            {
                return known;
            }
        }

        BicepConfiguration configuration;
        string candidate = Path.Combine(folder, BicepConfiguration.FileName);
        string? text = null;
        try
        {
            text = fileSystem.FileExists(candidate) ? fileSystem.ReadAllText(candidate) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        if (text is not null)
        {
            configuration = BicepConfiguration.Parse(candidate, text, home);
        }
        else
        {
            string? parent = Path.GetDirectoryName(folder);
            configuration = string.IsNullOrEmpty(parent) ? BicepConfiguration.Default(home) : ConfigurationOfFolder(parent!);
        }

        lock (gate)
        {
            configurations[folder] = configuration;
        }

        return configuration;
    }

    /// <summary>The restored file parsed, or why not (<c>NotJson</c>: it is there but does not parse).</summary>
    private (JsonDocument? Document, string? Problem, bool NotJson) Read(string path)
    {
        lock (gate)
        {
            if (files.TryGetValue(path, out var known))
            {
                return known;
            }

            (JsonDocument?, string?, bool) result;
            try
            {
                if (fileSystem.Refusal(path) is { } reason)
                {
                    result = (null, $"'{path}' was not read: {reason}", false);
                }
                else if (!fileSystem.FileExists(path))
                {
                    result = (null, $"'{path}' does not exist", false);
                }
                else
                {
                    // Nothing of a file that does not parse is quoted (SPEC §10): only where it breaks.
                    var document = JsonReader.Parse(new SourceFile(path, fileSystem.ReadAllText(path)));
                    result = document.Error is not null
                        ? (null, $"'{path}' {ArmFrontEnd.NotATemplate(document)}", true)
                        : (document, null, false);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                result = (null, $"'{path}' cannot be read ({e.GetType().Name})", false);
            }

            files[path] = result;
            return result;
        }
    }
}
