using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>Base of type expressions (after <c>param x</c>, <c>output x</c>, <c>type x =</c>, in <c>func</c> signatures).</summary>
public abstract class TypeSyntax : SyntaxNode
{
    protected TypeSyntax(TextSpan span)
        : base(span)
    {
    }
}
