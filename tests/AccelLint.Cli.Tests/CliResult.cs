namespace AccelLint.Cli.Tests;

/// <summary>What one in-process run of the command line gave: exit code, standard output and error (line breaks as \n).</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Standard output split into lines, without the trailing empty line.</summary>
    public IReadOnlyList<string> Lines => Stdout.Length == 0 ? Array.Empty<string>() : Stdout.TrimEnd('\n').Split('\n');

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}--- stderr ---\n{Stderr}";
}
