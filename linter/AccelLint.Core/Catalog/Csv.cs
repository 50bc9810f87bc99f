using System.Text;

namespace AccelLint.Catalog;

/// <summary>A small RFC 4180 reader: quoted fields, doubled quotes, commas inside quotes.</summary>
internal static class Csv
{
    public static IEnumerable<CsvRow> Read(string text)
    {
        int line = 0;
        using var reader = new StringReader(text);
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            line++;
            if (raw.Trim().Length == 0)
            {
                continue;
            }

            yield return new CsvRow(line, Split(raw));
        }
    }

    private static string[] Split(string line)
    {
        // Most lines quote nothing: split them without a builder (the embedded catalog is 320 KB).
        if (line.IndexOf('"') < 0)
        {
            return line.Split(',');
        }

        var fields = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        current.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields.ToArray();
    }
}

/// <summary>One non-blank CSV line: its 1-based number and fields.</summary>
internal sealed record CsvRow(int Line, string[] Fields);
