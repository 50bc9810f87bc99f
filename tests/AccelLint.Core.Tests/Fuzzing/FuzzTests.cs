using System.Diagnostics;
using System.Text;
using AccelLint.Engine;
using Xunit.Abstractions;

namespace AccelLint.Core.Tests.Fuzzing;

/// <summary>
/// Mutates corpus files (truncation, deleted, duplicated and swapped spans, random bytes, invalid
/// UTF-8, and paths an attacker writes: climbing out, absolute, through links that lead out, into
/// .git) with a fixed seed and lints each: no exception escapes, no internal failure is reported,
/// every file finishes within a time bound, every position stays inside its file, and no file
/// outside the workspace is opened or quoted. The budget is
/// 15 seconds; ACCELLINT_FUZZ_SECONDS raises it (ACCELLINT_FUZZ_SEED changes the seed, and
/// ACCELLINT_FUZZ_KEEP names a folder where each input is written before it is linted).
/// </summary>
public class FuzzTests
{
    private static readonly TimeSpan PerFile = TimeSpan.FromSeconds(5);
    private readonly ITestOutputHelper output;

    public FuzzTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task Mutated_corpus_files_never_crash_hang_or_point_outside_the_file()
    {
        if (CorpusTests.CorpusFolder() is not { } corpus)
        {
            return;
        }

        int seconds = int.TryParse(Environment.GetEnvironmentVariable("ACCELLINT_FUZZ_SECONDS"), out int s) ? s : 15;
        int seed = int.TryParse(Environment.GetEnvironmentVariable("ACCELLINT_FUZZ_SEED"), out int given) ? given : 20261122;
        var random = new Random(seed);
        string? keep = Environment.GetEnvironmentVariable("ACCELLINT_FUZZ_KEEP");
        var files = Directory.EnumerateFiles(corpus, "*.*", SearchOption.AllDirectories)
            .Where(FileDiscovery.IsLintable)
            .Where(f => new FileInfo(f).Length < 200_000)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

        // The inputs live in a repository on disk whose links lead out: path mutations aim at them.
        string workspace = Path.Combine(Path.GetTempPath(), "accellint-fuzz-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(Path.Combine(workspace, ".git"));
        CreateLink(Path.Combine(workspace, "passwd.bicep"), "/etc/passwd", directory: false);
        CreateLink(Path.Combine(workspace, "up"), "/", directory: true);
        CreateLink(Path.Combine(workspace, "loop"), workspace, directory: true);
        string workspaceReal = WorkspaceBoundary.RealPath(workspace);

        var clock = Stopwatch.StartNew();
        int inputs = 0;
        int refused = 0;
        var failures = new List<string>();
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds) && failures.Count < 5)
        {
            string source = files[random.Next(files.Count)];
            var (kind, text) = Mutate(File.ReadAllBytes(source), random);
            string path = Path.Combine(workspace, "input" + Path.GetExtension(source));
            var memory = new InMemoryFileSystem();
            memory.Add(path, text);
            var fileSystem = new Workspace.RecordingFileSystem(new LayeredFileSystem(memory, LintFileSystem.Disk));
            inputs++;
            if (keep is not null)
            {
                // A crash that takes the process down (a stack overflow) leaves this input behind to replay.
                File.WriteAllText(Path.Combine(keep, "last-input" + Path.GetExtension(source)), text);
                File.WriteAllText(Path.Combine(keep, "last-input.txt"), $"#{inputs} of {source}\n");
            }

            var run = Task.Run(() => LintEngine.Lint(new LintOptions { Paths = new[] { path }, FileSystem = fileSystem }));
            string label = $"#{inputs} {kind} of {Path.GetRelativePath(corpus, source)}";
            LintResult result;
            try
            {
                result = await run.WaitAsync(PerFile);
            }
            catch (TimeoutException)
            {
                failures.Add($"{label}: did not finish within {PerFile.TotalSeconds} s");
                continue;
            }
#pragma warning disable CA1031 // Any exception is the finding here.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Add($"{label}: {e}");
                continue;
            }

            refused += result.Findings.Count(f => f.Message.Contains("was not read", StringComparison.Ordinal) || f.Message.Contains("did not read", StringComparison.Ordinal));
            foreach (var opened in fileSystem.Paths)
            {
                string real = WorkspaceBoundary.RealPath(opened);
                if (!WorkspaceBoundary.IsUnder(real, workspaceReal) && !(real.Contains(Path.DirectorySeparatorChar + ".bicep" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && Path.GetFileName(real) == "main.json"))
                {
                    failures.Add($"{label}: opened '{opened}' ('{real}'), outside the workspace");
                }
            }

            foreach (var finding in result.Findings)
            {
                var location = finding.Resolve();
                if (finding.Message.Contains("root:x:0", StringComparison.Ordinal))
                {
                    failures.Add($"{label}: a message quotes /etc/passwd: {finding.Message}");
                }

                if (finding.Message.Contains("could not evaluate", StringComparison.Ordinal))
                {
                    failures.Add($"{label}: internal failure: {finding.Message}");
                }

                if (finding.Location.Span.Start < 0 || finding.Location.Span.End > finding.Location.File.Text.Length
                    || location.Line < 1 || location.Line > finding.Location.File.LineStarts.Length)
                {
                    failures.Add($"{label}: {finding.RuleId} at {finding.Location.Span} outside the file ({finding.Location.File.Text.Length} chars)");
                }
            }
        }

        output.WriteLine($"fuzz: {inputs} mutated inputs in {clock.Elapsed.TotalSeconds:F1} s (seed {seed}); {refused} references refused as outside the workspace");
        Assert.True(inputs > 20, $"only {inputs} inputs were tried");
        Assert.True(refused > 0 || inputs < 200, "the path mutations never named a file outside the workspace");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static void CreateLink(string path, string target, bool directory)
    {
        if (File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            return;
        }

        try
        {
            _ = directory ? Directory.CreateSymbolicLink(path, target) : (FileSystemInfo)File.CreateSymbolicLink(path, target);
        }
        catch (IOException)
        {
            // A file system without links: the path mutations still run.
        }
    }

    /// <summary>Paths an attacker writes: climbing out, absolute, through links that lead out, into .git, odd schemes.</summary>
    private static readonly string[] HostilePaths =
    {
        "../../../../../../../../etc/passwd", "/etc/passwd", "/etc/hostname", "..\\..\\..\\etc\\passwd", "passwd.bicep",
        "up/etc/passwd", "up/etc/hostname", "loop/loop/loop/passwd.bicep", ".git/config", "./.git/../../../etc/passwd",
        "file:///etc/passwd", "br:../../../etc/x:1", "br/public:../../../../etc/passwd:1", "ts:../../etc/x:1", "", ".", "..", "/",
        "~/.ssh/id_rsa", "%2e%2e/%2e%2e/etc/passwd", "up/proc/self/environ",
    };

    private static (string Kind, string Text) Mutate(byte[] bytes, Random random)
    {
        if (random.Next(9) < 2)
        {
            return MutatePath(Encoding.UTF8.GetString(bytes), random);
        }

        var data = new List<byte>(bytes);
        int Pick() => data.Count == 0 ? 0 : random.Next(data.Count);
        int Length() => 1 + random.Next(Math.Max(1, Math.Min(40, data.Count / 4 + 1)));
        string kind;
        switch (random.Next(7))
        {
            case 0:
                {
                    kind = "truncation";
                    int cut = Pick();
                    data.RemoveRange(cut, data.Count - cut);
                    break;
                }

            case 1:
                {
                    kind = "deletion";
                    int start = Pick();
                    data.RemoveRange(start, Math.Min(Length(), data.Count - start));
                    break;
                }

            case 2:
                {
                    kind = "duplication";
                    int start = Pick();
                    var copy = data.Skip(start).Take(Length()).ToList();
                    data.InsertRange(Pick(), copy);
                    break;
                }

            case 3:
                {
                    kind = "swap";
                    int a = Pick(), b = Pick();
                    if (a > b)
                    {
                        (a, b) = (b, a);
                    }

                    int la = Math.Min(Length(), b - a), lb = Math.Min(Length(), data.Count - b);
                    var first = data.Skip(a).Take(la).ToList();
                    var second = data.Skip(b).Take(lb).ToList();
                    data.RemoveRange(b, lb);
                    data.InsertRange(b, first);
                    data.RemoveRange(a, la);
                    data.InsertRange(a, second);
                    break;
                }

            case 4:
                {
                    kind = "syntax bytes";
                    byte[] alphabet = Encoding.ASCII.GetBytes("{}[]()'\":,.?!=<>|&$#@/\\*\n\r\t ");
                    for (int i = random.Next(1, 8); i > 0; i--)
                    {
                        data.Insert(Pick(), alphabet[random.Next(alphabet.Length)]);
                    }

                    break;
                }

            case 5:
                {
                    kind = "random bytes";
                    var noise = new byte[random.Next(1, 16)];
                    random.NextBytes(noise);
                    data.InsertRange(Pick(), noise);
                    break;
                }

            default:
                {
                    kind = "invalid UTF-8";
                    data.InsertRange(Pick(), new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0xE2, 0x82 });
                    break;
                }
        }

        // As File.ReadAllText would decode it: invalid sequences become replacement characters.
        return (kind, Encoding.UTF8.GetString(data.ToArray()));
    }

    /// <summary>A string literal replaced by a hostile path, or a statement that names one added.</summary>
    private static (string Kind, string Text) MutatePath(string text, Random random)
    {
        string hostile = HostilePaths[random.Next(HostilePaths.Length)];
        if (random.Next(2) == 0)
        {
            var literals = System.Text.RegularExpressions.Regex.Matches(text, "'[^'\\n]{0,80}'|\"[^\"\\n]{0,80}\"");
            if (literals.Count > 0)
            {
                var literal = literals[random.Next(literals.Count)];
                char quote = literal.Value[0];
                return ("path literal", text.Substring(0, literal.Index) + quote + hostile + quote + text.Substring(literal.Index + literal.Length));
            }
        }

        string statement = random.Next(5) switch
        {
            0 => $"\nmodule fuzz '{hostile}' = {{\n  name: 'fuzz'\n}}\n",
            1 => $"\nvar fuzz = loadTextContent('{hostile}')\n",
            2 => $"\nvar fuzz = loadJsonContent('{hostile}')\n",
            3 => $"\nimport * as fuzz from '{hostile}'\n",
            _ => $"\nusing '{hostile}'\n",
        };
        return ("path statement", text + statement);
    }
}
