namespace AccelLint.Text;

/// <summary>A range of characters in one source text, as offset and length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan Between(TextSpan first, TextSpan last) => new(first.Start, Math.Max(0, last.End - first.Start));

    public override string ToString() => $"[{Start}:{End})";
}
