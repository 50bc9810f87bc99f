using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace AccelLint.Analyzers.Tests.SampleBuild;

/// <summary>
/// The analyzer in a real <c>dotnet build</c>: <c>samples/csharp</c> (the real Compute package, the
/// analyzer as Analyzer items, the package's props adding <c>main.bicep</c> and <c>accellint.json</c>)
/// must print exactly the warnings in <c>samples/csharp/expected.txt</c>, as
/// <c>file(line,col): warning ACCELnnn: message</c> with paths relative to the sample. Returns
/// without checking when no dotnet CLI can be found.
/// </summary>
public sealed partial class SampleBuildTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public void Sample_build_reports_exactly_the_expected_warnings()
    {
        if (FindDotnet() is not { } dotnet)
        {
            return;
        }

        string root = RepoRoot();
        string sample = Path.Combine(root, "samples", "csharp");
        var arguments = new List<string> { "build", "samples/csharp", "-nologo", "-tl:off", "-nodeReuse:false", "--no-incremental", "-c", Configuration };

        // The test project has just built the analyzer and the engine in this configuration: compile
        // only the sample (a few seconds) rather than those again.
        if (File.Exists(Path.Combine(root, "analyzers", "AccelLint.Analyzers", "bin", Configuration, "netstandard2.0", "AccelLint.Analyzers.dll"))
            && File.Exists(Path.Combine(root, "linter", "AccelLint.Core", "bin", Configuration, "netstandard2.0", "AccelLint.Core.dll")))
        {
            arguments.Add("-p:BuildProjectReferences=false");
        }

        var (exitCode, output) = Run(dotnet, root, arguments);
        Assert.True(exitCode == 0, $"dotnet {string.Join(" ", arguments)} exited with {exitCode}:\n{output}");

        var actual = Findings(output, sample);
        var expected = File.ReadAllLines(Path.Combine(sample, "expected.txt"))
            .Where(l => l.Length > 0)
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();
        Assert.True(
            expected.SequenceEqual(actual, StringComparer.Ordinal),
            $"The sample's findings differ from samples/csharp/expected.txt.\nExpected:\n  {string.Join("\n  ", expected)}\nActual:\n  {string.Join("\n  ", actual)}\nBuild output:\n{output}");
    }

    private static string Configuration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    /// <summary>
    /// <c>/abs/samples/csharp/JumpBox.cs(40,13): warning ACCEL001: message (help link) [project]</c>
    /// becomes <c>JumpBox.cs(40,13): warning ACCEL001: message</c>; each once (MSBuild repeats
    /// warnings in its summary), in ordinal order.
    /// </summary>
    private static List<string> Findings(string output, string sample)
    {
        var findings = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n'))
        {
            var match = FindingLine().Match(line.TrimEnd('\r').Trim());
            if (!match.Success)
            {
                continue;
            }

            string path = Path.GetRelativePath(sample, match.Groups["path"].Value).Replace('\\', '/');
            findings.Add($"{path}({match.Groups["position"].Value}): {match.Groups["level"].Value} {match.Groups["id"].Value}: {match.Groups["message"].Value}");
        }

        return findings.ToList();
    }

    [GeneratedRegex(@"^(?<path>.+?)\((?<position>\d+,\d+)\): (?<level>warning|error|info) (?<id>ACCEL\d{3}): (?<message>.*?)(?: \(https?://[^ )]+\))? \[[^\]]+\]$", RegexOptions.CultureInvariant)]
    private static partial Regex FindingLine();

    private static (int ExitCode, string Output) Run(string dotnet, string directory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

        // The test host runs under `dotnet test`, whose MSBuild settings must not leak into this build.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(name);
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet build did not finish within {Timeout}:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    /// <summary>The dotnet CLI running this test (DOTNET_HOST_PATH), else the first on PATH; null when there is none.</summary>
    private static string? FindDotnet()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        string name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lint.sln")))
        {
            directory = directory.Parent;
        }

        Assert.True(directory is not null, "Lint.sln not found above " + AppContext.BaseDirectory);
        return directory!.FullName;
    }
}
