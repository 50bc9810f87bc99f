namespace AccelLint.Bicep.Syntax;

/// <summary>One element of a tuple type, with its decorators.</summary>
public sealed class TupleTypeItemSyntax : SyntaxNode
{
    internal TupleTypeItemSyntax(IReadOnlyList<DecoratorSyntax> decorators, TypeSyntax type)
        : base(decorators.Count > 0 ? SpanOf(decorators[0], type) : type.Span)
    {
        Decorators = AdoptAll(decorators);
        Type = Adopt(type);
    }

    public IReadOnlyList<DecoratorSyntax> Decorators { get; }

    public TypeSyntax Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTupleTypeItem(this);
}
