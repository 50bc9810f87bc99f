using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>A top-level statement (or a nested resource). Its span includes its decorators.</summary>
public abstract class StatementSyntax : SyntaxNode
{
    private static readonly DecoratorSyntax[] NoDecorators = Array.Empty<DecoratorSyntax>();

    protected StatementSyntax(IReadOnlyList<DecoratorSyntax>? decorators, Token? keyword, TextSpan span)
        : base(decorators is { Count: > 0 } ? TextSpan.Between(decorators[0].Span, span) : span)
    {
        Decorators = AdoptAll(decorators ?? NoDecorators);
        Keyword = keyword;
    }

    public IReadOnlyList<DecoratorSyntax> Decorators { get; }

    /// <summary>The leading keyword (<c>param</c>, <c>resource</c>, ...); null for skipped or missing statements.</summary>
    public Token? Keyword { get; }

    /// <summary>
    /// The first decorator named <paramref name="name"/> (<c>description</c> finds <c>@description(...)</c>
    /// and <c>@sys.description(...)</c>), or null.
    /// </summary>
    public DecoratorSyntax? GetDecorator(string name)
    {
        foreach (var decorator in Decorators)
        {
            if (string.Equals(decorator.Name, name, StringComparison.Ordinal))
            {
                return decorator;
            }
        }

        return null;
    }

    public bool HasDecorator(string name) => GetDecorator(name) is not null;
}
