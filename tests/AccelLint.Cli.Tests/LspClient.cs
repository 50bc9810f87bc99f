using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Tests;

/// <summary>A minimal LSP client: starts <c>accellint lsp</c> as a process and exchanges framed JSON-RPC.</summary>
public sealed class LspClient : IDisposable
{
    private readonly Process process;
    private readonly BlockingCollection<JObject> incoming = new();
    private readonly List<JObject> seen = new();
    private int nextId;

    public LspClient(string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("lsp");
        process = Process.Start(start)!;
        var reader = new Thread(ReadLoop) { IsBackground = true };
        reader.Start();
    }

    public int? ExitCode => process.HasExited ? process.ExitCode : null;

    public JObject Request(string method, JObject parameters)
    {
        int id = Interlocked.Increment(ref nextId);
        Send(new JObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return WaitFor(m => (int?)m["id"] == id && m["method"] is null);
    }

    public void Notify(string method, JObject? parameters = null)
    {
        var message = new JObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = parameters;
        }

        Send(message);
    }

    /// <summary>The next message (after those already taken) that matches, within 30 seconds.</summary>
    public JObject WaitFor(Func<JObject, bool> predicate)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (incoming.TryTake(out var message, TimeSpan.FromMilliseconds(200)))
            {
                seen.Add(message);
                if (predicate(message))
                {
                    return message;
                }
            }
        }

        throw new TimeoutException("no matching message from the language server; seen:\n" + string.Join("\n", seen.Select(m => m.ToString(Newtonsoft.Json.Formatting.None))));
    }

    /// <summary>The next publishDiagnostics for a file.</summary>
    public JArray Diagnostics(string path) =>
        (JArray)WaitFor(m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]?["uri"] == Uri(path))["params"]!["diagnostics"]!;

    public static string Uri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public bool WaitForExit(int milliseconds) => process.WaitForExit(milliseconds);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private void Send(JObject message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToString(Newtonsoft.Json.Formatting.None));
        var stream = process.StandardInput.BaseStream;
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        stream.Write(header);
        stream.Write(body);
        stream.Flush();
    }

    private void ReadLoop()
    {
        var stream = process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                int length = -1;
                string line;
                while ((line = ReadLine(stream)).Length > 0)
                {
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    {
                        length = int.Parse(line.Substring(15).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                if (length < 0)
                {
                    return;
                }

                var buffer = new byte[length];
                int read = 0;
                while (read < length)
                {
                    int n = stream.Read(buffer, read, length - read);
                    if (n <= 0)
                    {
                        return;
                    }

                    read += n;
                }

                incoming.Add(JObject.Parse(Encoding.UTF8.GetString(buffer)));
            }
        }
        catch (IOException)
        {
        }
    }

    private static string ReadLine(Stream stream)
    {
        var text = new StringBuilder();
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n')
        {
            text.Append((char)b);
        }

        if (b < 0 && text.Length == 0)
        {
            throw new IOException("end of stream");
        }

        return text.ToString().TrimEnd('\r');
    }
}
