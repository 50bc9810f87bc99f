namespace AccelLint.Text;

/// <summary>A resolved location: 1-based start and end line and column, plus the span it came from.</summary>
public sealed record SourceLocation(string Path, int Line, int Column, int EndLine, int EndColumn, TextSpan Span)
{
    public override string ToString() => $"{Path}({Line},{Column})";
}
