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
    /// Comma-separated elements inside <c>()</c> or <c>&lt;&gt;</c> (the opener already read, line breaks
    /// not significant). Empty elements (<c>(a,,b)</c>, <c>(,)</c>) are errors.
    /// </summary>
    private List<T>? ParseCommaSeparated<T>(TokenType close, Element element, string elementName)
        where T : SyntaxNode
    {
        List<T>? items = null;
        while (true)
        {
            var current = Current;
            if (current.Type == close || current.Type == TokenType.EndOfFile)
            {
                return items;
            }

            if (LooksLikeStatementStart(allowDecorator: true, allowNestedResources: false))
            {
                return items;
            }

            if (current.Type == TokenType.Comma)
            {
                Report(current.Span, $"Expected {elementName} before ',' (empty elements are not allowed).");
                pos++;
                continue;
            }

            int start = pos;
            int mark = errorsSeen;
            (items ??= new List<T>()).Add((T)ParseElement(element));

            current = Current;
            if (current.Type == TokenType.Comma)
            {
                // A single trailing comma is accepted (current Bicep allows it in multi-line lists).
                pos++;
                continue;
            }

            if (current.Type == close || current.Type == TokenType.EndOfFile || LooksLikeStatementStart(allowDecorator: true, allowNestedResources: false))
            {
                return items;
            }

            var skipped = SkipUntil(Bit(TokenType.Comma) | Bit(close));
            if (errorsSeen == mark && skipped.Count > 0)
            {
                Report(SpanOf(skipped), $"Expected ',' or '{(close == TokenType.RightParen ? ")" : ">")}' before {Quote(skipped[0])}.");
            }

            if (pos == start)
            {
                return items;
            }
        }
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
