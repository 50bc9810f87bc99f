using AccelLint.Json;

namespace AccelLint.Arm;

/// <summary>
/// The linked templates one evaluation reaches (<c>templateLink.relativePath</c>, or a
/// <c>templateLink.uri</c> that names a local file): each read once, through the engine, so that the
/// workspace boundary applies; the files reached are recorded so that the engine does not evaluate
/// them again on their own.
/// </summary>
public sealed class ArmLinks
{
    private readonly Func<string, LinkedTemplate> load;
    private readonly Dictionary<string, (ArmFile? File, JsonObject? Template, string? Problem)> files = new(StringComparer.Ordinal);

    /// <param name="load">Reads and parses a linked file (full path): its document, or why there is none.</param>
    public ArmLinks(Func<string, LinkedTemplate> load) => this.load = load;

    /// <summary>The files linked and read, in the order first reached.</summary>
    public List<string> Linked { get; } = new();

    internal IEnumerable<ArmFile> Files => files.Values.Select(f => f.File).OfType<ArmFile>();

    /// <summary>The linked file's template, or why there is none (missing, refused, not a template).</summary>
    internal (ArmFile? File, JsonObject? Template, string? Problem) Open(string path)
    {
        if (files.TryGetValue(path, out var known))
        {
            return known;
        }

        var linked = load(path);
        (ArmFile?, JsonObject?, string?) result;
        if (linked.Problem is { } problem)
        {
            result = (null, null, problem);
        }
        else if (linked.Document is { Root: JsonObject root } document && ArmFrontEnd.Classify(document) == JsonDocumentKind.Template)
        {
            result = (new ArmFile(document.File) { Links = this }, root, null);
            Linked.Add(path);
        }
        else
        {
            // Nothing of a file that is not a template is quoted (SPEC §10).
            result = (null, null, linked.Document is { } other ? ArmFrontEnd.NotATemplate(other) : "is not an ARM template");
        }

        files[path] = result;
        return result;
    }
}

/// <summary>What reading a linked template gives: the parsed document, or why there is none (quoting nothing from the file).</summary>
public sealed record LinkedTemplate(JsonDocument? Document, string? Problem);
