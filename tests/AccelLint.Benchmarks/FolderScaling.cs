using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace AccelLint.Benchmarks;

/// <summary>
/// SPEC.md §9 scaling, in the shape users have: a folder of 10,000 ARM templates (10 NIC+VM pairs each,
/// far under ARM's 800 resources per deployment) against a folder of 1,000, each linted by a whole
/// <c>accellint lint</c> process. Time at most 10.5× and peak memory (the process' maximum resident set)
/// at most 250 MB, and at most 1.2× the 1,000 files' plus 100 MB. A process each, because peak memory is
/// a process' figure; <c>/usr/bin/time</c> reads it where it exists.
/// </summary>
internal static class FolderScaling
{
    private const int PairsPerTemplate = 10;

    /// <summary>One template: NIC+VM pairs, a third of them on a size without AN (ACCEL001 each).</summary>
    public static string Template(int pairs)
    {
        var text = new StringBuilder();
        text.Append("{\"$schema\":\"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\"contentVersion\":\"1.0.0.0\",");
        text.Append("\"parameters\":{\"location\":{\"type\":\"string\",\"defaultValue\":\"eastus\"}},\"resources\":[\n");
        for (int i = 0; i < pairs; i++)
        {
            string size = i % 3 == 0 ? "Standard_B1s" : "Standard_D4s_v3";
            text.Append("{\"type\":\"Microsoft.Network/networkInterfaces\",\"apiVersion\":\"2023-09-01\",\"name\":\"nic-").Append(i)
                .Append("\",\"location\":\"[parameters('location')]\",\"properties\":{\"enableAcceleratedNetworking\":true,\"ipConfigurations\":[]}},\n");
            text.Append("{\"type\":\"Microsoft.Compute/virtualMachines\",\"apiVersion\":\"2023-09-01\",\"name\":\"vm-").Append(i)
                .Append("\",\"location\":\"[parameters('location')]\",\"properties\":{\"hardwareProfile\":{\"vmSize\":\"").Append(size)
                .Append("\"},\"networkProfile\":{\"networkInterfaces\":[{\"id\":\"[resourceId('Microsoft.Network/networkInterfaces', 'nic-").Append(i).Append("')]\"}]}}}");
            text.Append(i + 1 < pairs ? ",\n" : "\n");
        }

        text.Append("]}");
        return text.ToString();
    }

    /// <summary>A folder of <paramref name="files"/> templates, 100 per subfolder, with a <c>.git</c> (the workspace root); made once.</summary>
    public static string Folder(int files)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"accellint-folder-{files}");
        string done = Path.Combine(folder, ".git", "complete");
        if (File.Exists(done))
        {
            return folder;
        }

        Directory.CreateDirectory(Path.Combine(folder, ".git"));
        string text = Template(PairsPerTemplate);
        for (int i = 0; i < files; i++)
        {
            string sub = Path.Combine(folder, (i / 100).ToString("D3", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(sub);
            File.WriteAllText(Path.Combine(sub, $"t{i:D5}.json"), text);
        }

        File.WriteAllText(done, string.Empty);
        return folder;
    }

    public static void Run(int repeats)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "accellint.dll");
        var small = Measure(cli, Folder(1_000), repeats);
        var large = Measure(cli, Folder(10_000), repeats);
        Console.WriteLine();
        Console.WriteLine("Folder scaling (accellint lint, a process each, median of " + repeats + "):");
        Console.WriteLine($"  1,000 templates:  {small.Seconds,7:F2} s  peak {small.PeakMb,5} MB");
        Console.WriteLine($"  10,000 templates: {large.Seconds,7:F2} s  peak {large.PeakMb,5} MB");
        Console.WriteLine($"  time ratio {large.Seconds / small.Seconds:F2}x [<= 10.5x]; peak {large.PeakMb} MB [<= 250 MB and <= 1.2 x {small.PeakMb} + 100 = {(1.2 * small.PeakMb) + 100:F0} MB]");
    }

    private static (double Seconds, long PeakMb) Measure(string cli, string folder, int repeats)
    {
        var seconds = new List<double>();
        long peak = 0;
        for (int i = 0; i < repeats; i++)
        {
            var (elapsed, kb) = RunOnce(cli, folder);
            seconds.Add(elapsed);
            peak = Math.Max(peak, kb / 1024);
        }

        seconds.Sort();
        return (seconds[seconds.Count / 2], peak);
    }

    private static (double Seconds, long PeakKb) RunOnce(string cli, string folder)
    {
        bool timed = File.Exists("/usr/bin/time");
        var start = new ProcessStartInfo(timed ? "/usr/bin/time" : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (timed)
        {
            start.ArgumentList.Add("-f");
            start.ArgumentList.Add("peak-kb %M");
            start.ArgumentList.Add("dotnet");
        }

        foreach (var argument in new[] { cli, "lint", folder, "--output", Path.Combine(Path.GetTempPath(), "accellint-folder-report.txt"), "--fail-level", "none" })
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        long sampled = 0;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        while (!process.WaitForExit(20))
        {
            if (!timed)
            {
                try
                {
                    process.Refresh();
                    sampled = Math.Max(sampled, process.PeakWorkingSet64 / 1024);
                }
                catch (InvalidOperationException)
                {
                }
            }
        }

        watch.Stop();
        long kb = sampled;
        foreach (var line in error.Result.Split('\n'))
        {
            if (line.StartsWith("peak-kb ", StringComparison.Ordinal) && long.TryParse(line.AsSpan(8).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long parsed))
            {
                kb = parsed;
            }
        }

        return (watch.Elapsed.TotalSeconds, kb);
    }
}
