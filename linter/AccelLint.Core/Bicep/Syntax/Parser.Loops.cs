namespace AccelLint.Bicep.Syntax;

/// <summary>Loops <c>[for ...]</c> and conditions <c>if (...)</c>.</summary>
internal sealed partial class Parser
{
    /// <summary>
    /// <c>[for item in source: body]</c> / <c>[for (item, index) in source: body]</c>. In a resource or
    /// module declaration the body is an object or <c>if (c) {...}</c>; elsewhere any expression (or a
    /// filtered <c>if (c) expr</c>).
    /// </summary>
    private ExpressionSyntax ParseFor(bool resourceContext, bool allowNestedResources)
    {
        var open = Read();
        SkipNewLines();
        var forKeyword = Read();

        Token? openParen = null;
        IdentifierSyntax item;
        IdentifierSyntax? index = null;
        if (At(TokenType.LeftParen))
        {
            // The variable block stays on one line: "(item, index)".
            openParen = Read();
            item = ExpectIdentifier("the loop item variable");
            if (TryRead(TokenType.Comma) is not null)
            {
                index = ExpectIdentifier("the loop index variable");
            }

            if (!At(TokenType.RightParen))
            {
                ReportExpected("')' after the loop variables");
                SkipUntil(Bit(TokenType.RightParen) | Bit(TokenType.RightSquare) | Bit(TokenType.NewLine));
            }

            TryRead(TokenType.RightParen);
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
}
