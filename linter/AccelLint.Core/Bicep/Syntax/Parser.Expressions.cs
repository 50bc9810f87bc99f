using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>Expressions: ternary, binary by precedence, unary, member chains, primaries, strings, arrays, objects, loops, lambdas.</summary>
internal sealed partial class Parser
{
    private ExpressionSyntax ParseExpression()
    {
        if (!EnterNesting())
        {
            return TooDeepExpression();
        }

        var result = ParseBinary(0);

        // A ternary may continue on the next lines before '?' and ':' ("cond\n  ? a\n  : b"), not after them.
        if (AtAcrossNewLines(TokenType.Question))
        {
            var question = Read();
            var whenTrue = ParseExpression();
            Token? colon = null;
            if (AtAcrossNewLines(TokenType.Colon))
            {
                colon = Read();
            }
            else
            {
                ReportExpected("':'");
            }

            var whenFalse = colon is not null ? ParseExpression() : MissingExpression();
            result = new TernarySyntax(result, question, whenTrue, colon, whenFalse);
        }

        ExitNesting();
        return result;
    }

    private ExpressionSyntax ParseBinary(int minimumPrecedence)
    {
        var left = ParseUnary();
        while (true)
        {
            var operatorToken = Current;
            int precedence = BinaryOperationSyntax.Precedence(operatorToken.Type);
            if (precedence <= minimumPrecedence)
            {
                return left;
            }

            pos++;
            var right = ParseBinary(precedence);
            left = new BinaryOperationSyntax(left, operatorToken, right);
        }
    }

    private ExpressionSyntax ParseUnary()
    {
        var current = Current;
        if (current.Type is not (TokenType.Exclamation or TokenType.Minus))
        {
            return ParsePostfix();
        }

        if (!EnterNesting())
        {
            return TooDeepExpression();
        }

        pos++;
        var operand = ParseUnary();
        ExitNesting();
        return new UnaryOperationSyntax(current, operand);
    }

    private ExpressionSyntax ParsePostfix()
    {
        var expression = ParsePrimary();
        if (expression is ErrorExpressionSyntax)
        {
            return expression;
        }

        while (true)
        {
            var current = Current;
            switch (current.Type)
            {
                case TokenType.LeftSquare:
                    expression = ParseIndexAccess(expression);
                    break;
                case TokenType.Dot:
                case TokenType.DotQuestion:
                case TokenType.QuestionDot:
                    expression = ParseMemberAccess(expression);
                    break;
                case TokenType.DoubleColon:
                    pos++;
                    expression = new ResourceAccessSyntax(expression, current, ExpectMemberName());
                    break;
                case TokenType.Exclamation:
                    pos++;
                    expression = new NonNullAssertionSyntax(expression, current);
                    break;
                default:
                    return expression;
            }
        }
    }

    private ExpressionSyntax ParseIndexAccess(ExpressionSyntax baseExpression)
    {
        var open = Read();
        var safe = TryRead(TokenType.Question);
        var fromEnd = TryRead(TokenType.Hat);
        ExpressionSyntax index = At(TokenType.RightSquare) ? MissingExpression("an index expression") : ParseExpression();
        if (!At(TokenType.RightSquare) && !At(TokenType.NewLine) && !At(TokenType.EndOfFile))
        {
            int mark = errorsSeen;
            var skipped = SkipUntil(Bit(TokenType.RightSquare) | Bit(TokenType.NewLine));
            if (errorsSeen == mark && skipped.Count > 0)
            {
                Report(SpanOf(skipped), "Expected ']' after the index expression.");
            }
        }

        var close = ExpectClose(TokenType.RightSquare, "]", open, "index");
        return new ArrayAccessSyntax(baseExpression, open, safe, fromEnd, index, close);
    }

    private ExpressionSyntax ParseMemberAccess(ExpressionSyntax baseExpression)
    {
        var dot = Read();
        var name = ExpectMemberName();
        if (!name.IsMissing && At(TokenType.LeftParen))
        {
            var (open, arguments, close) = ParseArguments();
            return new FunctionCallSyntax(baseExpression, dot, name, open, arguments, close);
        }

        return new PropertyAccessSyntax(baseExpression, dot, name);
    }

    private (Token Open, IReadOnlyList<ExpressionSyntax> Arguments, Token? Close) ParseArguments()
    {
        var open = Read();
        var arguments = ParseArgumentList<ExpressionSyntax>(TokenType.RightParen, Element.Argument, "an argument");
        var close = ExpectClose(TokenType.RightParen, ")", open, "argument list");
        return (open, OrEmpty(arguments), close);
    }

    private ExpressionSyntax ParsePrimary()
    {
        var current = Current;
        switch (current.Type)
        {
            case TokenType.Integer:
                return ParseInteger();
            case TokenType.TrueKeyword:
            case TokenType.FalseKeyword:
                return new BooleanLiteralSyntax(Read());
            case TokenType.NullKeyword:
                return new NullLiteralSyntax(Read());
            case TokenType.StringComplete:
            case TokenType.StringLeftPiece:
            case TokenType.MultilineString:
            case TokenType.MultilineStringLeftPiece:
                return ParseString();
            case TokenType.LeftBrace:
                return ParseObject(allowNestedResources: false);
            case TokenType.LeftSquare:
                return NextIsKeywordAcrossNewLines("for") ? ParseFor(resourceContext: false, allowNestedResources: false) : ParseArray();
            case TokenType.LeftParen:
                return ParseParenthesizedOrLambda();
            case TokenType.Identifier:
                return ParseIdentifierExpression();
            default:
                return MissingExpression("an expression");
        }
    }

    private IntegerLiteralSyntax ParseInteger()
    {
        var token = Read();
        string source = token.Source;
        ulong value = 0;
        for (int i = token.Span.Start; i < token.Span.End; i++)
        {
            ulong digit = (ulong)(source[i] - '0');
            if (value > (ulong.MaxValue - digit) / 10)
            {
                Report(token.Span, "The integer literal is too large.");
                value = 0;
                break;
            }

            value = (value * 10) + digit;
        }

        return new IntegerLiteralSyntax(token, value);
    }

    private ExpressionSyntax ParseIdentifierExpression()
    {
        var identifier = new IdentifierSyntax(Read());
        var next = Current;
        if (next.Type == TokenType.Arrow)
        {
            var arrow = Read();
            SkipNewLinesBeforeLambdaBody();
            var body = ParseExpression();
            var parameter = new LambdaParameterSyntax(null, identifier, null);
            return new LambdaSyntax(null, new[] { parameter }, null, null, arrow, body);
        }

        if (next.Type == TokenType.LeftParen)
        {
            var (open, arguments, close) = ParseArguments();
            return new FunctionCallSyntax(null, null, identifier, open, arguments, close);
        }

        return new VariableAccessSyntax(identifier);
    }

    private ExpressionSyntax ParseParenthesizedOrLambda()
    {
        return IsLambdaAhead() ? ParseLambda(typed: false) : ParseParenthesizedExpression();
    }

    /// <summary>
    /// <c>( expression )</c> on one line. As in Bicep, the parentheses hold exactly one item, and a line
    /// break counts as one: <c>(a, b)</c>, <c>()</c> and a condition split over lines are all errors,
    /// reported where the first item starts. A line that starts a statement ends an unclosed one.
    /// </summary>
    private ExpressionSyntax ParseParenthesizedExpression()
    {
        var open = Read();
        int items = 0;
        int firstItem = -1;
        bool comma = false;
        CountLineBreaks();
        ExpressionSyntax inner;
        if (At(TokenType.RightParen) || At(TokenType.EndOfFile) || LooksLikeStatementStart(allowDecorator: true, allowNestedResources: false))
        {
            inner = MissingExpression();
            if (items == 0 && At(TokenType.RightParen))
            {
                Report(new TextSpan(open.Span.End, 0), "Parentheses must contain exactly one expression; found none.");
            }
        }
        else
        {
            Item(Current.Span.Start);
            inner = ParseExpression();
            CountLineBreaks();
            while (At(TokenType.Comma))
            {
                comma = true;
                Item(Read().Span.Start);
                CountLineBreaks();
                if (At(TokenType.RightParen) || At(TokenType.EndOfFile) || At(TokenType.Comma) || LooksLikeStatementStart(allowDecorator: true, allowNestedResources: false))
                {
                    continue;
                }

                Item(Current.Span.Start);
                ParseExpression();
                CountLineBreaks();
            }
        }

        if (items > 1)
        {
            Report(new TextSpan(firstItem, 0), comma
                ? "Parentheses must contain exactly one expression."
                : "Parentheses must contain exactly one expression on one line: Bicep allows no line break inside '(...)'.");
        }

        if (!At(TokenType.RightParen) && !At(TokenType.NewLine) && !At(TokenType.EndOfFile) && !LooksLikeStatementStart(allowDecorator: true, allowNestedResources: false))
        {
            int mark = errorsSeen;
            var skipped = SkipUntil(Bit(TokenType.RightParen) | Bit(TokenType.NewLine));
            if (errorsSeen == mark && skipped.Count > 0)
            {
                Report(SpanOf(skipped), $"Expected ')' before {Quote(skipped[0])}.");
            }
        }

        var close = ExpectClose(TokenType.RightParen, ")", open, "parenthesized expression");
        return new ParenthesizedExpressionSyntax(open, inner, close);

        void Item(int start)
        {
            items++;
            if (firstItem < 0)
            {
                firstItem = start;
            }
        }

        // Each line break token is an item, unless the next line starts a statement (then the ')' is missing).
        void CountLineBreaks()
        {
            if (!At(TokenType.NewLine))
            {
                return;
            }

            int start = pos;
            SkipNewLines();
            if (LooksLikeStatementStart(allowDecorator: true, allowNestedResources: false) || At(TokenType.EndOfFile))
            {
                return;
            }

            for (int i = start; i < pos; i++)
            {
                Item(tokens[i].Span.Start);
            }
        }
    }

    /// <summary>
    /// <c>(a, b) =&gt; body</c>; with <paramref name="typed"/> (function declarations) each parameter has a
    /// type and a return type precedes the arrow: <c>(a string) string =&gt; body</c>.
    /// </summary>
    private ExpressionSyntax ParseLambda(bool typed)
    {
        var open = Read();
        var parameters = ParseParameterList(typed);
        var close = ExpectClose(TokenType.RightParen, ")", open, "parameter list");

        TypeSyntax? returnType = null;
        if (typed)
        {
            if (At(TokenType.Arrow) || At(TokenType.NewLine) || At(TokenType.EndOfFile))
            {
                ReportExpected("the function's return type");
            }
            else
            {
                returnType = ParseType();
            }
        }

        var arrow = Expect(TokenType.Arrow, "'=>'");
        if (arrow is not null)
        {
            SkipNewLinesBeforeLambdaBody();
        }

        var body = arrow is not null ? ParseExpression() : MissingExpression();
        return new LambdaSyntax(open, OrEmpty(parameters), close, returnType, arrow, body);
    }

    private LambdaParameterSyntax ParseLambdaParameter(bool typed)
    {
        var ellipsis = TryRead(TokenType.Ellipsis);
        var name = ExpectIdentifier("a parameter name");
        TypeSyntax? type = null;
        if (!At(TokenType.Comma) && !At(TokenType.RightParen) && !At(TokenType.NewLine) && !At(TokenType.EndOfFile) && !name.IsMissing)
        {
            type = ParseType();
        }
        else if (typed && !name.IsMissing)
        {
            ReportExpected($"a type for parameter '{name.Name}'");
        }

        return new LambdaParameterSyntax(ellipsis, name, type);
    }

    /// <summary>
    /// After <c>=&gt;</c>: the body may start on a later line, unless that line starts with a declaration
    /// keyword (then the body is missing, as Bicep reports it).
    /// </summary>
    private void SkipNewLinesBeforeLambdaBody()
    {
        if (!At(TokenType.NewLine))
        {
            return;
        }

        int i = pos;
        while (tokens[i].Type == TokenType.NewLine)
        {
            i++;
        }

        if (tokens[i].Type == TokenType.Identifier && IsDeclarationKeyword(tokens[i].Text))
        {
            return;
        }

        pos = i;
    }

    private static bool IsDeclarationKeyword(string text) => text is "metadata" or "param" or "var" or "resource" or "module"
        or "output" or "type" or "func" or "import" or "extension" or "test" or "assert";
}
