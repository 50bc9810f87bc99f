namespace AccelLint.Cli.Tests;

/// <summary>1-based line and column of a piece of text, so that expected positions are computed from the file, not counted by hand.</summary>
public static class TextPosition
{
    /// <summary>The position of the <paramref name="occurrence"/>th (1-based) <paramref name="needle"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Of(string text, string needle, int occurrence = 1)
    {
        int index = -1;
        for (int i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{needle}' occurs fewer than {occurrence} times", nameof(needle));
            }
        }

        return OfIndex(text, index);
    }

    /// <summary>The position of the character at <paramref name="index"/>.</summary>
    public static (int Line, int Column) OfIndex(string text, int index)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
