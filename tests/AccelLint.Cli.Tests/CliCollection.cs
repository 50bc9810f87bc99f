namespace AccelLint.Cli.Tests;

/// <summary>
/// Every CLI test class joins this collection: <see cref="Program.Run"/> reports paths relative to
/// <see cref="Environment.CurrentDirectory"/>, which <see cref="Cli.Run"/> changes for the duration of
/// a run, so these tests never run in parallel with one another.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliCollection
{
    public const string Name = "accellint CLI";
}
