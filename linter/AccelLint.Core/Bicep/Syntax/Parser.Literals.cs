namespace AccelLint.Bicep.Syntax;

/// <summary>Strings (with interpolation holes), arrays and objects.</summary>
internal sealed partial class Parser
{
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

        // A hole ends at the line, in multi-line strings too (Bicep reports a line break in one).
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
        var items = ParseNewLineSeparated<ExpressionSyntax>(TokenType.RightSquare, Element.ArrayItem);
        var close = ExpectClose(TokenType.RightSquare, "]", open, "array");
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
        var members = ParseNewLineSeparated<SyntaxNode>(TokenType.RightBrace, allowNestedResources ? Element.ResourceBodyMember : Element.ObjectMember);
        var close = ExpectClose(TokenType.RightBrace, "}", open, "object");
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

        if (ParsePropertyKey() is not { } key)
        {
            return MissingExpression("a property name");
        }

        var colon = Expect(TokenType.Colon, "':' after the property name");
        var value = colon is not null ? ParseExpression() : MissingExpression();
        return new ObjectPropertySyntax(key, colon, value);
    }

    /// <summary>
    /// The key of an object or object-type property: a name (keywords included) or a string, possibly
    /// interpolated. Null, with nothing read, when the current token cannot start one.
    /// </summary>
    private SyntaxNode? ParsePropertyKey()
    {
        switch (Current.Type)
        {
            case TokenType.Identifier:
            case TokenType.TrueKeyword:
            case TokenType.FalseKeyword:
            case TokenType.NullKeyword:
                return new IdentifierSyntax(Read());
            case TokenType.StringComplete:
            case TokenType.StringLeftPiece:
            case TokenType.MultilineString:
            case TokenType.MultilineStringLeftPiece:
                return ParseString();
            default:
                return null;
        }
    }
}
