namespace AccelLint.Evaluation;

/// <summary>
/// Evaluation hit a limit (a runaway loop such as <c>range(0, 100000000)</c>). The front end that
/// catches it reports an ACCEL000 finding at the expression and goes on with an unknown value.
/// </summary>
public sealed class EvaluationLimitException : Exception
{
    /// <param name="subject">What was not evaluated and why (<c>range(0, 100000000) would make 100,000,000 items</c>).</param>
    /// <param name="problem">What follows from it (<c>AccelLint expands at most 10,000, so ...</c>).</param>
    public EvaluationLimitException(string subject, string problem)
        : base(subject + ": " + problem)
    {
        Subject = subject;
        Problem = problem;
    }

    /// <summary>The subject of the ACCEL000 finding.</summary>
    public string Subject { get; }

    /// <summary>The problem of the ACCEL000 finding.</summary>
    public string Problem { get; }
}
