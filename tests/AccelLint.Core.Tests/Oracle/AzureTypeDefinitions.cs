using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace AccelLint.Core.Tests.Oracle;

/// <summary>
/// Azure's own resource type definitions, as Bicep ships them: the package Azure.Bicep.Types.Az (a
/// PackageDownload of this project, its path in the <c>AzureBicepTypesAz</c> assembly metadata). The
/// DLL embeds <c>index.json.deflated</c> (resource type@apiVersion → <c>file#/index</c>) and one
/// <c>&lt;provider&gt;/&lt;namespace&gt;/&lt;apiVersion&gt;/types.json.deflated</c> per version: raw
/// deflate of a JSON array of types (<c>ResourceType</c>, <c>ObjectType</c>, <c>ArrayType</c>,
/// <c>UnionType</c>, <c>StringLiteralType</c>, ...) that refer to each other as <c>{"$ref": "#/N"}</c>.
/// The resources are read from the PE file; the assembly is never loaded.
/// </summary>
public sealed class AzureTypeDefinitions
{
    private readonly Dictionary<string, (int Offset, int Length)> resources;
    private readonly byte[] image;
    private readonly Dictionary<string, JsonElement> files = new(StringComparer.Ordinal);
    private JsonElement? index;

    private AzureTypeDefinitions(byte[] image, Dictionary<string, (int Offset, int Length)> resources)
    {
        this.image = image;
        this.resources = resources;
    }

    /// <summary>The package's DLL, or null when the package is not restored.</summary>
    public static string? AssemblyPath { get; } = Find();

    /// <summary>The package version this project downloads (the folder name under the package root).</summary>
    public static string? PackageVersion =>
        typeof(AzureTypeDefinitions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "AzureBicepTypesAzVersion")?.Value;

    /// <summary>Why the type definitions cannot be read here; null when they can. Tests skip with this reason.</summary>
    public static string? Unavailable => AssemblyPath is null
        ? $"the Azure.Bicep.Types.Az package ({PackageVersion}) is not restored (it is a PackageDownload of AccelLint.Core.Tests: run dotnet restore with access to NuGet)"
        : null;

    private static string? Find()
    {
        string? path = typeof(AzureTypeDefinitions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "AzureBicepTypesAz")?.Value;
        return path is not null && File.Exists(path) ? path : null;
    }

    public static AzureTypeDefinitions Open()
    {
        string path = AssemblyPath ?? throw new InvalidOperationException(Unavailable);
        byte[] image = File.ReadAllBytes(path);
        var resources = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        using (var pe = new PEReader(new MemoryStream(image)))
        {
            var metadata = pe.GetMetadataReader();
            var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
            if (!pe.PEHeaders.TryGetDirectoryOffset(directory, out int start))
            {
                throw new InvalidDataException(path + " has no managed resources");
            }

            foreach (var handle in metadata.ManifestResources)
            {
                var resource = metadata.GetManifestResource(handle);
                if (!resource.Implementation.IsNil)
                {
                    continue;
                }

                int at = start + (int)resource.Offset;
                int length = BitConverter.ToInt32(image, at);
                resources[metadata.GetString(resource.Name)] = (at + 4, length);
            }
        }

        return new AzureTypeDefinitions(image, resources);
    }

    /// <summary>Every apiVersion of <paramref name="resourceType"/> in the index, with its body type.</summary>
    public IEnumerable<(string ApiVersion, TypeRef Body)> Versions(string resourceType)
    {
        string prefix = resourceType + "@";
        foreach (var entry in Index().GetProperty("resources").EnumerateObject())
        {
            if (!entry.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string reference = entry.Value.GetProperty("$ref").GetString()!;
            int hash = reference.IndexOf('#');
            var resource = new TypeRef(this, reference.Substring(0, hash), int.Parse(reference.Substring(hash + 2), System.Globalization.CultureInfo.InvariantCulture));
            yield return (entry.Name.Substring(prefix.Length), resource.Property("body")!.Value);
        }
    }

    private JsonElement Index() => index ??= Parse("index.json.deflated");

    internal JsonElement TypesOf(string file)
    {
        if (!files.TryGetValue(file, out var types))
        {
            files[file] = types = Parse(file + ".deflated");
        }

        return types;
    }

    private JsonElement Parse(string resource)
    {
        var (offset, length) = resources.TryGetValue(resource, out var found) ? found : throw new KeyNotFoundException(resource + " is not a resource of " + AssemblyPath);
        using var deflate = new DeflateStream(new MemoryStream(image, offset, length, writable: false), CompressionMode.Decompress);
        using var document = JsonDocument.Parse(deflate);
        return document.RootElement.Clone();
    }
}

/// <summary>One type of a types.json file: the file and its index.</summary>
public readonly record struct TypeRef(AzureTypeDefinitions Definitions, string File, int Index)
{
    public JsonElement Json => Definitions.TypesOf(File)[Index];

    public string Kind => Json.GetProperty("$type").GetString()!;

    /// <summary>A property of this type whose value is a <c>{"$ref"}</c> (ResourceType.body, ArrayType.itemType).</summary>
    public TypeRef? Property(string name) =>
        Json.TryGetProperty(name, out var reference) && reference.ValueKind == JsonValueKind.Object ? Resolve(reference) : null;

    /// <summary>The type of a member of an ObjectType (or the base properties of a DiscriminatedObjectType).</summary>
    public TypeRef? Member(string name)
    {
        foreach (string container in new[] { "properties", "baseProperties" })
        {
            if (Json.TryGetProperty(container, out var properties) && properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var member))
            {
                return Resolve(member.GetProperty("type"));
            }
        }

        return null;
    }

    /// <summary>The types this one refers to: members, array items, union elements, discriminated variants.</summary>
    public IEnumerable<(string? Member, TypeRef Type)> Children()
    {
        var json = Json;
        foreach (string container in new[] { "properties", "baseProperties" })
        {
            if (json.TryGetProperty(container, out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in properties.EnumerateObject())
                {
                    yield return (member.Name, Resolve(member.Value.GetProperty("type")));
                }
            }
        }

        foreach (string single in new[] { "itemType", "additionalProperties", "body" })
        {
            if (json.TryGetProperty(single, out var reference) && reference.ValueKind == JsonValueKind.Object)
            {
                yield return (null, Resolve(reference));
            }
        }

        if (json.TryGetProperty("elements", out var elements))
        {
            var variants = elements.ValueKind == JsonValueKind.Array
                ? elements.EnumerateArray().ToList()
                : elements.EnumerateObject().Select(e => e.Value).ToList();
            foreach (var element in variants)
            {
                yield return (null, Resolve(element));
            }
        }
    }

    /// <summary>The string values a type admits: a StringLiteralType's, or those of a UnionType's literal elements.</summary>
    public IEnumerable<string> StringLiterals()
    {
        if (Kind == "StringLiteralType")
        {
            yield return Json.GetProperty("value").GetString()!;
        }
        else if (Kind == "UnionType")
        {
            foreach (var (_, element) in Children())
            {
                foreach (var value in element.StringLiterals())
                {
                    yield return value;
                }
            }
        }
    }

    private TypeRef Resolve(JsonElement reference)
    {
        string text = reference.GetProperty("$ref").GetString()!;
        if (!text.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"a reference outside its file: {text} in {File}");
        }

        return this with { Index = int.Parse(text.Substring(2), System.Globalization.CultureInfo.InvariantCulture) };
    }
}
