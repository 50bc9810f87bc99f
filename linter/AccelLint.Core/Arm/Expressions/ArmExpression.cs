namespace AccelLint.Arm.Expressions;

/// <summary>The syntax tree of an ARM template expression (<c>[concat(parameters('a'), 'b')]</c>).</summary>
public abstract record ArmExpression;

public sealed record StringLiteral(string Value) : ArmExpression;

public sealed record NumberLiteral(long Value) : ArmExpression;

public sealed record FunctionCall(string Name, IReadOnlyList<ArmExpression> Arguments) : ArmExpression
{
    /// <summary>The name in lower case, computed once (function names compare case-insensitively).</summary>
    public string Key { get; } = Name.ToLowerInvariant();

    public ArmExpression? Argument(int index) => index < Arguments.Count ? Arguments[index] : null;
}

/// <summary><c>target.name</c>, or <c>target.?name</c> when <see cref="Safe"/>.</summary>
public sealed record MemberAccess(ArmExpression Target, string Name, bool Safe) : ArmExpression;

/// <summary><c>target[index]</c>.</summary>
public sealed record IndexAccess(ArmExpression Target, ArmExpression Index, bool Safe) : ArmExpression;
