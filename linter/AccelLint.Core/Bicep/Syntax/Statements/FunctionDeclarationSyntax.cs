namespace AccelLint.Bicep.Syntax;

/// <summary><c>func name(a string, b int) returnType =&gt; body</c>.</summary>
public sealed class FunctionDeclarationSyntax : DeclarationSyntax
{
    internal FunctionDeclarationSyntax(IReadOnlyList<DecoratorSyntax> decorators, Token keyword, IdentifierSyntax name, ExpressionSyntax lambda)
        : base(decorators, keyword, name, SpanOf(keyword, lambda))
    {
        Lambda = Adopt(lambda);
    }

    /// <summary>A <see cref="LambdaSyntax"/> with typed parameters and a return type (an error node when broken).</summary>
    public ExpressionSyntax Lambda { get; }

    public IReadOnlyList<LambdaParameterSyntax> Parameters => (Lambda as LambdaSyntax)?.Parameters ?? Array.Empty<LambdaParameterSyntax>();

    public TypeSyntax? ReturnType => (Lambda as LambdaSyntax)?.ReturnType;

    public ExpressionSyntax? Body => (Lambda as LambdaSyntax)?.Body;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitFunctionDeclaration(this);
}
