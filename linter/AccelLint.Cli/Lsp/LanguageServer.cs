using System.Collections.Concurrent;
using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Text;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Lsp;

/// <summary>
/// <c>accellint lsp</c>: a language server over stdio for ARM and Bicep files. Open buffers are linted
/// as typed (over the files on disk), with the workspace's modules, parameters files and config.
/// The workspace is indexed once, in the background (<c>$/progress</c>): every deployment with the files
/// it read and its findings, and every file's parsed tree. A change re-evaluates only the deployments that include the changed file
/// (and the file itself); a run made stale by a newer change is cancelled and never published; every
/// publish for an open document carries the version it reflects.
/// Code actions: disable a rule for a line (Bicep <c>#disable-next-line</c>, ARM comment), set
/// <c>enableAcceleratedNetworking</c> to false where the size does not support it, and change a size
/// (or an AC region) written as a literal to the one the finding suggests.
/// </summary>
internal sealed class LanguageServer
{
    /// <summary>Changes that arrive within this quiet time are evaluated together.</summary>
    private const int DebounceMilliseconds = 20;

    private readonly JsonRpcStream rpc;
    private readonly BlockingCollection<JObject?> inbox = new();
    private readonly Dictionary<string, TextDocument> documents = new(StringComparer.Ordinal);
    private readonly List<string> roots = new();

    /// <summary>The workspace as last evaluated: each deployment (plan order) and the findings of no deployment.</summary>
    private readonly List<DeploymentFindings> deployments = new();
    private readonly List<Finding> loose = new();

    /// <summary>The workspace's parsed trees: a run parses again only the files whose text changed.</summary>
    private readonly ParseCache trees = new();

    /// <summary>What each file's last publish said (rendered), so that unchanged files are not sent again.</summary>
    private readonly Dictionary<string, string> published = new(StringComparer.Ordinal);

    /// <summary>Files changed since the state was evaluated, waiting for a run.</summary>
    private readonly HashSet<string> pending = new(StringComparer.Ordinal);
    private bool indexed;
    private bool indexRequested;
    private bool progressSupported;
    private int changes;
    private LintRun? running;
    private bool shutdownRequested;

    public LanguageServer(Stream input, Stream output) => rpc = new JsonRpcStream(input, output);

    /// <summary>A lint in the background: the whole workspace (<see cref="Full"/>) or the deployments that include <see cref="Files"/>.</summary>
    private sealed class LintRun
    {
        public required bool Full { get; init; }

        public required HashSet<string> Files { get; init; }

        /// <summary>The count of changes seen when the run began: a later change makes it stale.</summary>
        public required int Changes { get; init; }

        /// <summary>The open documents' versions the run read.</summary>
        public required Dictionary<string, int> Versions { get; init; }

        public required List<DeploymentFindings> Replaced { get; init; }

        public CancellationTokenSource Cancel { get; } = new();

        public LintResult? Result { get; set; }

        public bool Failed { get; set; }

        public long Milliseconds { get; set; }
    }

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
            // Changes that arrive together are evaluated once: a run starts when the inbox has been quiet briefly.
            bool waiting = running is null && (indexRequested || (indexed && pending.Count > 0));
            if (!inbox.TryTake(out var message, waiting ? DebounceMilliseconds : Timeout.Infinite))
            {
                StartRun();
                continue;
            }

            if (message is null)
            {
                running?.Cancel.Cancel();
                return shutdownRequested ? 0 : 1;
            }

            if (message.ContainsKey(RunDone))
            {
                Finish();
                continue;
            }

            string? method = (string?)message["method"];
            var id = message["id"];
            if (method is null)
            {
                // A response to a request of ours (window/workDoneProgress/create): nothing to do.
                continue;
            }

            try
            {
                if (method == "exit")
                {
                    running?.Cancel.Cancel();
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

    private const string RunDone = "accellint/runDone";

    private JToken? Handle(string method, JObject? parameters)
    {
        switch (method)
        {
            case "initialize":
                ReadRoots(parameters);
                progressSupported = (bool?)parameters?["capabilities"]?["window"]?["workDoneProgress"] == true;
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
                indexRequested = true;
                return null;
            case "shutdown":
                shutdownRequested = true;
                return JValue.CreateNull();
            case "textDocument/didOpen":
                {
                    var document = parameters?["textDocument"];
                    string path = PathOf(document?["uri"]);
                    documents[path] = new TextDocument((string?)document?["text"] ?? string.Empty, (int?)document?["version"] ?? 0);
                    Changed(path);
                    return null;
                }

            case "textDocument/didChange":
                {
                    var document = parameters?["textDocument"];
                    string path = PathOf(document?["uri"]);
                    if (documents.TryGetValue(path, out var open) && parameters?["contentChanges"] is JArray changes)
                    {
                        open.Apply(changes, (int?)document?["version"] ?? open.Version + 1);
                        Changed(path);
                    }

                    return null;
                }

            case "textDocument/didClose":
                {
                    // The file is what the disk holds again.
                    string path = PathOf(parameters?["textDocument"]?["uri"]);
                    documents.Remove(path);
                    Changed(path);
                    return null;
                }

            case "textDocument/didSave":
                Changed(PathOf(parameters?["textDocument"]?["uri"]));
                return null;
            case "workspace/didChangeWatchedFiles":
            case "workspace/didChangeConfiguration":
                // Files created or deleted, config or catalog changed: the workspace is indexed again.
                changes++;
                running?.Cancel.Cancel();
                indexRequested = true;
                return null;
            case "textDocument/codeAction":
                return CodeActions.For(parameters, path => documents.TryGetValue(path, out var open) ? open.Text : TryRead(path));
            default:
                return null;
        }
    }

    /// <summary>A file changed: it waits for the next run, and a run in flight that it makes stale is cancelled.</summary>
    private void Changed(string path)
    {
        changes++;
        pending.Add(path);
        if (!indexed && running is null)
        {
            // A client that never sends 'initialized' still gets its workspace indexed.
            indexRequested = true;
        }

        if (running is { Full: false } run)
        {
            run.Cancel.Cancel();
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

    /// <summary>
    /// Starts a run on a worker: the whole workspace when it is not indexed yet (or must be again), else
    /// the changed files and every file of the deployments that include them. The worker reads the
    /// buffers as they are now (a snapshot); the result comes back through the inbox.
    /// </summary>
    private void StartRun()
    {
        bool full = indexRequested;
        var files = new HashSet<string>(pending, StringComparer.Ordinal);
        if (full)
        {
            indexRequested = false;
        }
        else if (files.Count == 0)
        {
            return;
        }

        pending.Clear();
        var replaced = full ? new List<DeploymentFindings>(deployments) : deployments.Where(d => Includes(d, files)).ToList();
        var snapshot = documents.ToDictionary(d => d.Key, d => d.Value.Text, StringComparer.Ordinal);
        var run = new LintRun
        {
            Full = full,
            Files = files,
            Changes = changes,
            Versions = documents.ToDictionary(d => d.Key, d => d.Value.Version, StringComparer.Ordinal),
            Replaced = replaced,
        };
        running = run;

        var fileSystem = new OverlayFileSystem(path => snapshot.TryGetValue(path, out var text) ? text : null);
        List<string> paths;
        if (full)
        {
            paths = roots.Concat(snapshot.Keys).ToList();
        }
        else
        {
            // The changed files, and what the affected deployments were built from: their entries and
            // parameters files, and the Bicep files and ARM templates they read (so that a module no
            // longer called, or a template no longer linked, is evaluated on its own as a full lint would).
            paths = files.Concat(replaced.SelectMany(d => d.Files).Where(p => IsDeploymentSource(p, fileSystem))).Concat(files.SelectMany(TemplatesBeside)).Distinct(StringComparer.Ordinal).ToList();

            // Every deployment planned from a file linted again is replaced by what this run plans from it.
            var relinted = new HashSet<string>(paths, StringComparer.Ordinal);
            replaced.AddRange(deployments.Where(d => !replaced.Contains(d) && (relinted.Contains(d.Entry) || (d.Parameters is { } p && relinted.Contains(p)))));
        }

        var linted = paths.Where(p => fileSystem.FileExists(p) || Directory.Exists(p)).Distinct(StringComparer.Ordinal).ToList();
        var workspaceRoots = WorkspaceRoots(linted);
        var token = run.Cancel.Token;
        Action<int, int>? progress = full && progressSupported ? StartProgress() : null;
        ThreadPool.QueueUserWorkItem(_ =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                run.Result = linted.Count == 0
                    ? new LintResult(Array.Empty<Finding>(), 0) { Deployments = Array.Empty<DeploymentFindings>(), Loose = Array.Empty<Finding>() }
                    : LintEngine.Lint(new LintOptions
                    {
                        Paths = linted,
                        FileSystem = fileSystem,
                        WorkspaceRoots = workspaceRoots,
                        TrackDeployments = true,
                        ReleaseSourceText = true,
                        Cancellation = token,
                        ParseCache = trees,
                        Progress = progress,
                    });
            }
            catch (Exception e) when (e is LintUsageException or OperationCanceledException || (e is AggregateException a && a.InnerExceptions.All(i => i is OperationCanceledException)))
            {
                run.Result = null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A defect of ours must not end the session: the run is dropped, not retried.
                run.Result = null;
                run.Failed = true;
            }
            finally
            {
                run.Milliseconds = watch.ElapsedMilliseconds;
                inbox.Add(new JObject { [RunDone] = true });
            }
        });
    }

    /// <summary>For <c>base.parameters.json</c>, the <c>base.json</c> and <c>base.bicep</c> it pairs with (a new parameters file changes their deployment).</summary>
    private static IEnumerable<string> TemplatesBeside(string path)
    {
        const string Suffix = ".parameters.json";
        if (path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            string stem = path.Substring(0, path.Length - Suffix.Length);
            yield return stem + ".json";
            yield return stem + ".bicep";
        }
    }

    private static bool Includes(DeploymentFindings deployment, HashSet<string> files) =>
        files.Contains(deployment.Entry) || (deployment.Parameters is { } p && files.Contains(p)) || deployment.Files.Any(files.Contains);

    /// <summary>A Bicep file, or a JSON file that names the ARM template schema: what a lint plans deployments from.</summary>
    private static bool IsDeploymentSource(string path, LintFileSystem fileSystem)
    {
        string extension = Path.GetExtension(path);
        if (extension.Equals(".bicep", StringComparison.OrdinalIgnoreCase) || extension.Equals(".bicepparam", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            return fileSystem.FileExists(path) && fileSystem.ReadAllText(path).Contains("deploymentTemplate.json", StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A run came back: unless a newer change made it stale, its deployments replace the ones it re-evaluated, and what changed is published.</summary>
    private void Finish()
    {
        var run = running;
        running = null;
        if (run is null)
        {
            return;
        }

        EndProgress(run);
        bool stale = run.Changes != changes;
        if (run.Failed)
        {
            indexed = indexed || run.Full;
            return;
        }

        if (run.Result is not { } result)
        {
            // Cancelled or refused: its files wait for the next run.
            if (run.Full)
            {
                indexRequested = indexRequested || !indexed;
            }

            pending.UnionWith(run.Files);
            return;
        }

        if (stale && !run.Full)
        {
            // Never published: a newer change has already queued a run that includes these files.
            pending.UnionWith(run.Files);
            return;
        }

        var touched = Apply(run, result);
        if (run.Full)
        {
            indexed = true;
        }

        var changedSince = stale ? new HashSet<string>(pending, StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
        PublishAll(run, changedSince, touched);

        // What was evaluated, for the editor's log, after what it published (tests read both).
        var evaluated = (result.Deployments ?? Array.Empty<DeploymentFindings>()).Select(d => d.Parameters is { } p ? $"{d.Entry} with {p}" : d.Entry).ToList();
        rpc.Write(new JObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "window/logMessage",
            ["params"] = new JObject
            {
                ["type"] = 4,
                ["message"] = $"accellint: {(run.Full ? "indexed" : "re-evaluated")} {evaluated.Count} of {deployments.Count} deployments in {run.Milliseconds} ms" + (run.Full ? string.Empty : ": " + string.Join(", ", evaluated)),
            },
        });
    }

    /// <summary>Merges a run into the state; returns the files whose findings it may have changed (null: any).</summary>
    private HashSet<string>? Apply(LintRun run, LintResult result)
    {
        if (run.Full)
        {
            deployments.Clear();
            loose.Clear();
        }

        var fresh = result.Deployments ?? Array.Empty<DeploymentFindings>();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var replaced = new HashSet<DeploymentFindings>(run.Replaced);
        var kept = new List<DeploymentFindings>();
        foreach (var deployment in deployments)
        {
            if (!replaced.Contains(deployment))
            {
                position[Key(deployment)] = kept.Count;
                kept.Add(deployment);
            }
            else
            {
                // Its place is kept for what replaces it: reports stay in the order a full lint gives.
                position[Key(deployment)] = kept.Count;
                kept.Add(deployment with { Findings = Array.Empty<Finding>(), Files = Array.Empty<string>() });
            }
        }

        foreach (var deployment in fresh)
        {
            if (position.TryGetValue(Key(deployment), out int at))
            {
                kept[at] = deployment;
            }
            else
            {
                position[Key(deployment)] = kept.Count;
                kept.Add(deployment);
            }
        }

        // Placeholders of deployments that no longer exist go.
        var produced = new HashSet<string>(fresh.Select(Key), StringComparer.Ordinal);
        kept.RemoveAll(d => replaced.Any(r => Key(r) == Key(d)) && !produced.Contains(Key(d)));
        deployments.Clear();
        deployments.AddRange(kept);

        // Findings of no deployment (syntax, config): those of the files this run linted are replaced.
        var lintedFiles = new HashSet<string>(run.Files, StringComparer.Ordinal);
        lintedFiles.UnionWith(run.Replaced.SelectMany(d => d.Files));
        var newLoose = result.Loose ?? Array.Empty<Finding>();
        var touched = new HashSet<string>(lintedFiles, StringComparer.Ordinal);
        touched.UnionWith(fresh.SelectMany(d => d.Files));
        foreach (var finding in run.Replaced.Concat(fresh).SelectMany(d => d.Findings).Concat(newLoose))
        {
            touched.Add(Path.GetFullPath(finding.Location.File.Path));
        }

        loose.RemoveAll(f =>
        {
            bool gone = lintedFiles.Contains(Path.GetFullPath(f.Location.File.Path)) || newLoose.Any(n => SameFinding(n, f));
            if (gone)
            {
                touched.Add(Path.GetFullPath(f.Location.File.Path));
            }

            return gone;
        });
        loose.AddRange(newLoose);
        return run.Full ? null : touched;
    }

    private static string Key(DeploymentFindings deployment) => deployment.Entry + "\n" + deployment.Parameters;

    private static bool SameFinding(Finding a, Finding b) =>
        a.RuleId == b.RuleId && a.Location.Span.Start == b.Location.Span.Start && a.Location.File.Path == b.Location.File.Path;

    /// <summary>
    /// The workspace's findings as a full lint orders them: the findings of no deployment, then each
    /// deployment's in plan order, one per rule and position, sorted by file, line, column and rule.
    /// </summary>
    private List<Finding> Merged()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var merged = new List<(Finding Finding, SourceLocation Location, int Index)>();
        foreach (var finding in loose.Concat(deployments.SelectMany(d => d.Findings)))
        {
            string key = finding.RuleId + "\n" + finding.Location.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n" + finding.Location.File.Path;
            if (seen.Add(key))
            {
                merged.Add((finding, finding.Resolve(), merged.Count));
            }
        }

        merged.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.Location.Path, b.Location.Path);
            c = c != 0 ? c : a.Location.Line.CompareTo(b.Location.Line);
            c = c != 0 ? c : a.Location.Column.CompareTo(b.Location.Column);
            c = c != 0 ? c : string.CompareOrdinal(a.Finding.RuleId, b.Finding.RuleId);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        return merged.Select(m => m.Finding).ToList();
    }

    /// <summary>
    /// Publishes every file whose diagnostics changed, and every open file the run read (with the
    /// version it read, even when nothing changed: the editor learns the diagnostics are current).
    /// Files changed since the run began are left to the run that follows.
    /// </summary>
    private void PublishAll(LintRun run, HashSet<string> changedSince, HashSet<string>? touched)
    {
        var byFile = Merged()
            .Where(f => !f.IsSuppressed && f.Level != DiagnosticLevel.None)
            .GroupBy(f => Path.GetFullPath(f.Location.File.Path), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        var files = new SortedSet<string>(byFile.Keys, StringComparer.Ordinal);
        files.UnionWith(published.Keys);
        files.UnionWith(run.Files.Where(documents.ContainsKey));
        foreach (var path in files)
        {
            if (changedSince.Contains(path) || (touched is not null && !touched.Contains(path) && !run.Files.Contains(path)))
            {
                continue;
            }

            var findings = byFile.TryGetValue(path, out var list) ? list : new List<Finding>();
            var diagnostics = Diagnostics(findings);
            string rendered = diagnostics.ToString(Newtonsoft.Json.Formatting.None);
            bool same = published.TryGetValue(path, out var before) && before == rendered;
            if (same && !run.Files.Contains(path))
            {
                continue;
            }

            if (findings.Count == 0 && !published.ContainsKey(path) && !run.Files.Contains(path))
            {
                continue;
            }

            int? version = run.Versions.TryGetValue(path, out int v) ? v : null;
            Publish(path, diagnostics, version);
            if (findings.Count == 0)
            {
                published.Remove(path);
            }
            else
            {
                published[path] = rendered;
            }
        }
    }

    private string? progressToken;
    private int progressShown;

    /// <summary>Announces the indexing (<c>window/workDoneProgress/create</c>, then <c>$/progress</c> begin); returns the reporter the engine calls as it reads files.</summary>
    private Action<int, int> StartProgress()
    {
        progressToken = "accellint-index-" + Environment.TickCount64.ToString(System.Globalization.CultureInfo.InvariantCulture);
        progressShown = 0;
        rpc.Write(new JObject { ["jsonrpc"] = "2.0", ["id"] = progressToken, ["method"] = "window/workDoneProgress/create", ["params"] = new JObject { ["token"] = progressToken } });
        string token = progressToken;
        Progress(token, new JObject { ["kind"] = "begin", ["title"] = "AccelLint: indexing the workspace", ["cancellable"] = false, ["percentage"] = 0 });
        return (done, all) =>
        {
            int percentage = all == 0 ? 100 : (int)(100L * done / all);
            int shown = Volatile.Read(ref progressShown);
            if (percentage >= shown + 10 && Interlocked.CompareExchange(ref progressShown, percentage, shown) == shown)
            {
                Progress(token, new JObject { ["kind"] = "report", ["message"] = $"{done}/{all} files", ["percentage"] = percentage });
            }
        };
    }

    private void EndProgress(LintRun run)
    {
        if (run.Full && progressToken is { } token)
        {
            Progress(token, new JObject { ["kind"] = "end", ["message"] = run.Result is null ? "stopped" : $"{run.Result.FileCount} files" });
            progressToken = null;
        }
    }

    private void Progress(string token, JObject value) =>
        rpc.Write(new JObject { ["jsonrpc"] = "2.0", ["method"] = "$/progress", ["params"] = new JObject { ["token"] = token, ["value"] = value } });

    private static JArray Diagnostics(List<Finding> findings)
    {
        return new JArray(findings.Select(f =>
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
    }

    /// <summary>One file's diagnostics, with the version of the open document they reflect.</summary>
    private void Publish(string path, JArray diagnostics, int? version)
    {
        var parameters = new JObject { ["uri"] = UriOf(path), ["diagnostics"] = diagnostics };
        if (version is { } v)
        {
            parameters["version"] = v;
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
