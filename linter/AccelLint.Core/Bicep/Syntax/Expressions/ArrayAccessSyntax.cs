namespace AccelLint.Bicep.Syntax;

/// <summary>
/// <c>base[index]</c>, the safe form <c>base[?index]</c> (<see cref="IsSafe"/>), and indexes from the end
/// <c>base[^1]</c> (<see cref="IsFromEnd"/>: the last element).
/// </summary>
public sealed class ArrayAccessSyntax : ExpressionSyntax
{
    internal ArrayAccessSyntax(ExpressionSyntax baseExpression, Token openBracket, Token? safeQuestion, Token? fromEndHat, ExpressionSyntax index, Token? closeBracket)
        : base(SpanOf(baseExpression, (object?)closeBracket ?? index))
    {
        BaseExpression = Adopt(baseExpression);
        OpenBracket = openBracket;
        SafeQuestion = safeQuestion;
        FromEndHat = fromEndHat;
        IndexExpression = Adopt(index);
        CloseBracket = closeBracket;
    }

    public ExpressionSyntax BaseExpression { get; }

    public Token OpenBracket { get; }

    /// <summary>The '?' of <c>[?i]</c>, else null.</summary>
    public Token? SafeQuestion { get; }

    public bool IsSafe => SafeQuestion is not null;

    /// <summary>The '^' of <c>[^i]</c> (counting from the end), else null.</summary>
    public Token? FromEndHat { get; }

    public bool IsFromEnd => FromEndHat is not null;

    public ExpressionSyntax IndexExpression { get; }

    public Token? CloseBracket { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitArrayAccess(this);
}
