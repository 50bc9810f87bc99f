using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AccelLint.Core.Tests.Oracle;

/// <summary>One diagnostic the Bicep compiler printed: <c>PATH(line,col) : Error BCP238: message</c>.</summary>
public sealed record CompilerDiagnostic(string File, int Line, int Column, string Level, string Code, string Message)
{
    public bool IsError => Level.Equals("Error", StringComparison.OrdinalIgnoreCase);
}

/// <summary>What the compiler made of one folder of sources: the diagnostics of each source, and each compiled template.</summary>
public sealed class CompiledFolder
{
    internal CompiledFolder(string sourceRoot, string outputRoot, IReadOnlyList<string> sources, IReadOnlyList<CompilerDiagnostic> diagnostics)
    {
        SourceRoot = sourceRoot;
        OutputRoot = outputRoot;
        Sources = sources;
        Diagnostics = diagnostics;
    }

    public string SourceRoot { get; }

    public string OutputRoot { get; }

    /// <summary>Every source (.bicep, or .bicepparam for a parameters build) under the source root, full paths, sorted.</summary>
    public IReadOnlyList<string> Sources { get; }

    public IReadOnlyList<CompilerDiagnostic> Diagnostics { get; }

    /// <summary>The diagnostics reported in <paramref name="source"/> itself (not in the modules it calls).</summary>
    public IEnumerable<CompilerDiagnostic> DiagnosticsOf(string source) =>
        Diagnostics.Where(d => string.Equals(d.File, source, StringComparison.Ordinal));

    /// <summary>The compiled template of <paramref name="source"/>, or null when the compiler wrote none (errors).</summary>
    public string? CompiledJson(string source)
    {
        string relative = Path.GetRelativePath(SourceRoot, source);
        string json = Path.Combine(OutputRoot, Path.ChangeExtension(relative, ".json"));
        return File.Exists(json) ? json : null;
    }
}

/// <summary>
/// The real Bicep compiler (Azure.Bicep.CommandLine.linux-x64, a PackageDownload of this project) as a
/// test oracle. A folder is compiled with one <c>bicep build --pattern --no-restore</c> run and cached
/// on disk by content, so the suite pays for it once.
/// </summary>
public static class BicepCompiler
{
    private static readonly Regex DiagnosticLine = new(
        @"^(?<file>.+?)\((?<line>\d+),(?<col>\d+)\) : (?<level>Error|Warning|Info) (?<code>[^:\s]+): (?<message>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Multiline);

    /// <summary>The compiler's path, or null on a platform it does not run on or when the package is missing.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>Why the oracle cannot run here; null when it can. Tests skip with this reason.</summary>
    public static string? Unavailable =>
        !RuntimeInformation.IsOSPlatform(OSPlatform.Linux) || RuntimeInformation.OSArchitecture != Architecture.X64
            ? "the Bicep compiler oracle runs on Linux x64 only"
            : Executable is null ? "the Bicep compiler package (Azure.Bicep.CommandLine.linux-x64 0.49.2) is not restored" : null;

    private static string? Find()
    {
        string? path = typeof(BicepCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BicepCli")?.Value;
        if (path is null || !File.Exists(path) || !RuntimeInformation.IsOSPlatform(OSPlatform.Linux) || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            return null;
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
            }
        }

        return path;
    }

    /// <summary>
    /// Compiles every <c>.bicep</c> file under <paramref name="sourceRoot"/> (offline: registry modules
    /// are not restored) and returns the diagnostics and outputs; cached by the files' content.
    /// </summary>
    public static CompiledFolder CompileFolder(string sourceRoot) => Compile(sourceRoot, "build", ".bicep");

    /// <summary>
    /// Builds every <c>.bicepparam</c> file under <paramref name="sourceRoot"/> with <c>bicep build-params</c>
    /// (each with the template its <c>using</c> names, offline) and returns the diagnostics; cached like
    /// <see cref="CompileFolder"/>. Diagnostics of the templates come with those of the parameters files.
    /// </summary>
    public static CompiledFolder CompileParamsFolder(string sourceRoot) => Compile(sourceRoot, "build-params", ".bicepparam");

    /// <summary>One compilation per folder and command in this process, however many tests ask at once.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<CompiledFolder>> Compiled = new(StringComparer.Ordinal);

    private static CompiledFolder Compile(string sourceRoot, string command, string extension)
    {
        string exe = Executable ?? throw new InvalidOperationException(Unavailable);
        sourceRoot = Path.GetFullPath(sourceRoot).TrimEnd(Path.DirectorySeparatorChar);
        string key = Key(sourceRoot) + (command == "build" ? string.Empty : "-" + command);
        return Compiled.GetOrAdd(key, k => new Lazy<CompiledFolder>(() => CompileOnce(exe, sourceRoot, command, extension, k))).Value;
    }

    /// <summary>
    /// Compiles into a folder of its own and moves it into the cache when complete, under a lock file,
    /// so that test processes running side by side neither repeat the work nor see half a cache.
    /// </summary>
    private static CompiledFolder CompileOnce(string exe, string sourceRoot, string command, string extension, string key)
    {
        var sources = Directory.EnumerateFiles(sourceRoot, "*" + extension, SearchOption.AllDirectories)
            .Select(Path.GetFullPath)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

        string root = Path.Combine(Path.GetTempPath(), "accellint-bicep-oracle");
        Directory.CreateDirectory(root);
        string cache = Path.Combine(root, key);
        string output = Path.Combine(cache, "out");
        string log = Path.Combine(cache, "diagnostics.txt");
        using (LockFile(cache + ".lock"))
        {
            if (!File.Exists(log))
            {
                if (Directory.Exists(cache))
                {
                    Directory.Delete(cache, recursive: true);
                }

                string scratch = cache + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (Directory.Exists(scratch))
                {
                    Directory.Delete(scratch, recursive: true);
                }

                string scratchOutput = Path.Combine(scratch, "out");
                Directory.CreateDirectory(scratchOutput);
                string text = Run(exe, sourceRoot, command, "--pattern", "**/*" + extension, "--outdir", scratchOutput, "--no-restore");
                File.WriteAllText(Path.Combine(scratch, "diagnostics.txt"), text);
                Directory.Move(scratch, cache);
            }
        }

        return new CompiledFolder(sourceRoot, output, sources, Parse(File.ReadAllText(log)));
    }

    /// <summary>Holds <paramref name="path"/> open exclusively, waiting while another process holds it.</summary>
    private static FileStream LockFile(string path)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < TimeSpan.FromMinutes(15))
            {
                Thread.Sleep(200);
            }
        }
    }

    private static List<CompilerDiagnostic> Parse(string text)
    {
        var list = new List<CompilerDiagnostic>();
        foreach (Match m in DiagnosticLine.Matches(text))
        {
            list.Add(new CompilerDiagnostic(
                m.Groups["file"].Value,
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["level"].Value,
                m.Groups["code"].Value,
                m.Groups["message"].Value.TrimEnd('\r')));
        }

        return list;
    }

    private static string Run(string exe, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(exe)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The compiler must not try the network for registry modules or telemetry.
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return stderr + "\n" + stdout.Result;
    }

    /// <summary>A cache key from the compiler and every source's path, size and content hash.</summary>
    private static string Key(string sourceRoot)
    {
        using var sha = SHA256.Create();
        var builder = new StringBuilder(Executable).Append('\n').Append(sourceRoot).Append('\n');
        foreach (string file in Directory.EnumerateFiles(sourceRoot, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".bicep", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".bicepparam", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            builder.Append(file).Append(':').Append(Convert.ToHexString(sha.ComputeHash(File.ReadAllBytes(file)))).Append('\n');
        }

        return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(builder.ToString())))[..16];
    }
}
