using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>Decorators: <c>@name(args)</c> and <c>@ns.name(args)</c>.</summary>
internal sealed partial class Parser
{
    private DecoratorSyntax ParseDecorator()
    {
        var at = Read();
        var name = ExpectIdentifier("a decorator name");
        if (name.IsMissing)
        {
            return new DecoratorSyntax(at, new ErrorExpressionSyntax(new TextSpan(name.Span.Start, 0)));
        }

        ExpressionSyntax? baseExpression = null;
        Token? dot = null;
        while (At(TokenType.Dot))
        {
            baseExpression = baseExpression is null ? new VariableAccessSyntax(name) : new PropertyAccessSyntax(baseExpression, dot!, name);
            dot = Read();
            name = ExpectMemberName();
            if (name.IsMissing)
            {
                break;
            }
        }

        if (!name.IsMissing && At(TokenType.LeftParen))
        {
            var (open, arguments, close) = ParseArguments();
            return new DecoratorSyntax(at, new FunctionCallSyntax(baseExpression, dot, name, open, arguments, close));
        }

        if (!name.IsMissing)
        {
            ReportExpected("'(' (a decorator is a function call such as @description('...'))");
        }

        var expression = baseExpression is null ? new VariableAccessSyntax(name) : (ExpressionSyntax)new PropertyAccessSyntax(baseExpression, dot!, name);
        return new DecoratorSyntax(at, expression);
    }

    private IReadOnlyList<DecoratorSyntax> ParseDecorators()
    {
        if (!At(TokenType.At))
        {
            return NoDecorators;
        }

        // Each decorator stands on its own line (Bicep requires the line break); what follows them (a
        // declaration, a property, a tuple item) is parsed by the caller, which reports anything unexpected.
        var decorators = new List<DecoratorSyntax>();
        while (At(TokenType.At))
        {
            decorators.Add(ParseDecorator());
            if (!At(TokenType.NewLine) && !At(TokenType.EndOfFile))
            {
                Report(Current.Span, $"Expected a line break after the decorator but found {Quote(Current)}.");
            }

            SkipNewLines();
        }

        return decorators;
    }
}
