namespace AccelLint.Evaluation;

/// <summary>
/// Evaluation hit a limit (a runaway loop such as <c>range(0, 100000000)</c>). The front end that
/// catches it reports an ACCEL000 finding at the expression and goes on with an unknown value.
/// </summary>
public sealed class EvaluationLimitException : Exception
{
    public EvaluationLimitException(string message)
        : base(message)
    {
    }
}
