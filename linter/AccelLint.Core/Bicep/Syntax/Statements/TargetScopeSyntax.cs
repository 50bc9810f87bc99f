namespace AccelLint.Bicep.Syntax;

/// <summary><c>targetScope = 'subscription'</c>.</summary>
public sealed class TargetScopeSyntax : StatementSyntax
{
    internal TargetScopeSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, Token? assignment, ExpressionSyntax value)
        : base(decorators, keyword, SpanOf(keyword, value))
    {
        Assignment = assignment;
        Value = Adopt(value);
    }

    public Token? Assignment { get; }

    public ExpressionSyntax Value { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTargetScope(this);
}
