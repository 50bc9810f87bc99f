namespace AccelLint.Cli.Tests;

/// <summary>Runs <see cref="Program.Run"/> in-process from a given working folder.</summary>
public static class Cli
{
    private static readonly object Gate = new();

    /// <summary>
    /// Runs <c>accellint</c> with <paramref name="args"/> as if started in <paramref name="workingDirectory"/>.
    /// The process-wide current directory is changed under a lock and restored afterwards.
    /// </summary>
    public static CliResult Run(string workingDirectory, params string[] args)
    {
        lock (Gate)
        {
            string previous = Environment.CurrentDirectory;
            using var stdout = new StringWriter { NewLine = "\n" };
            using var stderr = new StringWriter { NewLine = "\n" };
            try
            {
                Environment.CurrentDirectory = workingDirectory;
                int exitCode = Program.Run(args, stdout, stderr);
                return new CliResult(exitCode, Normalize(stdout.ToString()), Normalize(stderr.ToString()));
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
