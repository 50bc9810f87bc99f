namespace AccelLint.Bicep.Syntax;

/// <summary>Type expressions: unions, postfix forms (<c>[]</c>, <c>?</c>, <c>!</c>, <c>.x</c>, <c>[*]</c>, <c>[0]</c>, <c>.*</c>), literals, object and tuple types.</summary>
internal sealed partial class Parser
{
    private TypeSyntax ParseType()
    {
        if (!EnterNesting())
        {
            return TooDeepType();
        }

        // A union may start with '|', also on the next line ("prop:\n  | 'a'\n  | 'b'"), and each '|' may
        // start the next line; a member follows its '|' on the same line.
        Token? leadingPipe = null;
        if (AtUnionSeparator())
        {
            SkipNewLines();
            leadingPipe = Read();
        }

        var first = ParsePostfixType();
        TypeSyntax result = first;
        if (leadingPipe is not null || AtUnionSeparator())
        {
            var members = new List<TypeSyntax> { first };
            while (AtUnionSeparator())
            {
                SkipNewLines();
                pos++;
                if (At(TokenType.NewLine) || At(TokenType.EndOfFile))
                {
                    ReportAtLineBreak("Expected a type after '|': a union member starts on the line of its '|'.");
                    members.Add(MissingType());
                    continue;
                }

                members.Add(ParsePostfixType());
            }

            result = new UnionTypeSyntax(leadingPipe, members);
        }

        ExitNesting();
        return result;
    }

    private TypeSyntax ParsePostfixType()
    {
        var type = ParsePrimaryType();
        if (type is ErrorTypeSyntax)
        {
            return type;
        }

        while (true)
        {
            var current = Current;
            switch (current.Type)
            {
                case TokenType.LeftSquare:
                    var next = RawNext().Type;
                    if (next == TokenType.RightSquare)
                    {
                        pos++;
                        type = new ArrayTypeSyntax(type, current, Read());
                    }
                    else if (next == TokenType.Asterisk)
                    {
                        pos++;
                        var asterisk = Read();
                        type = new TypeItemsAccessSyntax(type, current, asterisk, ExpectClose(TokenType.RightSquare, "]", current, "index"));
                    }
                    else if (next == TokenType.Integer)
                    {
                        pos++;
                        var index = ParseInteger();
                        type = new TypeIndexAccessSyntax(type, current, index, ExpectClose(TokenType.RightSquare, "]", current, "index"));
                    }
                    else
                    {
                        return type;
                    }

                    break;
                case TokenType.Question:
                    pos++;
                    type = new NullableTypeSyntax(type, current);
                    break;
                case TokenType.Exclamation:
                    pos++;
                    type = new NonNullableTypeSyntax(type, current);
                    break;
                case TokenType.Dot:
                    pos++;
                    if (At(TokenType.Asterisk))
                    {
                        type = new TypeAdditionalPropertiesAccessSyntax(type, current, Read());
                        break;
                    }

                    var name = ExpectMemberName();
                    type = !name.IsMissing && At(TokenType.LessThan)
                        ? ParseTypeArguments(type, name)
                        : new TypePropertyAccessSyntax(type, current, name);
                    break;
                default:
                    return type;
            }
        }
    }

    private TypeSyntax ParsePrimaryType()
    {
        var current = Current;
        switch (current.Type)
        {
            case TokenType.Identifier:
                if (current.IsKeyword("resource") && IsStringStart(RawNext().Type))
                {
                    pos++;
                    return new ResourceTypeSyntax(current, ParseString());
                }

                var name = new IdentifierSyntax(Read());
                return At(TokenType.LessThan) ? ParseTypeArguments(null, name) : new TypeReferenceSyntax(name);
            case TokenType.StringComplete:
            case TokenType.StringLeftPiece:
            case TokenType.MultilineString:
            case TokenType.MultilineStringLeftPiece:
                return new LiteralTypeSyntax(ParseString());
            case TokenType.Integer:
                return new LiteralTypeSyntax(ParseInteger());
            case TokenType.TrueKeyword:
            case TokenType.FalseKeyword:
                return new LiteralTypeSyntax(new BooleanLiteralSyntax(Read()));
            case TokenType.NullKeyword:
                return new LiteralTypeSyntax(new NullLiteralSyntax(Read()));
            case TokenType.Minus when RawNext().Type == TokenType.Integer:
                pos++;
                return new LiteralTypeSyntax(new UnaryOperationSyntax(current, ParseInteger()));
            case TokenType.Exclamation when RawNext().Type is TokenType.TrueKeyword or TokenType.FalseKeyword:
                pos++;
                return new LiteralTypeSyntax(new UnaryOperationSyntax(current, new BooleanLiteralSyntax(Read())));
            case TokenType.LeftBrace:
                return ParseObjectType();
            case TokenType.LeftSquare:
                return ParseTupleType();
            case TokenType.LeftParen:
                // On one line, but for a union's line breaks before '|'.
                var open = Read();
                var inner = ParseType();
                var close = ExpectClose(TokenType.RightParen, ")", open, "parenthesized type");
                return new ParenthesizedTypeSyntax(open, inner, close);
            default:
                ReportExpected("a type");
                return MissingType();
        }
    }

    private TypeSyntax ParseTypeArguments(TypeSyntax? namespaceType, IdentifierSyntax name)
    {
        var open = Read();
        var arguments = ParseArgumentList<TypeSyntax>(TokenType.GreaterThan, Element.TypeArgument, "a type argument");
        var close = ExpectClose(TokenType.GreaterThan, ">", open, "type argument list");
        return new ParameterizedTypeSyntax(namespaceType, name, open, OrEmpty(arguments), close);
    }

    private TypeSyntax ParseObjectType()
    {
        var open = Read();
        var members = ParseNewLineSeparated<SyntaxNode>(TokenType.RightBrace, Element.ObjectTypeMember);
        var close = ExpectClose(TokenType.RightBrace, "}", open, "object type");
        return new ObjectTypeSyntax(open, OrEmpty(members), close);
    }

    private SyntaxNode ParseObjectTypeMember()
    {
        var decorators = ParseDecorators();
        var current = Current;
        if (current.Type == TokenType.Asterisk)
        {
            pos++;
            var starColon = Expect(TokenType.Colon, "':' after '*'");
            var additional = starColon is not null ? ParseType() : MissingType();
            return new ObjectTypeAdditionalPropertiesSyntax(decorators, current, starColon, additional);
        }

        if (ParsePropertyKey() is not { } key)
        {
            return MissingExpression("a property name or '*'");
        }

        var colon = Expect(TokenType.Colon, "':' after the property name");
        var type = colon is not null ? ParseType() : MissingType();
        return new ObjectTypePropertySyntax(decorators, key, colon, type);
    }

    private TypeSyntax ParseTupleType()
    {
        var open = Read();
        var items = ParseNewLineSeparated<TupleTypeItemSyntax>(TokenType.RightSquare, Element.TupleTypeItem);
        var close = ExpectClose(TokenType.RightSquare, "]", open, "tuple type");
        return new TupleTypeSyntax(open, OrEmpty(items), close);
    }

    private TupleTypeItemSyntax ParseTupleTypeItem()
    {
        var decorators = ParseDecorators();
        return new TupleTypeItemSyntax(decorators, ParseType());
    }
}
