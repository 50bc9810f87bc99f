using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Lsp;

/// <summary>LSP base protocol: messages framed by a <c>Content-Length</c> header, UTF-8 JSON bodies.</summary>
internal sealed class JsonRpcStream
{
    private readonly Stream input;
    private readonly Stream output;
    private readonly object writeGate = new();

    public JsonRpcStream(Stream input, Stream output)
    {
        this.input = input;
        this.output = output;
    }

    /// <summary>The next message, or null at the end of the input.</summary>
    public JObject? Read()
    {
        int length = -1;
        while (true)
        {
            string? header = ReadHeaderLine();
            if (header is null)
            {
                return null;
            }

            if (header.Length == 0)
            {
                break;
            }

            int colon = header.IndexOf(':');
            if (colon > 0 && header.Substring(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(header.Substring(colon + 1).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (length < 0)
        {
            return null;
        }

        var buffer = new byte[length];
        int read = 0;
        while (read < length)
        {
            int n = input.Read(buffer, read, length - read);
            if (n <= 0)
            {
                return null;
            }

            read += n;
        }

        return JObject.Parse(Encoding.UTF8.GetString(buffer));
    }

    public void Write(JObject message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToString(Formatting.None));
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (writeGate)
        {
            output.Write(header, 0, header.Length);
            output.Write(body, 0, body.Length);
            output.Flush();
        }
    }

    private string? ReadHeaderLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            int b = input.ReadByte();
            if (b < 0)
            {
                return line.Length == 0 ? null : line.ToString();
            }

            if (b == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)b);
        }
    }
}
