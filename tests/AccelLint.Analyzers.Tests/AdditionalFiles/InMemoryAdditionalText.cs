using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AccelLint.Analyzers.Tests.AdditionalFiles;

/// <summary>An AdditionalFile held in memory (what MSBuild passes for <c>&lt;AdditionalFiles Include="..." /&gt;</c>).</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? text;

    public InMemoryAdditionalText(string path, string? text)
    {
        Path = path;
        this.text = text is null ? null : SourceText.From(text);
    }

    public override string Path { get; }

    /// <summary>Null when the file cannot be read (Roslyn passes null for an unreadable AdditionalFile).</summary>
    public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
}
