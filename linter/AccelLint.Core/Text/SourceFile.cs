namespace AccelLint.Text;

/// <summary>
/// A file's text plus the table of line starts, so that offsets become 1-based line and column
/// only at the output edge. Line breaks are \n, \r\n and a lone \r (as JSON readers count them).
/// </summary>
public sealed class SourceFile
{
    private readonly int length;
    private readonly Func<string, string?>? reload;
    private string? text;
    private int[]? lineStarts;

    public SourceFile(string path, string text)
    {
        Path = path;
        this.text = text;
        length = text.Length;
    }

    private SourceFile(string path, int length, int[] lineStarts, Func<string, string?> reload)
    {
        Path = path;
        this.length = length;
        this.lineStarts = lineStarts;
        this.reload = reload;
    }

    /// <summary>The path as the user named it (absolute or relative to the working folder).</summary>
    public string Path { get; }

    /// <summary>The text; a detached file reads it again on first use (empty if it is gone or changed).</summary>
    public string Text => text ??= Reload();

    public int[] LineStarts => lineStarts ??= ComputeLineStarts(Text);

    /// <summary>The length of the text (kept by a detached file, whose <see cref="Text"/> is empty).</summary>
    public int Length => length;

    /// <summary>True for a file that keeps only its path and line table (<see cref="Detach"/>).</summary>
    public bool IsDetached => reload is not null;

    /// <summary>
    /// The same file without its text: path, length and line table only, so that a finding still
    /// resolves to line and column once the file's tree and text are released (the streaming engine
    /// keeps findings, not files). <paramref name="reload"/> gives the text back if it is asked for.
    /// </summary>
    public SourceFile Detach(Func<string, string?> reload) => IsDetached ? this : new SourceFile(Path, length, LineStarts, reload);

    private string Reload()
    {
        string? again = null;
        try
        {
            again = reload?.Invoke(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
        }

        return again is not null && again.Length == length ? again : string.Empty;
    }

    public SourceLocation GetLocation(TextSpan span)
    {
        var (line, column) = GetLinePosition(span.Start);
        var (endLine, endColumn) = GetLinePosition(Math.Min(length, span.End));
        return new SourceLocation(Path, line, column, endLine, endColumn, span);
    }

    /// <summary>1-based line and column of an offset.</summary>
    public (int Line, int Column) GetLinePosition(int offset)
    {
        var starts = LineStarts;
        offset = Math.Max(0, Math.Min(offset, length));
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
            return length;
        }

        return Math.Min(length, starts[line - 1] + Math.Max(0, column - 1));
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
