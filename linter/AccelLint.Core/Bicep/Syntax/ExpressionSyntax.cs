using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>Base of value expressions: literals, strings, arrays, objects, accesses, calls, operators, lambdas, loops.</summary>
public abstract class ExpressionSyntax : SyntaxNode
{
    protected ExpressionSyntax(TextSpan span)
        : base(span)
    {
    }
}
