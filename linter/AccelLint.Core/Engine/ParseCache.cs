using System.Collections.Concurrent;
using AccelLint.Bicep;
using AccelLint.Bicep.Syntax;
using AccelLint.Json;
using AccelLint.Text;

namespace AccelLint.Engine;

/// <summary>
/// Parsed trees kept across lints by a long-lived caller (the language server): a file whose text is
/// unchanged is not parsed again; a changed file is. The command line uses none, so that no tree
/// outlives its deployment. Trees are read-only once built, so runs may share them.
/// </summary>
public sealed class ParseCache
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The number of files whose tree is kept.</summary>
    public int Count => entries.Count;

    internal JsonDocument Json(SourceFile file) => Get(file, static f => JsonReader.Parse(f));

    internal BicepSyntaxTree Bicep(SourceFile file) => Get(file, static f => BicepParser.Parse(f));

    /// <summary>Forgets a file (deleted, or read from the disk again).</summary>
    public void Remove(string path) => entries.TryRemove(path, out _);

    private T Get<T>(SourceFile file, Func<SourceFile, T> parse)
        where T : class
    {
        if (entries.TryGetValue(file.Path, out var known) && known.Tree is T tree && string.Equals(known.Text, file.Text, StringComparison.Ordinal))
        {
            return tree;
        }

        var parsed = parse(file);
        entries[file.Path] = new Entry(file.Text, parsed);
        return parsed;
    }

    private sealed record Entry(string Text, object Tree);
}
