using System.Globalization;
using AccelLint.Text;
using Newtonsoft.Json;

namespace AccelLint.Json;

/// <summary>
/// Reads JSON as ARM does, on Newtonsoft.Json's tolerant tokenizer: comments, trailing commas and
/// raw newlines in strings are accepted. Each key keeps the offset of its opening quote. Errors are
/// returned as values (never thrown), with the position where the reader stopped.
/// </summary>
public static class JsonReader
{
    /// <summary>Nesting beyond this is reported instead of read (the tree walkers recurse).</summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// Keys that ARM templates and parameters files repeat in every resource: read without allocating a
    /// string each time, and shared by every document. Filled once here; lookups only read it.
    /// </summary>
    private static readonly DefaultJsonNameTable CommonNames = CreateNameTable(
        "$schema", "contentVersion", "parameters", "variables", "functions", "resources", "outputs", "metadata",
        "type", "apiVersion", "name", "location", "properties", "dependsOn", "tags", "sku", "kind", "zones",
        "copy", "count", "input", "mode", "batchSize", "condition", "existing", "scope", "comments",
        "value", "defaultValue", "allowedValues", "minValue", "maxValue", "description", "id",
        "ipConfigurations", "subnet", "privateIPAllocationMethod", "publicIPAddress", "networkSecurityGroup",
        "enableAcceleratedNetworking", "enableIPForwarding", "auxiliaryMode", "auxiliarySku", "primary",
        "hardwareProfile", "vmSize", "vmSizeProperties", "vCPUsAvailable", "networkProfile", "networkInterfaces",
        "networkInterfaceConfigurations", "storageProfile", "imageReference", "publisher", "offer", "version",
        "osDisk", "createOption", "managedDisk", "storageAccountType", "osProfile", "computerName", "adminUsername",
        "adminPassword", "virtualMachineProfile", "capacity", "tier", "template", "expressionEvaluationOptions",
        "addressPrefix", "addressPrefixes", "addressSpace", "subnets", "diagnosticsProfile", "fastpathenabled");

    private static DefaultJsonNameTable CreateNameTable(params string[] names)
    {
        var table = new DefaultJsonNameTable();
        foreach (string name in names)
        {
            table.Add(name);
        }

        return table;
    }

    public static JsonDocument Parse(SourceFile file)
    {
        var comments = new List<JsonComment>();
        var state = new State(file, comments);
        using var reader = new JsonTextReader(new StringReader(file.Text))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            MaxDepth = MaxDepth,
            PropertyNameTable = CommonNames,
        };

        try
        {
            if (!state.Read(reader))
            {
                return new JsonDocument(file, null, comments, new JsonSyntaxError("the file is empty", new TextSpan(0, 0)));
            }

            var root = state.ReadValue(reader, 0);

            // Anything after the root other than comments and whitespace is an error.
            if (state.Read(reader))
            {
                return new JsonDocument(file, root, comments, Error(file, reader, "unexpected content after the end of the JSON value"));
            }

            return new JsonDocument(file, root, comments, null);
        }
        catch (JsonReaderException e)
        {
            string message = CleanMessage(e.Message);
            return new JsonDocument(file, null, comments, new JsonSyntaxError(message, AtOffendingCharacter(file.Text, Position(file, e.LineNumber, e.LinePosition), message)));
        }
        catch (DepthException e)
        {
            return new JsonDocument(file, null, comments, Error(file, reader, e.Message));
        }
    }

    private static JsonSyntaxError Error(SourceFile file, JsonTextReader reader, string message) =>
        new(message, Position(file, reader.LineNumber, reader.LinePosition));

    /// <summary>Newtonsoft positions point at the last character read; line 0 means the start.</summary>
    private static TextSpan Position(SourceFile file, int line, int position)
    {
        if (line <= 0)
        {
            return new TextSpan(0, 0);
        }

        int offset = file.GetOffset(line, Math.Max(1, position));
        return new TextSpan(Math.Min(offset, file.Text.Length), 0);
    }

    /// <summary>
    /// Newtonsoft reports "unexpected character ...: X" errors on the last character it consumed, one
    /// before X (or on the whitespace before it); move onto X so the error points at the offending character.
    /// </summary>
    private static TextSpan AtOffendingCharacter(string text, TextSpan span, string message)
    {
        if (message.Length < 3 || message[message.Length - 2] != ' ' || message[message.Length - 3] != ':')
        {
            return span;
        }

        char offending = message[message.Length - 1];
        int i = span.Start;
        if (i >= text.Length || text[i] == offending)
        {
            return span;
        }

        if (!char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] == offending ? new TextSpan(i, 0) : span;
    }

    private static string CleanMessage(string message)
    {
        if (message.IndexOf("MaxDepth", StringComparison.Ordinal) >= 0)
        {
            return $"the JSON nests deeper than {MaxDepth} levels";
        }

        int path = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (path < 0)
        {
            path = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        string text = (path > 0 ? message.Substring(0, path) : message).TrimEnd('.', ' ', ',');
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text.Substring(1) : "invalid JSON";
    }

    private sealed class DepthException : Exception
    {
        public DepthException(string message)
            : base(message)
        {
        }
    }

    private sealed class State
    {
        private readonly SourceFile file;
        private readonly string text;
        private readonly List<JsonComment> comments;

        public State(SourceFile file, List<JsonComment> comments)
        {
            this.file = file;
            text = file.Text;
            this.comments = comments;
        }

        /// <summary>Reads the next token that is not a comment, collecting comments on the way.</summary>
        public bool Read(JsonTextReader reader)
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    return true;
                }

                int end = Offset(reader);
                string comment = (string?)reader.Value ?? string.Empty;
                int start = text.LastIndexOf('/', Math.Max(0, Math.Min(end, text.Length - 1)));
                comments.Add(new JsonComment(comment, new TextSpan(Math.Max(0, end - comment.Length), comment.Length), reader.LineNumber));
                _ = start;
            }

            return false;
        }

        public JsonNode ReadValue(JsonTextReader reader, int depth)
        {
            if (depth >= MaxDepth)
            {
                throw new DepthException($"the JSON nests deeper than {MaxDepth} levels");
            }

            int end = Offset(reader);
            switch (reader.TokenType)
            {
                case JsonToken.StartObject:
                    return ReadObject(reader, new TextSpan(end - 1, 1), depth);
                case JsonToken.StartArray:
                    return ReadArray(reader, new TextSpan(end - 1, 1), depth);
                case JsonToken.String:
                    {
                        int start = StringStart(end);
                        return new JsonScalar(new TextSpan(start, end - start), JsonNodeKind.String, (string?)reader.Value ?? string.Empty);
                    }

                case JsonToken.Integer:
                    {
                        object? v = reader.Value;
                        long value = v is long l ? l : v is int i ? i : (long)Convert.ToDouble(v, CultureInfo.InvariantCulture);
                        return new JsonScalar(TokenSpan(end), JsonNodeKind.Integer, value);
                    }

                case JsonToken.Float:
                    return new JsonScalar(TokenSpan(end), JsonNodeKind.Float, Convert.ToDouble(reader.Value, CultureInfo.InvariantCulture));
                case JsonToken.Boolean:
                    return new JsonScalar(TokenSpan(end), JsonNodeKind.Boolean, (bool)reader.Value!);
                case JsonToken.Null:
                case JsonToken.Undefined:
                    return new JsonScalar(TokenSpan(end), JsonNodeKind.Null, null);
                default:
                    throw new JsonReaderException($"unexpected token {reader.TokenType}", string.Empty, reader.LineNumber, reader.LinePosition, null);
            }
        }

        private JsonObject ReadObject(JsonTextReader reader, TextSpan span, int depth)
        {
            var properties = new List<JsonProperty>();
            while (true)
            {
                if (!Read(reader))
                {
                    throw new JsonReaderException("unexpected end of file: an object is not closed", string.Empty, reader.LineNumber, reader.LinePosition, null);
                }

                if (reader.TokenType == JsonToken.EndObject)
                {
                    return new JsonObject(span, properties, Offset(reader));
                }

                // PropertyName: the reader stands on the colon after the key.
                string name = (string?)reader.Value ?? string.Empty;
                var nameSpan = KeySpan(Offset(reader), name);
                if (!Read(reader))
                {
                    throw new JsonReaderException("unexpected end of file after a property name", string.Empty, reader.LineNumber, reader.LinePosition, null);
                }

                properties.Add(new JsonProperty(name, nameSpan, ReadValue(reader, depth + 1)));
            }
        }

        private JsonArray ReadArray(JsonTextReader reader, TextSpan span, int depth)
        {
            var items = new List<JsonNode>();
            while (true)
            {
                if (!Read(reader))
                {
                    throw new JsonReaderException("unexpected end of file: an array is not closed", string.Empty, reader.LineNumber, reader.LinePosition, null);
                }

                if (reader.TokenType == JsonToken.EndArray)
                {
                    return new JsonArray(span, items);
                }

                items.Add(ReadValue(reader, depth + 1));
            }
        }

        /// <summary>Offset just after the last character the reader consumed.</summary>
        private int Offset(JsonTextReader reader) => file.GetOffset(reader.LineNumber, reader.LinePosition + 1);

        /// <summary>A number or literal: scan back over its characters from its end.</summary>
        private TextSpan TokenSpan(int end)
        {
            int start = end;
            while (start > 0 && !IsDelimiter(text[start - 1]))
            {
                start--;
            }

            return new TextSpan(start, end - start);
        }

        private static bool IsDelimiter(char c) => char.IsWhiteSpace(c) || c is ',' or ':' or '[' or '{' or '/' or '*';

        /// <summary>The opening quote of a string that ends (after its closing quote) at <paramref name="end"/>.</summary>
        private int StringStart(int end)
        {
            int close = end - 1;
            if (close < 0 || close >= text.Length || (text[close] != '"' && text[close] != '\''))
            {
                return Math.Max(0, Math.Min(end, text.Length));
            }

            char quote = text[close];
            for (int i = close - 1; i >= 0; i--)
            {
                if (text[i] == quote && !IsEscaped(i))
                {
                    return i;
                }
            }

            return close;
        }

        private bool IsEscaped(int index)
        {
            int backslashes = 0;
            for (int i = index - 1; i >= 0 && text[i] == '\\'; i--)
            {
                backslashes++;
            }

            return backslashes % 2 == 1;
        }

        /// <summary>The key's span, from its opening quote, found backwards from the colon after it.</summary>
        private TextSpan KeySpan(int afterColon, string name)
        {
            int i = Math.Min(afterColon, text.Length) - 1;
            while (i >= 0 && text[i] != ':')
            {
                i--;
            }

            int colon = i;
            i--;
            while (i >= 0 && char.IsWhiteSpace(text[i]))
            {
                i--;
            }

            if (i < 0)
            {
                return new TextSpan(Math.Max(0, colon), 0);
            }

            if (text[i] == '"' || text[i] == '\'')
            {
                int start = StringStart(i + 1);
                return new TextSpan(start, i + 1 - start);
            }

            // An unquoted key: scan back over its characters.
            int endKey = i + 1;
            int begin = endKey - name.Length;
            return begin >= 0 ? new TextSpan(begin, name.Length) : new TextSpan(0, endKey);
        }
    }
}
