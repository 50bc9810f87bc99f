using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace AccelLint.Benchmarks;

/// <summary>
/// SPEC.md §9 cold start: a whole <c>accellint lint</c> process on one small template vs a <c>dotnet</c>
/// hello-world process. The CLI is published ReadyToRun for linux-x64 in the setup, as the tool
/// package for that platform holds it (elsewhere, the build beside the benchmarks); the hello-world
/// app is built once in the setup. ColdStart/run.sh measures both builds.
/// </summary>
public class ColdStartBenchmarks
{
    private string hello = string.Empty;
    private string accellint = string.Empty;
    private string sample = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        accellint = Path.Combine(AppContext.BaseDirectory, "accellint.dll");
        string? repository = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lint.sln")))
            {
                sample = Path.Combine(dir.FullName, "samples", "arm", "ACCEL001-unsupported-size", "azuredeploy.json");
                repository = dir.FullName;
                break;
            }
        }

        string folder = Path.Combine(Path.GetTempPath(), "accellint-coldstart-hello");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "hello.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally><ImplicitUsings>disable</ImplicitUsings></PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(\"hello\");\n");
        Run("dotnet", "build", folder, "-c", "Release", "-nologo", "-v", "quiet", "-o", Path.Combine(folder, "out"));
        hello = Path.Combine(folder, "out", "hello.dll");

        // What the linux-x64 tool package holds: the CLI published ReadyToRun.
        if (repository is not null && OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64)
        {
            string published = Path.Combine(Path.GetTempPath(), "accellint-coldstart-r2r");
            if (Run("dotnet", "publish", Path.Combine(repository, "linter", "AccelLint.Cli"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true", "-nologo", "-v", "quiet", "-o", published) == 0)
            {
                accellint = Path.Combine(published, "accellint.dll");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "dotnet hello world process")]
    public int HelloWorld() => Run("dotnet", hello);

    [Benchmark(Description = "accellint lint process (one template)")]
    public int LintOneTemplate() => Run("dotnet", accellint, "lint", sample);

    private static int Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
