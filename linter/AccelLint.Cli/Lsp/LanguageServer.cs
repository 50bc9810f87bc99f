using System.Collections.Concurrent;
using AccelLint.Diagnostics;
using AccelLint.Engine;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Lsp;

/// <summary>
/// <c>accellint lsp</c>: a language server over stdio for ARM and Bicep files. Open buffers are linted
/// as typed (over the files on disk), with the workspace's modules, parameters files and config;
/// every change re-lints the workspace, so a change to a module re-publishes its callers' findings.
/// Code actions: disable a rule for a line (Bicep <c>#disable-next-line</c>, ARM comment), set
/// <c>enableAcceleratedNetworking</c> to false where the size does not support it, and change a size
/// (or an AC region) written as a literal to the one the finding suggests.
/// </summary>
internal sealed class LanguageServer
{
    private readonly JsonRpcStream rpc;
    private readonly BlockingCollection<JObject?> inbox = new();
    private readonly Dictionary<string, TextDocument> documents = new(StringComparer.Ordinal);
    private readonly HashSet<string> published = new(StringComparer.Ordinal);
    private readonly List<string> roots = new();
    private bool dirty;
    private bool shutdownRequested;

    public LanguageServer(Stream input, Stream output) => rpc = new JsonRpcStream(input, output);

    /// <summary>Serves until <c>exit</c>; returns the process exit code (0 after a <c>shutdown</c> request).</summary>
    public int Run()
    {
        var reader = new Thread(() =>
        {
            try
            {
                JObject? message;
                while ((message = rpc.Read()) is not null)
                {
                    inbox.Add(message);
                }
            }
            catch (Exception e) when (e is IOException or Newtonsoft.Json.JsonException or FormatException)
            {
            }

            inbox.Add(null);
        })
        { IsBackground = true, Name = "lsp-reader" };
        reader.Start();

        while (true)
        {
            // Changes that arrive together are linted once: lint when the inbox has been quiet briefly.
            if (!inbox.TryTake(out var message, dirty ? 80 : Timeout.Infinite))
            {
                LintAndPublish();
                continue;
            }

            if (message is null)
            {
                return shutdownRequested ? 0 : 1;
            }

            string? method = (string?)message["method"];
            var id = message["id"];
            try
            {
                if (method == "exit")
                {
                    return shutdownRequested ? 0 : 1;
                }

                var result = Handle(method, message["params"] as JObject);
                if (id is not null)
                {
                    Respond(id, result);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                if (id is not null)
                {
                    rpc.Write(new JObject { ["jsonrpc"] = "2.0", ["id"] = id, ["error"] = new JObject { ["code"] = -32603, ["message"] = e.Message } });
                }
            }
        }
    }

    private JToken? Handle(string? method, JObject? parameters)
    {
        switch (method)
        {
            case "initialize":
                ReadRoots(parameters);
                return new JObject
                {
                    ["capabilities"] = new JObject
                    {
                        ["textDocumentSync"] = new JObject { ["openClose"] = true, ["change"] = 2, ["save"] = new JObject { ["includeText"] = false } },
                        ["codeActionProvider"] = new JObject { ["codeActionKinds"] = new JArray("quickfix") },
                    },
                    ["serverInfo"] = new JObject { ["name"] = "accellint", ["version"] = Program.Version },
                };
            case "initialized":
                dirty = true;
                return null;
            case "shutdown":
                shutdownRequested = true;
                return JValue.CreateNull();
            case "textDocument/didOpen":
                {
                    var document = parameters?["textDocument"];
                    documents[PathOf(document?["uri"])] = new TextDocument((string?)document?["text"] ?? string.Empty, (int?)document?["version"] ?? 0);
                    dirty = true;
                    return null;
                }

            case "textDocument/didChange":
                {
                    var document = parameters?["textDocument"];
                    if (documents.TryGetValue(PathOf(document?["uri"]), out var open) && parameters?["contentChanges"] is JArray changes)
                    {
                        open.Apply(changes, (int?)document?["version"] ?? open.Version + 1);
                        dirty = true;
                    }

                    return null;
                }

            case "textDocument/didClose":
                documents.Remove(PathOf(parameters?["textDocument"]?["uri"]));
                dirty = true;
                return null;
            case "textDocument/didSave":
            case "workspace/didChangeWatchedFiles":
            case "workspace/didChangeConfiguration":
                dirty = true;
                return null;
            case "textDocument/codeAction":
                return CodeActions.For(parameters, path => documents.TryGetValue(path, out var open) ? open.Text : TryRead(path));
            default:
                return null;
        }
    }

    private void Respond(JToken id, JToken? result) =>
        rpc.Write(new JObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = result ?? JValue.CreateNull() });

    private void ReadRoots(JObject? parameters)
    {
        if (parameters?["workspaceFolders"] is JArray folders)
        {
            roots.AddRange(folders.Select(f => PathOf(f["uri"])).Where(Directory.Exists));
        }

        if (roots.Count == 0 && parameters?["rootUri"] is JValue { Type: JTokenType.String } rootUri && PathOf(rootUri) is { } root && Directory.Exists(root))
        {
            roots.Add(root);
        }
    }

    /// <summary>
    /// The client's workspace folders (SPEC §10), and for a file opened outside them the workspace found
    /// above it, as the command line would; null without folders (found above the linted paths).
    /// </summary>
    private IReadOnlyList<string>? WorkspaceRoots(IReadOnlyList<string> linted)
    {
        if (roots.Count == 0)
        {
            return null;
        }

        var result = new List<string>(roots);
        foreach (var path in linted.Where(p => !roots.Exists(r => WorkspaceBoundary.IsUnder(Path.GetFullPath(p), Path.GetFullPath(r)))))
        {
            result.Add(WorkspaceBoundary.FindRoot(new[] { path }, null, Path.GetDirectoryName(path) ?? path));
        }

        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    private void LintAndPublish()
    {
        dirty = false;
        var paths = roots.Concat(documents.Keys).ToList();
        if (paths.Count == 0)
        {
            return;
        }

        LintResult result;
        try
        {
            var fileSystem = new OverlayFileSystem(path => documents.TryGetValue(path, out var open) ? open.Text : null);
            var linted = paths.Where(fileSystem.FileExists).Concat(roots).Distinct().ToList();
            result = LintEngine.Lint(new LintOptions { Paths = linted, FileSystem = fileSystem, WorkspaceRoots = WorkspaceRoots(linted) });
        }
        catch (LintUsageException)
        {
            return;
        }

        var byFile = result.Findings
            .Where(f => !f.IsSuppressed && f.Level != DiagnosticLevel.None)
            .GroupBy(f => Path.GetFullPath(f.Location.File.Path), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        foreach (var stale in published.Where(p => !byFile.ContainsKey(p)).ToList())
        {
            Publish(stale, new List<Finding>());
            published.Remove(stale);
        }

        foreach (var (path, findings) in byFile)
        {
            Publish(path, findings);
            published.Add(path);
        }
    }

    private void Publish(string path, List<Finding> findings)
    {
        var diagnostics = new JArray(findings.Select(f =>
        {
            var location = f.Resolve();
            var diagnostic = new JObject
            {
                ["range"] = Range(location.Line, location.Column, location.EndLine, location.EndColumn),
                ["severity"] = f.Level switch { DiagnosticLevel.Error => 1, DiagnosticLevel.Warning => 2, _ => 3 },
                ["code"] = f.RuleId,
                ["codeDescription"] = new JObject { ["href"] = f.Rule.HelpUri },
                ["source"] = "accellint",
                ["message"] = f.Message,
            };
            if (f.Related.Count > 0)
            {
                diagnostic["relatedInformation"] = new JArray(f.Related.Select(r =>
                {
                    var related = r.Source.ToLocation();
                    return new JObject
                    {
                        ["location"] = new JObject { ["uri"] = UriOf(related.Path), ["range"] = Range(related.Line, related.Column, related.EndLine, related.EndColumn) },
                        ["message"] = r.Message,
                    };
                }));
            }

            if (f.Suggestion is { WrittenAt: { } at } suggestion)
            {
                // Travels back in the code action request, so the quick fix needs no re-lint.
                var written = at.ToLocation();
                diagnostic["data"] = new JObject
                {
                    ["suggestion"] = new JObject
                    {
                        ["property"] = suggestion.Property,
                        ["current"] = suggestion.Current,
                        ["replacement"] = suggestion.Replacement,
                        ["uri"] = UriOf(written.Path),
                        ["line"] = written.Line - 1,
                        ["character"] = written.Column - 1,
                    },
                };
            }

            return diagnostic;
        }));
        var parameters = new JObject { ["uri"] = UriOf(path), ["diagnostics"] = diagnostics };
        if (documents.TryGetValue(path, out var open))
        {
            parameters["version"] = open.Version;
        }

        rpc.Write(new JObject { ["jsonrpc"] = "2.0", ["method"] = "textDocument/publishDiagnostics", ["params"] = parameters });
    }

    private static JObject Range(int line, int column, int endLine, int endColumn) => new()
    {
        ["start"] = new JObject { ["line"] = line - 1, ["character"] = column - 1 },
        ["end"] = new JObject { ["line"] = endLine - 1, ["character"] = endColumn - 1 },
    };

    public static string PathOf(JToken? uri)
    {
        string text = (string?)uri ?? string.Empty;
        return Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : text;
    }

    public static string UriOf(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
