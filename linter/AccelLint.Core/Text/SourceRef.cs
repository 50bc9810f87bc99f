namespace AccelLint.Text;

/// <summary>A span inside a particular file; what the model keeps for every value and property.</summary>
public readonly record struct SourceRef(SourceFile File, TextSpan Span)
{
    public SourceLocation ToLocation() => File.GetLocation(Span);

    public bool Contains(SourceRef other) =>
        ReferenceEquals(File, other.File) && other.Span.Start >= Span.Start && other.Span.End <= Span.End;
}
