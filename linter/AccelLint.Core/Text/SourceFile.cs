namespace AccelLint.Text;

/// <summary>
/// A file's text plus the table of line starts, so that offsets become 1-based line and column
/// only at the output edge. Line breaks are \n, \r\n and a lone \r (as JSON readers count them).
/// </summary>
public sealed class SourceFile
{
    private int[]? lineStarts;

    public SourceFile(string path, string text)
    {
        Path = path;
        Text = text;
    }

    /// <summary>The path as the user named it (absolute or relative to the working folder).</summary>
    public string Path { get; }

    public string Text { get; }

    public int[] LineStarts => lineStarts ??= ComputeLineStarts(Text);

    public SourceLocation GetLocation(TextSpan span)
    {
        var (line, column) = GetLinePosition(span.Start);
        var (endLine, endColumn) = GetLinePosition(Math.Min(Text.Length, span.End));
        return new SourceLocation(Path, line, column, endLine, endColumn, span);
    }

    /// <summary>1-based line and column of an offset.</summary>
    public (int Line, int Column) GetLinePosition(int offset)
    {
        var starts = LineStarts;
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        // The last line start at or before offset (a hand-written search: Array.BinarySearch<int> is not precompiled).
        int low = 0, high = starts.Length - 1;
        while (low < high)
        {
            int mid = low + ((high - low + 1) / 2);
            if (starts[mid] <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        int index = low;

        return (index + 1, offset - starts[index] + 1);
    }

    /// <summary>Offset of a 1-based line and column (clamped to the text).</summary>
    public int GetOffset(int line, int column)
    {
        var starts = LineStarts;
        if (line < 1)
        {
            return 0;
        }

        if (line > starts.Length)
        {
            return Text.Length;
        }

        return Math.Min(Text.Length, starts[line - 1] + Math.Max(0, column - 1));
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
