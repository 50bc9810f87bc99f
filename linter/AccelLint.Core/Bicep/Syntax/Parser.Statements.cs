namespace AccelLint.Bicep.Syntax;

/// <summary>The program and its statements.</summary>
internal sealed partial class Parser
{
    public ProgramSyntax ParseProgram()
    {
        var statements = new List<StatementSyntax>();
        while (true)
        {
            var current = tokens[pos];
            if (current.Type == TokenType.EndOfFile)
            {
                break;
            }

            if (current.Type == TokenType.NewLine)
            {
                pos++;
                continue;
            }

            int start = pos;
            int mark = errorsSeen;
            statements.Add(ParseStatement());

            // A statement ends at a line break or the end of the file. A construct left open by an error
            // may already have read the line break: a token first on its line starts the next statement.
            current = Current;
            if (current.Type != TokenType.NewLine && current.Type != TokenType.EndOfFile && !IsFirstOnLine(pos))
            {
                var skipped = SkipUntil(Bit(TokenType.NewLine));
                if (skipped.Count > 0)
                {
                    if (errorsSeen == mark)
                    {
                        Report(SpanOf(skipped), $"Expected a line break after the declaration{Found(skipped[0])}.");
                    }

                    statements.Add(new SkippedStatementSyntax(skipped));
                }
            }

            if (pos == start)
            {
                statements.Add(new SkippedStatementSyntax(new[] { Read() }));
            }
        }

        return new ProgramSyntax(statements, tokens[pos], isParamsFile);
    }

    private static string Found(Token token) => $" but found {Quote(token)}";

    private StatementSyntax ParseStatement()
    {
        var decorators = ParseDecorators();
        var current = Current;
        if (current.Type == TokenType.Identifier)
        {
            switch (current.Text)
            {
                case "targetScope":
                    NotInParamsFile(current);
                    return ParseTargetScope(decorators);
                case "metadata":
                    return ParseMetadata(decorators);
                case "param":
                    return isParamsFile ? ParseParameterAssignment(decorators) : ParseParameter(decorators);
                case "var":
                    return ParseVariable(decorators);
                case "resource":
                    NotInParamsFile(current);
                    return ParseResource(decorators);
                case "module":
                    NotInParamsFile(current);
                    return ParseModule(decorators);
                case "output":
                    NotInParamsFile(current);
                    return ParseOutput(decorators);
                case "type":
                    return ParseTypeDeclaration(decorators);
                case "func":
                    return ParseFunction(decorators);
                case "import":
                    return ParseImport(decorators);
                case "extension":
                case "provider":
                    NotInParamsFile(current);
                    pos++;
                    return ParseExtensionRest(decorators, current);
                case "test":
                    NotInParamsFile(current);
                    return ParseTest(decorators);
                case "assert":
                    return ParseAssert(decorators);
                case "using":
                    OnlyInParamsFile(current);
                    return ParseUsing(decorators);
                case "extends":
                    OnlyInParamsFile(current);
                    return ParseExtends(decorators);
                case "extensionConfig":
                    OnlyInParamsFile(current);
                    return ParseExtensionConfig(decorators);
            }
        }

        if (decorators.Count > 0)
        {
            ReportExpected("a declaration after the decorator");
            return new MissingDeclarationSyntax(decorators);
        }

        ReportExpected(isParamsFile
            ? "a statement (using, extends, param, var, import, type, func, extensionConfig)"
            : "a declaration (param, var, resource, module, output, type, func, import, extension, metadata, targetScope)");
        var skipped = SkipUntil(Bit(TokenType.NewLine));
        return new SkippedStatementSyntax(skipped);
    }

    private void NotInParamsFile(Token keyword)
    {
        if (isParamsFile)
        {
            Report(keyword.Span, $"'{keyword.Text}' declarations are not allowed in a .bicepparam file.");
        }
    }

    private void OnlyInParamsFile(Token keyword)
    {
        if (!isParamsFile)
        {
            Report(keyword.Span, $"'{keyword.Text}' is only allowed in a .bicepparam file.");
        }
    }

    private bool AtEndOfLine() => Current.Type is TokenType.NewLine or TokenType.EndOfFile;

    private ExpressionSyntax ParseValueAfter(Token? assignment) => assignment is not null ? ParseExpression() : MissingExpression();

    private ExpressionSyntax ExpectString(string what) => AtStringStart() ? ParseString() : MissingExpression(what);

    private StatementSyntax ParseTargetScope(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        var assignment = Expect(TokenType.Assignment, "'='");
        return new TargetScopeSyntax(decorators, keyword, assignment, ParseValueAfter(assignment));
    }

    private StatementSyntax ParseMetadata(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        var name = ExpectIdentifier("a metadata name");
        var assignment = Expect(TokenType.Assignment, "'='");
        return new MetadataDeclarationSyntax(decorators, keyword, name, assignment, ParseValueAfter(assignment));
    }

    private StatementSyntax ParseParameter(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        var name = ExpectIdentifier("a parameter name");
        TypeSyntax? type = null;
        if (At(TokenType.Assignment) || (AtEndOfLine() && !AtUnionSeparator()))
        {
            ReportExpected("a parameter type");
        }
        else
        {
            type = ParseType();
        }

        var assignment = TryRead(TokenType.Assignment);
        var defaultValue = assignment is not null ? ParseExpression() : null;
        return new ParameterDeclarationSyntax(decorators, keyword, name, type, assignment, defaultValue);
    }

    private StatementSyntax ParseParameterAssignment(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        var name = ExpectIdentifier("a parameter name");
        TypeSyntax? type = null;
        if (!At(TokenType.Assignment) && !AtEndOfLine() && !name.IsMissing)
        {
            type = ParseType();
            Report(type.Span, "A parameter in a .bicepparam file takes a value ('param name = value'), not a type.");
        }

        var assignment = Expect(TokenType.Assignment, "'='");
        return new ParameterAssignmentSyntax(decorators, keyword, name, type, assignment, ParseValueAfter(assignment));
    }

    private StatementSyntax ParseVariable(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        var name = ExpectIdentifier("a variable name");
        TypeSyntax? type = null;
        if (!At(TokenType.Assignment) && !AtEndOfLine() && !name.IsMissing)
        {
            type = ParseType();
        }

        var assignment = Expect(TokenType.Assignment, "'='");
        return new VariableDeclarationSyntax(decorators, keyword, name, type, assignment, ParseValueAfter(assignment));
    }

    private ResourceDeclarationSyntax ParseResource(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        var name = ExpectIdentifier("a resource symbolic name");
        var typeString = ExpectString("a resource type string such as 'Microsoft.Network/networkInterfaces@2023-09-01'");
        var existing = TryReadKeyword("existing");
        var assignment = Expect(TokenType.Assignment, "'='");
        var value = ParseDeclarationValue(assignment, allowNestedResources: true);
        return new ResourceDeclarationSyntax(decorators, keyword, name, typeString, existing, assignment, value);
    }

    private StatementSyntax ParseModule(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        var name = ExpectIdentifier("a module symbolic name");
        var path = ExpectString("a module path or reference string such as './module.bicep'");
        var existing = TryReadKeyword("existing");
        if (existing is not null)
        {
            Report(existing.Span, "A module cannot be 'existing'.");
        }

        var assignment = Expect(TokenType.Assignment, "'='");
        var value = ParseDeclarationValue(assignment, allowNestedResources: false);
        return new ModuleDeclarationSyntax(decorators, keyword, name, path, existing, assignment, value);
    }

    /// <summary>The value of a resource or module: <c>{...}</c>, <c>if (c) {...}</c> (possibly on the next line) or <c>[for ...]</c>.</summary>
    private ExpressionSyntax ParseDeclarationValue(Token? assignment, bool allowNestedResources)
    {
        if (assignment is not null)
        {
            AtKeywordAcrossNewLines("if");
        }

        var current = Current;
        if (current.IsKeyword("if"))
        {
            return ParseIfCondition(objectBody: true, allowNestedResources);
        }

        if (current.Type == TokenType.LeftBrace)
        {
            return ParseObject(allowNestedResources);
        }

        if (current.Type == TokenType.LeftSquare && NextIsKeywordAcrossNewLines("for"))
        {
            return ParseFor(resourceContext: true, allowNestedResources);
        }

        return assignment is not null ? MissingExpression("'{', 'if' or '[for'") : MissingExpression();
    }

    private StatementSyntax ParseOutput(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        var name = ExpectIdentifier("an output name");
        TypeSyntax type;
        if (At(TokenType.Assignment) || (AtEndOfLine() && !AtUnionSeparator()))
        {
            ReportExpected("an output type");
            type = MissingType();
        }
        else
        {
            type = ParseType();
        }

        var assignment = Expect(TokenType.Assignment, "'='");
        return new OutputDeclarationSyntax(decorators, keyword, name, type, assignment, ParseValueAfter(assignment));
    }

    private StatementSyntax ParseTypeDeclaration(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        var name = ExpectIdentifier("a type name");
        var assignment = Expect(TokenType.Assignment, "'='");
        var value = assignment is not null ? ParseType() : MissingType();
        return new TypeDeclarationSyntax(decorators, keyword, name, assignment, value);
    }

    private StatementSyntax ParseFunction(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        var name = ExpectIdentifier("a function name");
        var lambda = !name.IsMissing && At(TokenType.LeftParen) ? ParseLambda(typed: true) : MissingExpression("'(' to start the parameter list");
        return new FunctionDeclarationSyntax(decorators, keyword, name, lambda);
    }

    private StatementSyntax ParseImport(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        var current = Current;
        if (current.Type == TokenType.LeftBrace)
        {
            var open = Read();
            var symbols = ParseNewLineSeparated<ImportedSymbolSyntax>(TokenType.RightBrace, Element.ImportedSymbol);
            var close = ExpectClose(TokenType.RightBrace, "}", open, "import list");
            var fromKeyword = ExpectKeyword("from");
            var from = fromKeyword is not null ? ExpectString("the path or reference to import from") : MissingExpression();
            return new ImportDeclarationSyntax(decorators, keyword, open, OrEmpty(symbols), close, null, null, fromKeyword, from);
        }

        if (current.Type == TokenType.Asterisk)
        {
            var asterisk = Read();
            var asKeyword = ExpectKeyword("as");
            var alias = asKeyword is not null ? ExpectIdentifier("a namespace name") : IdentifierSyntax.Missing(ErrorSpan().Start);
            var fromKeyword = asKeyword is not null ? ExpectKeyword("from") : null;
            var from = fromKeyword is not null ? ExpectString("the path or reference to import from") : MissingExpression();
            return new ImportDeclarationSyntax(decorators, keyword, null, Array.Empty<ImportedSymbolSyntax>(), null, asterisk, alias, fromKeyword, from);
        }

        if (IsStringStart(current.Type) || current.Type == TokenType.Identifier)
        {
            // The older provider syntax: import 'az@1.0.0' [with {...}] [as alias].
            return ParseExtensionRest(decorators, keyword);
        }

        var missing = MissingExpression("'{', '*' or an extension name after 'import'");
        return new ImportDeclarationSyntax(decorators, keyword, null, Array.Empty<ImportedSymbolSyntax>(), null, null, null, null, missing);
    }

    private ImportedSymbolSyntax ParseImportedSymbol()
    {
        SyntaxNode name;
        var current = Current;
        if (current.Type == TokenType.Identifier)
        {
            name = new IdentifierSyntax(Read());
        }
        else if (IsStringStart(current.Type))
        {
            name = ParseString();
        }
        else
        {
            return new ImportedSymbolSyntax(MissingExpression("the name of an exported symbol"), null, null);
        }

        var asKeyword = TryReadKeyword("as");
        var alias = asKeyword is not null ? ExpectIdentifier("an alias after 'as'") : null;
        return new ImportedSymbolSyntax(name, asKeyword, alias);
    }

    /// <summary>After <c>extension</c> / <c>provider</c> / legacy <c>import</c>: a name or string, optional <c>with {...}</c>, optional <c>as alias</c>.</summary>
    private StatementSyntax ParseExtensionRest(IReadOnlyList<DecoratorSyntax> decorators, Token keyword)
    {
        ExpressionSyntax specification;
        var current = Current;
        if (IsStringStart(current.Type))
        {
            specification = ParseString();
        }
        else if (current.Type == TokenType.Identifier && !current.IsKeyword("with") && !current.IsKeyword("as"))
        {
            specification = new VariableAccessSyntax(new IdentifierSyntax(Read()));
        }
        else
        {
            specification = MissingExpression("an extension name or reference");
        }

        var withKeyword = TryReadKeyword("with");
        ExpressionSyntax? config = null;
        if (withKeyword is not null)
        {
            config = At(TokenType.LeftBrace) ? ParseObject(allowNestedResources: false) : MissingExpression("'{' after 'with'");
        }

        var asKeyword = TryReadKeyword("as");
        var alias = asKeyword is not null ? ExpectIdentifier("an alias after 'as'") : null;
        return new ExtensionDeclarationSyntax(decorators, keyword, specification, withKeyword, config, asKeyword, alias);
    }

    private StatementSyntax ParseUsing(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        var none = TryReadKeyword("none");
        var path = none is null ? ExpectString("the path or reference of the template, or 'none'") : null;
        var withKeyword = TryReadKeyword("with");
        ExpressionSyntax? config = null;
        if (withKeyword is not null)
        {
            config = At(TokenType.LeftBrace) ? ParseObject(allowNestedResources: false) : MissingExpression("'{' after 'with'");
        }

        return new UsingDeclarationSyntax(decorators, keyword, path, none, withKeyword, config);
    }

    private StatementSyntax ParseExtends(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        return new ExtendsDeclarationSyntax(decorators, keyword, ExpectString("the path of the parameters file to extend"));
    }

    private StatementSyntax ParseExtensionConfig(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        var name = ExpectIdentifier("the alias of an extension");
        var withKeyword = name.IsMissing ? null : ExpectKeyword("with");
        ExpressionSyntax config = withKeyword is null
            ? MissingExpression()
            : At(TokenType.LeftBrace) ? ParseObject(allowNestedResources: false) : MissingExpression("'{' after 'with'");
        return new ExtensionConfigAssignmentSyntax(decorators, keyword, name, withKeyword, config);
    }

    private StatementSyntax ParseTest(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        var name = ExpectIdentifier("a test name");
        var path = ExpectString("the path of the file under test");
        var assignment = Expect(TokenType.Assignment, "'='");
        ExpressionSyntax value = assignment is null
            ? MissingExpression()
            : At(TokenType.LeftBrace) ? ParseObject(allowNestedResources: false) : MissingExpression("'{'");
        return new TestDeclarationSyntax(decorators, keyword, name, path, assignment, value);
    }

    private StatementSyntax ParseAssert(IReadOnlyList<DecoratorSyntax> decorators)
    {
        var keyword = Read();
        var name = ExpectIdentifier("an assertion name");
        var assignment = Expect(TokenType.Assignment, "'='");
        return new AssertDeclarationSyntax(decorators, keyword, name, assignment, ParseValueAfter(assignment));
    }
}
