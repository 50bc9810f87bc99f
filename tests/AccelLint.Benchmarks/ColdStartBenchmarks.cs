using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace AccelLint.Benchmarks;

/// <summary>
/// SPEC.md §9 cold start: a whole <c>accellint lint</c> process on one small template vs a <c>dotnet</c>
/// hello-world process. The CLI is the Release build beside the benchmarks (a project reference);
/// the hello-world app is built once in the setup. ColdStart/run.sh also measures a ReadyToRun build.
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
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lint.sln")))
            {
                sample = Path.Combine(dir.FullName, "samples", "arm", "ACCEL001-unsupported-size", "azuredeploy.json");
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
