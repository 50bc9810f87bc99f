namespace AccelLint.Bicep.Syntax;

/// <summary><c>'a' | 'b' | 'c'</c> (a leading '|' and line breaks before '|' are allowed).</summary>
public sealed class UnionTypeSyntax : TypeSyntax
{
    internal UnionTypeSyntax(Token? leadingPipe, IReadOnlyList<TypeSyntax> members)
        : base(leadingPipe is not null ? SpanOf(leadingPipe, members[members.Count - 1]) : SpanOf(members[0], members[members.Count - 1]))
    {
        LeadingPipe = leadingPipe;
        Members = AdoptAll(members);
    }

    public Token? LeadingPipe { get; }

    public IReadOnlyList<TypeSyntax> Members { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitUnionType(this);
}
