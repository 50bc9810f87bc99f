namespace AccelLint.Bicep.Syntax;

/// <summary>The element loops shared by objects, arrays, types, imports and argument lists.</summary>
internal sealed partial class Parser
{
    /// <summary>Which element a list loop parses (an enum rather than a delegate: no allocation per list).</summary>
    private enum Element
    {
        ArrayItem,
        ObjectMember,
        ResourceBodyMember,
        ImportedSymbol,
        ObjectTypeMember,
        TupleTypeItem,
        Argument,
        LambdaParameter,
        TypedLambdaParameter,
        TypeArgument,
    }

    private enum ListState
    {
        Start,
        AfterElement,
        AfterComma,
        AfterNewLine,
    }

    /// <summary>
    /// Elements of a <c>{}</c> or <c>[]</c> construct (the opener already read, line breaks significant):
    /// separated by line breaks or single commas, a trailing comma allowed. Stops at
    /// <paramref name="close"/>, the end, or a line that starts like a statement.
    /// </summary>
    private List<T>? ParseNewLineSeparated<T>(TokenType close, Element element)
        where T : SyntaxNode
    {
        List<T>? items = null;
        bool allowDecorators = element is Element.ResourceBodyMember or Element.ObjectTypeMember or Element.TupleTypeItem;
        bool allowNestedResources = element == Element.ResourceBodyMember;
        var state = ListState.Start;
        ulong terminators = Bit(TokenType.NewLine) | Bit(TokenType.Comma) | Bit(close);
        while (true)
        {
            var current = Current;
            if (current.Type == close || current.Type == TokenType.EndOfFile)
            {
                return items;
            }

            if (current.Type == TokenType.NewLine)
            {
                pos++;
                if (state == ListState.AfterElement)
                {
                    state = ListState.AfterNewLine;
                }

                continue;
            }

            if (current.Type == TokenType.Comma)
            {
                if (state == ListState.AfterElement)
                {
                    state = ListState.AfterComma;
                }
                else
                {
                    Report(current.Span, state == ListState.AfterNewLine
                        ? "Unexpected ','; elements are separated by a comma or a line break, not both."
                        : "Unexpected ','; expected an element.");
                }

                pos++;
                if (state == ListState.AfterComma && At(TokenType.NewLine))
                {
                    // "a: 1,\n": a comma may end the last element before the closing bracket on the same line, not a line.
                    ReportAtLineBreak("Unexpected line break after ','; elements on separate lines are separated by the line break alone.");
                }

                continue;
            }

            if (LooksLikeStatementStart(allowDecorator: !allowDecorators, allowNestedResources))
            {
                return items;
            }

            int start = pos;
            int mark = errorsSeen;
            (items ??= new List<T>()).Add((T)ParseElement(element));
            state = ListState.AfterElement;

            var after = Current;
            if ((terminators & Bit(after.Type)) == 0 && after.Type != TokenType.EndOfFile
                && !LooksLikeStatementStart(allowDecorator: !allowDecorators, allowNestedResources))
            {
                var skipped = SkipUntil(terminators);
                if (errorsSeen == mark && skipped.Count > 0)
                {
                    Report(SpanOf(skipped), $"Expected a comma or a line break before {Quote(skipped[0])}.");
                }
            }

            if (pos == start)
            {
                // Defensive: never loop without consuming.
                Read();
            }
        }
    }

    /// <summary>
    /// The arguments of a call or the type arguments of <c>name&lt;...&gt;</c> (the opener already read),
    /// as Bicep reads them: separated by commas; line breaks allowed after the opener, after a comma and
    /// before the closer, but a line break alone does not separate two elements; no empty element and no
    /// trailing comma. A line that starts a statement ends an unclosed list.
    /// </summary>
    private List<T>? ParseArgumentList<T>(TokenType close, Element element, string elementName)
        where T : SyntaxNode
    {
        List<T>? items = null;
        string closeText = close == TokenType.RightParen ? ")" : ">";
        SkipNewLines();
        bool expectElement = true;
        while (true)
        {
            var current = Current;
            if (current.Type == close || current.Type == TokenType.EndOfFile || LooksLikeStatementStart(allowDecorator: true, allowNestedResources: false))
            {
                return items;
            }

            if (!expectElement)
            {
                expectElement = true;
                if (current.Type == TokenType.NewLine)
                {
                    // Lines holding only a comment do not count: the closer may follow them.
                    int next = pos + 1;
                    while (tokens[next].Type == TokenType.NewLine && HasComment(tokens[next]))
                    {
                        next++;
                    }

                    if (tokens[next].Type != close && tokens[next].Type != TokenType.EndOfFile)
                    {
                        ReportAtLineBreak($"Expected ',' here: a line break alone does not separate {(close == TokenType.RightParen ? "arguments" : "type arguments")}.");
                    }

                    SkipNewLines();
                    continue;
                }

                if (current.Type == TokenType.Comma)
                {
                    pos++;
                    SkipNewLines();
                    if (At(close))
                    {
                        Report(Current.Span, $"Expected {elementName} after ',' (a trailing comma is not allowed before '{closeText}').");
                    }

                    continue;
                }

                int mark = errorsSeen;
                var skipped = SkipUntil(Bit(TokenType.Comma) | Bit(TokenType.NewLine) | Bit(close));
                if (errorsSeen == mark && skipped.Count > 0)
                {
                    Report(SpanOf(skipped), $"Expected ',' or '{closeText}' before {Quote(skipped[0])}.");
                }

                expectElement = false;
                continue;
            }

            if (current.Type == TokenType.Comma)
            {
                Report(current.Span, $"Expected {elementName} before ',' (empty elements are not allowed).");
                expectElement = false;
                continue;
            }

            int start = pos;
            (items ??= new List<T>()).Add((T)ParseElement(element));
            expectElement = false;
            if (pos == start)
            {
                // Defensive: never loop without consuming.
                Read();
            }
        }
    }

    private static bool HasComment(Token token)
    {
        foreach (var trivia in token.LeadingTrivia)
        {
            if (trivia.Type is SyntaxTriviaType.SingleLineComment or SyntaxTriviaType.MultiLineComment)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The parameters of a lambda or function, after its '(': separated by commas, with line breaks
    /// allowed around parameters and commas, and a trailing comma allowed (as Bicep reads them).
    /// </summary>
    private List<LambdaParameterSyntax>? ParseParameterList(bool typed)
    {
        List<LambdaParameterSyntax>? items = null;
        var element = typed ? Element.TypedLambdaParameter : Element.LambdaParameter;
        SkipNewLines();
        while (!At(TokenType.RightParen) && !At(TokenType.EndOfFile) && !LooksLikeStatementStart(allowDecorator: true, allowNestedResources: false))
        {
            if (At(TokenType.Comma))
            {
                Report(Current.Span, "Expected a parameter before ',' (empty elements are not allowed).");
                pos++;
                SkipNewLines();
                continue;
            }

            int start = pos;
            int mark = errorsSeen;
            (items ??= new List<LambdaParameterSyntax>()).Add((LambdaParameterSyntax)ParseElement(element));
            SkipNewLines();
            if (At(TokenType.Comma))
            {
                pos++;
                SkipNewLines();
                continue;
            }

            if (At(TokenType.RightParen) || At(TokenType.EndOfFile) || LooksLikeStatementStart(allowDecorator: true, allowNestedResources: false))
            {
                break;
            }

            var skipped = SkipUntil(Bit(TokenType.Comma) | Bit(TokenType.RightParen) | Bit(TokenType.NewLine));
            if (errorsSeen == mark && skipped.Count > 0)
            {
                Report(SpanOf(skipped), $"Expected ',' or ')' before {Quote(skipped[0])}.");
            }

            if (pos == start)
            {
                Read();
            }
        }

        return items;
    }

    private SyntaxNode ParseElement(Element element) => element switch
    {
        Element.ArrayItem => ParseArrayItem(),
        Element.ObjectMember => ParseObjectMember(allowNestedResources: false),
        Element.ResourceBodyMember => ParseObjectMember(allowNestedResources: true),
        Element.ImportedSymbol => ParseImportedSymbol(),
        Element.ObjectTypeMember => ParseObjectTypeMember(),
        Element.TupleTypeItem => ParseTupleTypeItem(),
        Element.Argument => ParseExpression(),
        Element.LambdaParameter => ParseLambdaParameter(typed: false),
        Element.TypedLambdaParameter => ParseLambdaParameter(typed: true),
        _ => ParseType(),
    };

    private static IReadOnlyList<T> OrEmpty<T>(List<T>? items) => (IReadOnlyList<T>?)items ?? Array.Empty<T>();
}
