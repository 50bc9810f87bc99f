using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>A statement that declares a named symbol: param, var, resource, module, output, type, func, metadata, test, assert, ...</summary>
public abstract class DeclarationSyntax : StatementSyntax
{
    protected DeclarationSyntax(IReadOnlyList<DecoratorSyntax>? decorators, Token keyword, IdentifierSyntax name, TextSpan span)
        : base(decorators, keyword, span)
    {
        Name = Adopt(name);
    }

    public IdentifierSyntax Name { get; }
}
