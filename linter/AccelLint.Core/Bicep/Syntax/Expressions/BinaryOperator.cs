namespace AccelLint.Bicep.Syntax;

/// <summary>Binary operators; see <see cref="BinaryOperationSyntax"/> for precedence.</summary>
public enum BinaryOperator
{
    Multiply,
    Divide,
    Modulo,
    Add,
    Subtract,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
    Equals,
    NotEquals,

    /// <summary><c>=~</c></summary>
    EqualsInsensitive,

    /// <summary><c>!~</c></summary>
    NotEqualsInsensitive,
    LogicalAnd,
    LogicalOr,

    /// <summary><c>??</c></summary>
    Coalesce,
}
