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

        // A ternary may continue on the next lines: "cond\n  ? a\n  : b".
        if (AtAcrossNewLines(TokenType.Question))
        {
            var question = Read();
            SkipNewLinesIfSignificant();
            var whenTrue = ParseExpression();
            Token? colon = null;
            if (AtAcrossNewLines(TokenType.Colon))
            {
                colon = Read();
                SkipNewLinesIfSignificant();
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

    private void SkipNewLinesIfSignificant()
    {
        if (!ignoreNewLines)
        {
            SkipNewLines();
        }
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
        bool saved = ignoreNewLines;
        ignoreNewLines = false;
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
        ignoreNewLines = saved;
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
        bool saved = ignoreNewLines;
        ignoreNewLines = true;
        var arguments = ParseCommaSeparated<ExpressionSyntax>(TokenType.RightParen, Element.Argument, "an argument");
        var close = ExpectClose(TokenType.RightParen, ")", open, "argument list");
        ignoreNewLines = saved;
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
        _ = Current;
        int match = (parenMatch ??= MatchParentheses(tokens))[pos];
        if (match > 0)
        {
            int after = match + 1;
            while (ignoreNewLines && tokens[after].Type == TokenType.NewLine)
            {
                after++;
            }

            if (tokens[after].Type == TokenType.Arrow)
            {
                return ParseLambda(typed: false);
            }
        }

        return ParseParenthesizedExpression();
    }

    private ExpressionSyntax ParseParenthesizedExpression()
    {
        var open = Read();
        bool saved = ignoreNewLines;
        ignoreNewLines = true;
        var inner = ParseExpression();
        if (!At(TokenType.RightParen) && !At(TokenType.EndOfFile) && !LooksLikeStatementStart(allowDecorator: true, allowNestedResources: false))
        {
            int mark = errorsSeen;
            var skipped = SkipUntil(Bit(TokenType.RightParen));
            if (errorsSeen == mark && skipped.Count > 0)
            {
                Report(SpanOf(skipped), skipped[0].Type == TokenType.Comma
                    ? "Parentheses must contain exactly one expression."
                    : $"Expected ')' before '{Abbreviate(skipped[0].Text)}'.");
            }
        }

        var close = ExpectClose(TokenType.RightParen, ")", open, "parenthesized expression");
        ignoreNewLines = saved;
        return new ParenthesizedExpressionSyntax(open, inner, close);
    }

    /// <summary>
    /// <c>(a, b) =&gt; body</c>; with <paramref name="typed"/> (function declarations) each parameter has a
    /// type and a return type precedes the arrow: <c>(a string) string =&gt; body</c>.
    /// </summary>
    private ExpressionSyntax ParseLambda(bool typed)
    {
        var open = Read();
        bool saved = ignoreNewLines;
        ignoreNewLines = true;
        var parameters = ParseCommaSeparated<LambdaParameterSyntax>(TokenType.RightParen, typed ? Element.TypedLambdaParameter : Element.LambdaParameter, "a parameter");
        var close = ExpectClose(TokenType.RightParen, ")", open, "parameter list");
        ignoreNewLines = saved;

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
        var body = arrow is not null ? ParseExpression() : MissingExpression();
        return new LambdaSyntax(open, OrEmpty(parameters), close, returnType, arrow, body);
    }

    private LambdaParameterSyntax ParseLambdaParameter(bool typed)
    {
        var ellipsis = TryRead(TokenType.Ellipsis);
        var name = ExpectIdentifier("a parameter name");
        TypeSyntax? type = null;
        if (!At(TokenType.Comma) && !At(TokenType.RightParen) && !name.IsMissing)
        {
            type = ParseType();
        }
        else if (typed && !name.IsMissing)
        {
            ReportExpected($"a type for parameter '{name.Name}'");
        }

        return new LambdaParameterSyntax(ellipsis, name, type);
    }

    private ExpressionSyntax ParseString()
    {
        var first = Read();
        switch (first.Type)
        {
            case TokenType.StringComplete:
                return new StringSyntax(first, StringDecoder.DecodeSingleLine(first.Source, first.Span.Start, first.Span.Length), isMultiline: false);
            case TokenType.MultilineString:
                int count = StringDecoder.CountLeadingDollars(first.Source, first.Span.Start, first.Span.Length);
                return new StringSyntax(first, StringDecoder.DecodeMultiline(first.Source, first.Span.Start, first.Span.Length, count, isFirstPiece: true), isMultiline: true);
        }

        bool multiline = first.Type == TokenType.MultilineStringLeftPiece;
        int dollars = multiline ? StringDecoder.CountLeadingDollars(first.Source, first.Span.Start, first.Span.Length) : 1;
        var middle = multiline ? TokenType.MultilineStringMiddlePiece : TokenType.StringMiddlePiece;
        var right = multiline ? TokenType.MultilineStringRightPiece : TokenType.StringRightPiece;
        var pieces = new List<Token> { first };
        var expressions = new List<ExpressionSyntax>();
        var segments = new List<string> { Decode(first) };

        // Holes of single-line strings end at the line; those of multi-line strings may span lines.
        bool saved = ignoreNewLines;
        ignoreNewLines = multiline;
        while (true)
        {
            expressions.Add(ParseExpression());
            if (!At(middle) && !At(right))
            {
                int mark = errorsSeen;
                var skipped = SkipUntil(Bit(middle) | Bit(right) | Bit(TokenType.NewLine));
                if (errorsSeen == mark)
                {
                    if (skipped.Count > 0)
                    {
                        Report(SpanOf(skipped), "Expected '}' to close the string interpolation.");
                    }
                    else
                    {
                        ReportExpected("'}' to close the string interpolation");
                    }
                }
            }

            if (At(middle))
            {
                var piece = Read();
                pieces.Add(piece);
                segments.Add(Decode(piece));
                continue;
            }

            if (At(right))
            {
                var piece = Read();
                pieces.Add(piece);
                segments.Add(Decode(piece));
            }

            break;
        }

        ignoreNewLines = saved;
        if (segments.Count == expressions.Count)
        {
            segments.Add(string.Empty);
        }

        return new StringSyntax(pieces, expressions, segments, multiline);

        string Decode(Token piece) => multiline
            ? StringDecoder.DecodeMultiline(piece.Source, piece.Span.Start, piece.Span.Length, dollars, ReferenceEquals(piece, first))
            : StringDecoder.DecodeSingleLine(piece.Source, piece.Span.Start, piece.Span.Length);
    }

    private ExpressionSyntax ParseArray()
    {
        var open = Read();
        bool saved = ignoreNewLines;
        ignoreNewLines = false;
        var items = ParseNewLineSeparated<ExpressionSyntax>(TokenType.RightSquare, Element.ArrayItem);
        var close = ExpectClose(TokenType.RightSquare, "]", open, "array");
        ignoreNewLines = saved;
        return new ArraySyntax(open, OrEmpty(items), close);
    }

    private ExpressionSyntax ParseArrayItem()
    {
        if (At(TokenType.Ellipsis))
        {
            var ellipsis = Read();
            return new SpreadSyntax(ellipsis, ParseExpression());
        }

        return ParseExpression();
    }

    private ObjectSyntax ParseObject(bool allowNestedResources)
    {
        var open = Read();
        bool saved = ignoreNewLines;
        ignoreNewLines = false;
        var members = ParseNewLineSeparated<SyntaxNode>(TokenType.RightBrace, allowNestedResources ? Element.ResourceBodyMember : Element.ObjectMember);
        var close = ExpectClose(TokenType.RightBrace, "}", open, "object");
        ignoreNewLines = saved;
        return new ObjectSyntax(open, OrEmpty(members), close);
    }

    private SyntaxNode ParseObjectMember(bool allowNestedResources)
    {
        var current = Current;
        if (current.Type == TokenType.Ellipsis)
        {
            pos++;
            return new SpreadSyntax(current, ParseExpression());
        }

        if (allowNestedResources && current.IsKeyword("resource") && RawNext().Type == TokenType.Identifier)
        {
            return ParseResource(NoDecorators);
        }

        if (allowNestedResources && current.Type == TokenType.At)
        {
            // Decorators in a resource body belong to a nested resource.
            var decorators = ParseDecorators();
            if (AtKeyword("resource"))
            {
                return ParseResource(decorators);
            }

            return MissingExpression("a nested resource declaration after the decorators");
        }

        SyntaxNode key;
        switch (current.Type)
        {
            case TokenType.Identifier:
            case TokenType.TrueKeyword:
            case TokenType.FalseKeyword:
            case TokenType.NullKeyword:
                key = new IdentifierSyntax(Read());
                break;
            case TokenType.StringComplete:
            case TokenType.StringLeftPiece:
            case TokenType.MultilineString:
            case TokenType.MultilineStringLeftPiece:
                key = ParseString();
                break;
            default:
                return MissingExpression("a property name");
        }

        var colon = Expect(TokenType.Colon, "':' after the property name");
        var value = colon is not null ? ParseExpression() : MissingExpression();
        return new ObjectPropertySyntax(key, colon, value);
    }

    /// <summary>
    /// <c>[for item in source: body]</c> / <c>[for (item, index) in source: body]</c>. In a resource or
    /// module declaration the body is an object or <c>if (c) {...}</c>; elsewhere any expression (or a
    /// filtered <c>if (c) expr</c>).
    /// </summary>
    private ExpressionSyntax ParseFor(bool resourceContext, bool allowNestedResources)
    {
        var open = Read();
        bool saved = ignoreNewLines;
        ignoreNewLines = false;
        SkipNewLines();
        var forKeyword = Read();

        Token? openParen = null;
        IdentifierSyntax item;
        IdentifierSyntax? index = null;
        if (At(TokenType.LeftParen))
        {
            openParen = Read();
            ignoreNewLines = true;
            item = ExpectIdentifier("the loop item variable");
            if (TryRead(TokenType.Comma) is not null)
            {
                index = ExpectIdentifier("the loop index variable");
            }

            if (!At(TokenType.RightParen))
            {
                ReportExpected("')' after the loop variables");
                SkipUntil(Bit(TokenType.RightParen) | Bit(TokenType.RightSquare));
            }

            TryRead(TokenType.RightParen);
            ignoreNewLines = false;
        }
        else
        {
            item = ExpectIdentifier("the loop item variable or '('");
        }

        var inKeyword = ExpectKeyword("in");
        var source = inKeyword is not null ? ParseExpression() : MissingExpression();
        var colon = inKeyword is not null ? Expect(TokenType.Colon, "':'") : null;

        ExpressionSyntax body;
        if (colon is null)
        {
            body = MissingExpression();
        }
        else if (AtKeyword("if"))
        {
            body = ParseIfCondition(objectBody: resourceContext, allowNestedResources);
        }
        else if (resourceContext)
        {
            body = At(TokenType.LeftBrace) ? ParseObject(allowNestedResources) : MissingExpression("'{' or 'if'");
        }
        else
        {
            body = ParseExpression();
        }

        AtAcrossNewLines(TokenType.RightSquare);
        if (!At(TokenType.RightSquare) && !At(TokenType.NewLine) && !At(TokenType.EndOfFile))
        {
            int mark = errorsSeen;
            var skipped = SkipUntil(Bit(TokenType.RightSquare) | Bit(TokenType.NewLine));
            if (errorsSeen == mark && skipped.Count > 0)
            {
                Report(SpanOf(skipped), "Expected ']' to end the loop.");
            }
        }

        var close = ExpectClose(TokenType.RightSquare, "]", open, "for-expression");
        ignoreNewLines = saved;
        return new ForSyntax(open, forKeyword, openParen, item, index, inKeyword, source, colon, body, close);
    }

    /// <summary><c>if (condition) body</c>; the body is an object for resources and modules.</summary>
    private ExpressionSyntax ParseIfCondition(bool objectBody, bool allowNestedResources)
    {
        var ifKeyword = Read();
        var condition = At(TokenType.LeftParen) ? ParseParenthesizedExpression() : MissingExpression("'(' after 'if'");
        ExpressionSyntax body;
        if (condition is ErrorExpressionSyntax)
        {
            body = MissingExpression();
        }
        else if (objectBody)
        {
            body = At(TokenType.LeftBrace) ? ParseObject(allowNestedResources) : MissingExpression("'{' after the condition");
        }
        else
        {
            body = ParseExpression();
        }

        return new IfConditionSyntax(ifKeyword, condition, body);
    }

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

        var decorators = new List<DecoratorSyntax>();
        while (At(TokenType.At))
        {
            decorators.Add(ParseDecorator());
            if (!At(TokenType.NewLine) && !At(TokenType.At) && !At(TokenType.EndOfFile) && !ignoreNewLines)
            {
                // Anything after a decorator on its line other than the declaration is garbage.
                if (!(Current.Type == TokenType.Identifier))
                {
                    int mark = errorsSeen;
                    var skipped = SkipUntil(Bit(TokenType.NewLine));
                    if (errorsSeen == mark && skipped.Count > 0)
                    {
                        Report(SpanOf(skipped), "Expected a line break after the decorator.");
                    }
                }
            }

            SkipNewLines();
        }

        return decorators;
    }
}
