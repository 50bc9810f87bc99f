namespace AccelLint.Bicep.Registry;

/// <summary>
/// A registry (<c>br:</c>, <c>br/alias:</c>) or template-spec (<c>ts:</c>, <c>ts/alias:</c>) module
/// reference, resolved against a <see cref="BicepConfiguration"/> to where the Bicep tooling restores it.
/// </summary>
public sealed class ExternalModuleReference
{
    private readonly string[] cacheSegments;

    private ExternalModuleReference(string text, string qualified, bool isTemplateSpec, string[] cacheSegments)
    {
        Text = text;
        Qualified = qualified;
        IsTemplateSpec = isTemplateSpec;
        this.cacheSegments = cacheSegments;
    }

    /// <summary>The reference as written (<c>br/public:avm/res/network/network-interface:0.5.3</c>).</summary>
    public string Text { get; }

    /// <summary>With any alias expanded (<c>br:mcr.microsoft.com/bicep/avm/res/network/network-interface:0.5.3</c>).</summary>
    public string Qualified { get; }

    public bool IsTemplateSpec { get; }

    /// <summary>True for a path Bicep reads from a registry or template spec rather than from disk.</summary>
    public static bool IsExternal(string path) =>
        path.StartsWith("br:", StringComparison.OrdinalIgnoreCase) || path.StartsWith("br/", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith("ts:", StringComparison.OrdinalIgnoreCase) || path.StartsWith("ts/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the restored module's <c>main.json</c> is under the configuration's cache root.</summary>
    public string CacheFile(BicepConfiguration configuration) =>
        Path.Combine(new[] { configuration.CacheRoot }.Concat(cacheSegments).Concat(new[] { "main.json" }).ToArray());

    /// <summary>Parses a reference; null with <paramref name="error"/> set when it is not a valid one (or names an undefined alias).</summary>
    public static ExternalModuleReference? Parse(string text, BicepConfiguration configuration, out string? error)
    {
        error = null;
        bool templateSpec = text.StartsWith("ts", StringComparison.OrdinalIgnoreCase);
        int colon = text.IndexOf(':');
        if (!IsExternal(text) || colon < 0)
        {
            error = $"'{text}' is not a registry or template-spec module reference";
            return null;
        }

        string rest = text.Substring(colon + 1);
        if (text[2] == '/')
        {
            string alias = text.Substring(3, colon - 3);
            string? prefix = templateSpec ? configuration.TemplateSpecAlias(alias) : configuration.RegistryAlias(alias);
            if (prefix is null)
            {
                string where = configuration.Path is null ? "no bicepconfig.json was found" : $"{configuration.Path} does not define it";
                error = $"the {(templateSpec ? "template-spec" : "registry")} module alias '{alias}' is not defined ({where})";
                return null;
            }

            rest = prefix.TrimEnd('/') + "/" + rest;
        }

        return templateSpec ? ParseTemplateSpec(text, rest, out error) : ParseOci(text, rest, out error);
    }

    /// <summary><c>registry/repository/path:tag</c> or <c>registry/repository@sha256:hex</c>.</summary>
    private static ExternalModuleReference? ParseOci(string text, string reference, out string? error)
    {
        error = null;
        int firstSlash = reference.IndexOf('/');
        int lastSlash = reference.LastIndexOf('/');
        if (firstSlash <= 0 || lastSlash == reference.Length - 1)
        {
            error = $"'{text}' is not a valid registry module reference (expected br:<registry>/<repository>:<tag>)";
            return null;
        }

        string registry = reference.Substring(0, firstSlash);
        string last = reference.Substring(lastSlash + 1);
        int delimiter = last.IndexOfAny(new[] { ':', '@' });
        if (delimiter <= 0 || delimiter == last.Length - 1)
        {
            error = $"'{text}' names no tag or digest (expected ':<tag>' or '@sha256:<digest>')";
            return null;
        }

        string repository = reference.Substring(firstSlash + 1, lastSlash - firstSlash) + last.Substring(0, delimiter);
        string tagOrDigest = last.Substring(delimiter + 1);
        string? folder;
        if (last[delimiter] == ':')
        {
            folder = TagEncoder.Encode(tagOrDigest);
        }
        else
        {
            // Digests ('sha256:<hex>', lower case) are stored with '#' for ':' (see the layout below).
            folder = tagOrDigest.Replace(':', '#');
        }

        if (folder is null)
        {
            error = $"the tag of '{text}' is longer than {TagEncoder.MaxTagLength} characters";
            return null;
        }

        // The Bicep compiler's cache layout (Azure/bicep src/Bicep.Core/Registry/OciArtifactRegistry.cs,
        // GetArtifactDirectory; ArtifactCache/OciArtifactCacheAccessor.cs in later versions):
        // br/<registry lower-cased, ':' as '$'>/<repository, '/' as '$'>/<TagEncoder tag | digest, ':' as '#'>/main.json.
        var segments = new[] { "br", registry.Replace(':', '$').ToLowerInvariant(), repository.Replace('/', '$'), folder };
        return new ExternalModuleReference(text, $"br:{registry}/{repository}{last[delimiter]}{tagOrDigest}", isTemplateSpec: false, segments);
    }

    /// <summary><c>subscription/resourceGroup/name:version</c>.</summary>
    private static ExternalModuleReference? ParseTemplateSpec(string text, string reference, out string? error)
    {
        error = null;
        var parts = reference.Split('/');
        int colon = parts.Length == 3 ? parts[2].IndexOf(':') : -1;
        if (colon <= 0 || colon == parts[2].Length - 1 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            error = $"'{text}' is not a valid template-spec module reference (expected ts:<subscription>/<resource group>/<name>:<version>)";
            return null;
        }

        string name = parts[2].Substring(0, colon);
        string version = parts[2].Substring(colon + 1);

        // Azure/bicep src/Bicep.Core/Registry/TemplateSpecModuleRegistry.cs (GetArtifactDirectoryPath;
        // ArtifactCache/TemplateSpecModuleCacheAccessor.cs later): ts/<sub>/<rg>/<name>/<version>/main.json, lower-cased.
        var segments = new[] { "ts", parts[0], parts[1], name, version }.Select(s => s.ToLowerInvariant()).ToArray();
        return new ExternalModuleReference(text, $"ts:{parts[0]}/{parts[1]}/{name}:{version}", isTemplateSpec: true, segments);
    }
}
