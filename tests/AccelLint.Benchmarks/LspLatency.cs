using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Newtonsoft.Json.Linq;

namespace AccelLint.Benchmarks;

/// <summary>
/// SPEC.md §9 editor: a scripted LSP client on a copy of the corpus (the workspace folder) starts
/// <c>accellint lsp</c>, opens a few ARM and Bicep files, then edits them one after another as a user
/// types, and measures each edit from <c>didChange</c> to the <c>publishDiagnostics</c> that carries the
/// edit's version (debounce included). Goal: p95 at most 150 ms.
/// </summary>
internal static class LspLatency
{
    public static void Run(int edits)
    {
        string workspace = CopyCorpus();
        string cli = Path.Combine(AppContext.BaseDirectory, "accellint.dll");
        using var client = new Client(cli);
        var open = Stopwatch.StartNew();
        client.Request("initialize", new JObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = new Uri(workspace).AbsoluteUri,
            ["workspaceFolders"] = new JArray(new JObject { ["uri"] = new Uri(workspace).AbsoluteUri, ["name"] = "corpus" }),
            ["capabilities"] = new JObject { ["window"] = new JObject { ["workDoneProgress"] = true } },
        });
        client.Notify("initialized", new JObject());

        var targets = Targets(workspace);
        var versions = new Dictionary<string, int>();
        var texts = new Dictionary<string, string>();
        var firstOpen = TimeSpan.Zero;
        foreach (var path in targets)
        {
            string uri = new Uri(path).AbsoluteUri;
            texts[uri] = File.ReadAllText(path);
            versions[uri] = 1;
            client.Notify("textDocument/didOpen", new JObject
            {
                ["textDocument"] = new JObject { ["uri"] = uri, ["languageId"] = path.EndsWith(".bicep", StringComparison.Ordinal) ? "bicep" : "json", ["version"] = 1, ["text"] = texts[uri] },
            });
            client.WaitForPublish(uri, 1, TimeSpan.FromSeconds(120));
            if (firstOpen == TimeSpan.Zero)
            {
                firstOpen = open.Elapsed;
            }
        }

        var uris = versions.Keys.ToList();
        var latencies = new List<double>();
        for (int i = 0; i < edits; i++)
        {
            string uri = uris[i % uris.Count];
            int version = ++versions[uri];

            // A blank line added or taken away at the end: a change the server must re-lint and re-publish.
            string text = version % 2 == 0 ? texts[uri] + "\n" : texts[uri];
            var watch = Stopwatch.StartNew();
            client.Notify("textDocument/didChange", new JObject
            {
                ["textDocument"] = new JObject { ["uri"] = uri, ["version"] = version },
                ["contentChanges"] = new JArray(new JObject { ["text"] = text }),
            });
            client.WaitForPublish(uri, version, TimeSpan.FromSeconds(60));
            latencies.Add(watch.Elapsed.TotalMilliseconds);
            Thread.Sleep(30);
        }

        // Each file was edited an even number of times: the buffers hold the disk's text again. The run's
        // log line follows all it published; then the server's view should be the command line's.
        client.WaitForLog(TimeSpan.FromSeconds(60));
        var (same, lspCount, cliCount, example) = CompareWithCommandLine(client, cli, workspace);

        client.Request("shutdown", null);
        client.Notify("exit", null);
        latencies.Sort();
        Console.WriteLine();
        Console.WriteLine($"LSP edit latency ({edits} edits on {uris.Count} open files, {Directory.EnumerateFiles(workspace, "*", SearchOption.AllDirectories).Count()}-file corpus workspace):");
        Console.WriteLine($"  first open to its publish: {firstOpen.TotalMilliseconds:F0} ms");
        Console.WriteLine($"  didChange to the publish reflecting it: p50 {Percentile(latencies, 0.50):F0} ms, p95 {Percentile(latencies, 0.95):F0} ms [p95 <= 150 ms]");
        Console.WriteLine(same
            ? $"  findings: the language server's equal the command line's ({lspCount} unsuppressed findings)"
            : $"  findings: DIFFERENT from the command line's ({lspCount} vs {cliCount}; first difference: {example})");
    }

    /// <summary>The server's last diagnostics per file against <c>accellint lint . --format json</c> on the same folder.</summary>
    private static (bool Same, int LspCount, int CliCount, string Example) CompareWithCommandLine(Client client, string cli, string workspace)
    {
        var lsp = client.Latest
            .SelectMany(p => p.Value.Select(d =>
                $"{Path.GetRelativePath(workspace, new Uri(p.Key).LocalPath)}({(int)d["range"]!["start"]!["line"]! + 1},{(int)d["range"]!["start"]!["character"]! + 1}) {d["code"]} {d["message"]}"))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
        string report = Path.Combine(Path.GetTempPath(), "accellint-lsp-cli.json");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workspace, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { cli, "lint", ".", "--format", "json", "--fail-level", "none", "--output", report })
        {
            start.ArgumentList.Add(argument);
        }

        using (var process = Process.Start(start)!)
        {
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
        }

        var cliFindings = JArray.Parse(File.ReadAllText(report))
            .Where(f => !(bool)f["suppressed"]!)
            .Select(f => $"{f["file"]}({f["line"]},{f["column"]}) {f["ruleId"]} {f["message"]}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
        string example = lsp.Except(cliFindings).Concat(cliFindings.Except(lsp)).FirstOrDefault() ?? string.Empty;
        return (lsp.SequenceEqual(cliFindings), lsp.Count, cliFindings.Count, example);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>A fresh copy of the corpus with a <c>.git</c> folder (the workspace root).</summary>
    private static string CopyCorpus()
    {
        string source = Corpus.Folder();
        string target = Path.Combine(Path.GetTempPath(), "accellint-lsp-corpus");
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        Directory.CreateDirectory(Path.Combine(target, ".git"));
        return target;
    }

    /// <summary>Files a user would edit: two ARM templates with VMs, a Bicep file calling a module, a Bicep file with a VM.</summary>
    private static List<string> Targets(string workspace)
    {
        var files = Directory.EnumerateFiles(workspace, "*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var result = new List<string>();
        result.AddRange(files.Where(p => p.EndsWith("azuredeploy.json", StringComparison.Ordinal) && File.ReadAllText(p).Contains("Microsoft.Compute/virtualMachines", StringComparison.Ordinal)).Take(2));
        result.AddRange(files.Where(p => p.EndsWith("main.bicep", StringComparison.Ordinal) && File.ReadAllText(p).Contains("module ", StringComparison.Ordinal)).Take(1));
        result.AddRange(files.Where(p => p.EndsWith(".bicep", StringComparison.Ordinal) && File.ReadAllText(p).Contains("Microsoft.Compute/virtualMachines@", StringComparison.Ordinal)).Take(1));
        return result.Distinct().ToList();
    }

    private sealed class Client : IDisposable
    {
        private readonly Process process;
        private readonly BlockingCollection<JObject> inbox = new();
        private int nextId;

        /// <summary>ACCELLINT_LSP_TRACE=1: print the server's log lines (what each run evaluated, and how long it took).</summary>
        private static bool Trace => Environment.GetEnvironmentVariable("ACCELLINT_LSP_TRACE") == "1";

        /// <summary>The last diagnostics published for each file uri.</summary>
        public ConcurrentDictionary<string, JArray> Latest { get; } = new(StringComparer.Ordinal);

        public Client(string cli)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(cli);
            start.ArgumentList.Add("lsp");
            process = Process.Start(start)!;
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            new Thread(ReadLoop) { IsBackground = true }.Start();
        }

        public JObject Request(string method, JObject? parameters)
        {
            int id = ++nextId;
            Send(new JObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
            return Wait(m => (int?)m["id"] == id && m["method"] is null, TimeSpan.FromSeconds(120));
        }

        public void Notify(string method, JObject? parameters) =>
            Send(new JObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

        public void WaitForPublish(string uri, int version, TimeSpan timeout) =>
            Wait(m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]?["uri"] == uri && (int?)m["params"]?["version"] == version, timeout);

        public void WaitForLog(TimeSpan timeout) =>
            Wait(m => (string?)m["method"] == "window/logMessage", timeout);

        public void Dispose()
        {
            if (!process.WaitForExit(5000))
            {
                process.Kill();
            }

            process.Dispose();
        }

        private JObject Wait(Func<JObject, bool> match, TimeSpan timeout)
        {
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < timeout)
            {
                if (!inbox.TryTake(out var message, TimeSpan.FromMilliseconds(100)))
                {
                    continue;
                }

                if (message["method"] is not null && message["id"] is not null)
                {
                    // A request from the server (window/workDoneProgress/create): answered at once.
                    Send(new JObject { ["jsonrpc"] = "2.0", ["id"] = message["id"], ["result"] = null });
                    continue;
                }

                if (Trace && (string?)message["method"] == "window/logMessage")
                {
                    Console.WriteLine("  server: " + (string?)message["params"]?["message"]);
                }

                if (match(message))
                {
                    return message;
                }
            }

            throw new TimeoutException("the language server did not answer in time");
        }

        private void Send(JObject message)
        {
            byte[] body = Encoding.UTF8.GetBytes(message.ToString(Newtonsoft.Json.Formatting.None));
            var stdin = process.StandardInput.BaseStream;
            stdin.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            stdin.Write(body);
            stdin.Flush();
        }

        private void ReadLoop()
        {
            var stdout = process.StandardOutput.BaseStream;
            try
            {
                while (true)
                {
                    int length = -1;
                    var header = new StringBuilder();
                    while (true)
                    {
                        int b = stdout.ReadByte();
                        if (b < 0)
                        {
                            return;
                        }

                        header.Append((char)b);
                        if (header.Length >= 4 && header.ToString(header.Length - 4, 4) == "\r\n\r\n")
                        {
                            break;
                        }
                    }

                    foreach (var line in header.ToString().Split("\r\n"))
                    {
                        if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                        {
                            length = int.Parse(line.AsSpan(15).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                        }
                    }

                    var body = new byte[length];
                    int read = 0;
                    while (read < length)
                    {
                        int n = stdout.Read(body, read, length - read);
                        if (n <= 0)
                        {
                            return;
                        }

                        read += n;
                    }

                    var message = JObject.Parse(Encoding.UTF8.GetString(body));
                    if ((string?)message["method"] == "textDocument/publishDiagnostics")
                    {
                        Latest[(string)message["params"]!["uri"]!] = (JArray)message["params"]!["diagnostics"]!;
                    }

                    inbox.Add(message);
                }
            }
            catch (IOException)
            {
            }
        }
    }
}
