namespace AccelLint.Cli.Commands;

/// <summary>
/// A progress line on stderr for long runs at a terminal: nothing when stderr is redirected, in CI
/// (the CI variable is set), or for runs that finish before the first update is due.
/// </summary>
internal sealed class Progress : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter writer;
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    private TimeSpan next = Interval;
    private bool shown;

    private Progress(TextWriter writer) => this.writer = writer;

    public static Progress? ForTerminal(TextWriter stderr)
    {
        bool interactive = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TF_BUILD"))
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"));
        return interactive ? new Progress(stderr) : null;
    }

    /// <summary>Called from the engine's worker threads.</summary>
    public void Report(int done, int total)
    {
        lock (clock)
        {
            if (clock.Elapsed < next)
            {
                return;
            }

            next = clock.Elapsed + Interval;
            shown = true;
            writer.Write($"\raccellint: reading {done}/{total} files ");
        }
    }

    public void Dispose()
    {
        if (shown)
        {
            writer.Write("\r" + new string(' ', 48) + "\r");
            shown = false;
        }
    }
}
