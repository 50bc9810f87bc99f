namespace AccelLint.Bicep.Syntax;

public enum UnaryOperator
{
    /// <summary><c>!x</c></summary>
    Not,

    /// <summary><c>-x</c></summary>
    Minus,
}
