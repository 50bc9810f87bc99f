using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>
/// A node of the Bicep syntax tree. Every node knows its exact span (first to last token, trivia
/// excluded) and its parent; <see cref="Accept"/> dispatches to a <see cref="SyntaxVisitor"/>.
/// </summary>
public abstract class SyntaxNode
{
    protected SyntaxNode(TextSpan span)
    {
        Span = span;
    }

    public TextSpan Span { get; }

    /// <summary>The enclosing node; null for the <see cref="ProgramSyntax"/> (and for nodes not yet adopted).</summary>
    public SyntaxNode? Parent { get; private set; }

    public abstract void Accept(SyntaxVisitor visitor);

    /// <summary>The enclosing nodes, innermost first.</summary>
    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    /// <summary>The innermost enclosing node of type <typeparamref name="T"/>, or null.</summary>
    public T? FirstAncestor<T>()
        where T : SyntaxNode
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            if (node is T match)
            {
                return match;
            }
        }

        return null;
    }

    public override string ToString() => $"{GetType().Name} {Span}";

    /// <summary>From the start of <paramref name="first"/> to the end of <paramref name="last"/> (a token or node; null means first alone).</summary>
    internal static TextSpan SpanOf(Token first, object? last) => SpanFrom(first.Span, last);

    internal static TextSpan SpanOf(SyntaxNode first, object? last) => SpanFrom(first.Span, last);

    private static TextSpan SpanFrom(TextSpan start, object? last)
    {
        int end = last switch
        {
            Token token => token.Span.End,
            SyntaxNode node => node.Span.End,
            _ => start.End,
        };
        return new TextSpan(start.Start, Math.Max(start.Length, end - start.Start));
    }

    protected T Adopt<T>(T child)
        where T : SyntaxNode
    {
        child.Parent = this;
        return child;
    }

    protected T? AdoptOptional<T>(T? child)
        where T : SyntaxNode
    {
        if (child is not null)
        {
            child.Parent = this;
        }

        return child;
    }

    protected IReadOnlyList<T> AdoptAll<T>(IReadOnlyList<T> children)
        where T : SyntaxNode
    {
        for (int i = 0; i < children.Count; i++)
        {
            children[i].Parent = this;
        }

        return children;
    }
}
