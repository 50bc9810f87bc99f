using AccelLint.Bicep.Syntax;
using AccelLint.Text;

namespace AccelLint.Core.Tests.Bicep;

public class LexerTests
{
    private static List<Token> Significant(string text) =>
        Lexer.Lex(text).Tokens.Where(t => t.Type != TokenType.EndOfFile).ToList();

    private static TokenType[] Types(string text) => Significant(text).Select(t => t.Type).ToArray();

    [Theory]
    [InlineData("??", TokenType.DoubleQuestion)]
    [InlineData("?", TokenType.Question)]
    [InlineData("?.", TokenType.QuestionDot)]
    [InlineData(".?", TokenType.DotQuestion)]
    [InlineData(".", TokenType.Dot)]
    [InlineData("...", TokenType.Ellipsis)]
    [InlineData("!", TokenType.Exclamation)]
    [InlineData("!=", TokenType.NotEquals)]
    [InlineData("==", TokenType.Equals)]
    [InlineData("=~", TokenType.EqualsInsensitive)]
    [InlineData("!~", TokenType.NotEqualsInsensitive)]
    [InlineData("=", TokenType.Assignment)]
    [InlineData("=>", TokenType.Arrow)]
    [InlineData("<", TokenType.LessThan)]
    [InlineData("<=", TokenType.LessThanOrEqual)]
    [InlineData(">", TokenType.GreaterThan)]
    [InlineData(">=", TokenType.GreaterThanOrEqual)]
    [InlineData("&&", TokenType.LogicalAnd)]
    [InlineData("||", TokenType.LogicalOr)]
    [InlineData("|", TokenType.Pipe)]
    [InlineData("::", TokenType.DoubleColon)]
    [InlineData(":", TokenType.Colon)]
    [InlineData("@", TokenType.At)]
    [InlineData("#", TokenType.Hash)]
    [InlineData("^", TokenType.Hat)]
    [InlineData("+", TokenType.Plus)]
    [InlineData("-", TokenType.Minus)]
    [InlineData("*", TokenType.Asterisk)]
    [InlineData("/", TokenType.Slash)]
    [InlineData("%", TokenType.Modulo)]
    [InlineData(",", TokenType.Comma)]
    [InlineData(";", TokenType.Semicolon)]
    [InlineData("(", TokenType.LeftParen)]
    [InlineData(")", TokenType.RightParen)]
    [InlineData("[", TokenType.LeftSquare)]
    [InlineData("]", TokenType.RightSquare)]
    [InlineData("{", TokenType.LeftBrace)]
    [InlineData("}", TokenType.RightBrace)]
    public void Operators_and_punctuation_are_single_tokens(string text, TokenType expected)
    {
        var result = Lexer.Lex(text);
        Assert.Empty(result.Diagnostics);
        var token = Assert.Single(result.Tokens, t => t.Type != TokenType.EndOfFile);
        Assert.Equal(expected, token.Type);
        Assert.Equal(text, token.Text);
    }

    [Fact]
    public void Identifiers_numbers_and_literal_keywords()
    {
        var tokens = Significant("param _name1 true false null 42 resource");
        Assert.Equal(
            new[] { TokenType.Identifier, TokenType.Identifier, TokenType.TrueKeyword, TokenType.FalseKeyword, TokenType.NullKeyword, TokenType.Integer, TokenType.Identifier },
            tokens.Select(t => t.Type));
        Assert.Equal("_name1", tokens[1].Text);
        Assert.Equal("42", tokens[5].Text);
        Assert.True(tokens[0].IsKeyword("param"));
        Assert.False(tokens[0].IsKeyword("Param"));
    }

    [Fact]
    public void Identifiers_longer_than_Biceps_limit_are_reported()
    {
        Assert.Empty(Lexer.Lex("var " + new string('a', 255) + " = 1\n").Diagnostics);
        var diagnostic = Assert.Single(Lexer.Lex("var " + new string('a', 256) + " = 1\n").Diagnostics);
        Assert.Equal(new TextSpan(4, 256), diagnostic.Span);
    }

    [Fact]
    public void Operators_are_split_greedily_without_whitespace()
    {
        Assert.Equal(
            new[] { TokenType.Identifier, TokenType.DotQuestion, TokenType.Identifier, TokenType.DoubleQuestion, TokenType.Identifier, TokenType.Exclamation, TokenType.Dot, TokenType.Identifier, TokenType.NotEquals, TokenType.Integer },
            Types("a.?b??c!.d!=1"));
        Assert.Equal(new[] { TokenType.LeftSquare, TokenType.Question, TokenType.Integer, TokenType.RightSquare }, Types("[?0]"));
        Assert.Equal(new[] { TokenType.Identifier, TokenType.DoubleColon, TokenType.Identifier }, Types("vnet::subnet"));
    }

    [Fact]
    public void Line_breaks_are_tokens_and_crlf_is_one_break()
    {
        var tokens = Significant("a\r\nb\n\nc\rd");
        Assert.Equal(
            new[] { TokenType.Identifier, TokenType.NewLine, TokenType.Identifier, TokenType.NewLine, TokenType.Identifier, TokenType.NewLine, TokenType.Identifier },
            tokens.Select(t => t.Type));
        Assert.Equal("\r\n", tokens[1].Text);
        Assert.Equal("\n\n", tokens[3].Text);
        Assert.Equal("\r", tokens[5].Text);
    }

    [Fact]
    public void Trivia_is_attached_and_the_text_round_trips()
    {
        const string text = "\uFEFF// header\n  var x = 1 // trailing\n/* block\n comment */ output y int = x   \n";
        var result = Lexer.Lex(text);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(text, SyntaxAssert.RoundTrip(result.Tokens));

        var firstNewLine = result.Tokens[0];
        Assert.Equal(TokenType.NewLine, firstNewLine.Type);
        Assert.Equal(new[] { SyntaxTriviaType.Whitespace, SyntaxTriviaType.SingleLineComment }, firstNewLine.LeadingTrivia.Select(t => t.Type));
        Assert.Equal("// header", firstNewLine.LeadingTrivia[1].Text);

        var one = result.Tokens.First(t => t.Text == "1");
        Assert.Equal(new[] { SyntaxTriviaType.Whitespace, SyntaxTriviaType.SingleLineComment }, one.TrailingTrivia.Select(t => t.Type));
        Assert.Equal("// trailing", one.TrailingTrivia[1].Text);

        var output = result.Tokens.First(t => t.IsKeyword("output"));
        Assert.Equal(SyntaxTriviaType.MultiLineComment, output.LeadingTrivia[0].Type);
        Assert.Equal("/* block\n comment */", output.LeadingTrivia[0].Text);
        Assert.True(output.LeadingTrivia[0].IsComment);
    }

    [Fact]
    public void Strings_decode_escapes()
    {
        var tree = SyntaxAssert.ParseClean(@"var s = 'it\'s \\ \n\r\t \$ \u{41}\u{10437} ${'$'}{x}'" + "\n");
        var value = (StringSyntax)((VariableDeclarationSyntax)tree.Root.Statements[0]).Value;
        Assert.Equal("it's \\ \n\r\t $ A\U00010437 ", value.Segments[0]);
        Assert.Equal("{x}", value.Segments[1]);
    }

    [Fact]
    public void Interpolation_produces_string_pieces_with_holes_lexed_normally()
    {
        Assert.Equal(new[] { TokenType.StringLeftPiece, TokenType.Identifier, TokenType.StringRightPiece }, Types("'a${x}b'"));
        Assert.Equal(
            new[] { TokenType.StringLeftPiece, TokenType.Identifier, TokenType.StringMiddlePiece, TokenType.Identifier, TokenType.StringRightPiece },
            Types("'${a}-${b}'"));

        // Braces inside a hole do not close it; strings nest inside holes.
        Assert.Equal(
            new[] { TokenType.StringLeftPiece, TokenType.LeftBrace, TokenType.Identifier, TokenType.Colon, TokenType.Integer, TokenType.RightBrace, TokenType.Dot, TokenType.Identifier, TokenType.StringRightPiece },
            Types("'${{a: 1}.a}'"));
        Assert.Equal(
            new[] { TokenType.StringLeftPiece, TokenType.StringLeftPiece, TokenType.Identifier, TokenType.StringRightPiece, TokenType.StringRightPiece },
            Types("'a${'b${c}d'}e'"));
    }

    [Fact]
    public void Multiline_strings_have_no_escapes_or_interpolation()
    {
        const string text = "var s = '''\nline \\n ${x}\n  it's '''\n";
        var tokens = Significant(text);
        var multiline = Assert.Single(tokens, t => t.Type == TokenType.MultilineString);
        Assert.Equal("'''\nline \\n ${x}\n  it's '''", multiline.Text);

        var tree = SyntaxAssert.ParseClean(text);
        var value = (StringSyntax)((VariableDeclarationSyntax)tree.Root.Statements[0]).Value;
        Assert.True(value.IsMultiline);
        Assert.Equal("line \\n ${x}\n  it's ", value.LiteralValue);
    }

    [Fact]
    public void Extra_quotes_before_the_closing_triple_quote_belong_to_the_content()
    {
        var tree = SyntaxAssert.ParseClean("var s = '''say 'hi''''\nvar e = ''''''\n");
        Assert.Equal("say 'hi'", ((StringSyntax)((VariableDeclarationSyntax)tree.Root.Statements[0]).Value).LiteralValue);
        Assert.Equal(string.Empty, ((StringSyntax)((VariableDeclarationSyntax)tree.Root.Statements[1]).Value).LiteralValue);
    }

    [Fact]
    public void Dollar_prefixed_multiline_strings_interpolate_with_as_many_dollars()
    {
        var tree = SyntaxAssert.ParseClean("var s = $$'''\n${literal} $${hole} $$${hole2}'''\n");
        var value = (StringSyntax)((VariableDeclarationSyntax)tree.Root.Statements[0]).Value;
        Assert.True(value.IsMultiline);
        Assert.Equal(new[] { "hole", "hole2" }, value.Expressions.Cast<VariableAccessSyntax>().Select(v => v.Name));
        Assert.Equal(new[] { "${literal} ", " $", string.Empty }, value.Segments);
    }

    [Fact]
    public void Unterminated_string_is_reported_and_lexing_continues_on_the_next_line()
    {
        var result = Lexer.Lex("var a = 'abc\nvar b = 1\n");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(8, diagnostic.Span.Start);
        Assert.Contains("not terminated", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(result.Tokens, t => t.IsKeyword("b"));
    }

    [Fact]
    public void Unclosed_interpolation_does_not_swallow_later_braces()
    {
        var tree = BicepParser.Parse("var a = 'x${y\nresource r 'T@1' = {\n  name: 'n'\n}\n");
        Assert.NotEmpty(tree.Diagnostics);
        var resource = Assert.Single(tree.Root.Resources);
        Assert.NotNull(resource.Body);
        Assert.NotNull(resource.Body!.CloseBrace);
    }

    [Fact]
    public void Bad_characters_become_unrecognized_tokens_with_diagnostics()
    {
        var result = Lexer.Lex("var a = 1 ~ \"x\" & $ \u00e9\n");
        // ~, the two double quotes, &, $ and é.
        Assert.Equal(6, result.Tokens.Count(t => t.Type == TokenType.Unrecognized));
        Assert.Equal(6, result.Diagnostics.Count);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("single quotes", StringComparison.Ordinal));
        Assert.Equal(10, result.Diagnostics[0].Span.Start);
    }

    [Fact]
    public void Unicode_outside_strings_and_surrogate_pairs_stay_whole()
    {
        const string text = "var a = '😀' 😀\n";
        var result = Lexer.Lex(text);
        var bad = Assert.Single(result.Tokens, t => t.Type == TokenType.Unrecognized);
        Assert.Equal("😀", bad.Text);
        Assert.Equal(text, SyntaxAssert.RoundTrip(result.Tokens));
    }

    [Theory]
    [InlineData("'\\q'", "escape sequence")]
    [InlineData("'\\u{110000}'", "unicode escape")]
    [InlineData("'\\u41'", "unicode escape")]
    [InlineData("/* open", "multi-line comment")]
    [InlineData("'''open", "multi-line string")]
    public void Malformed_input_is_a_diagnostic_not_an_exception(string text, string expected)
    {
        var result = Lexer.Lex(text);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains(expected, StringComparison.Ordinal));
        Assert.Equal(text, SyntaxAssert.RoundTrip(result.Tokens));
    }

    [Fact]
    public void Pragmas_are_leading_trivia_with_their_rule_ids()
    {
        const string text = "#disable-next-line ACCEL001 ACCEL004 // why\nvar a = 1\n  #disable-diagnostics  no-unused-vars,ACCEL002\nvar b = 2\n#restore-diagnostics ACCEL002\n";
        var tree = SyntaxAssert.ParseClean(text);
        var pragmas = tree.Pragmas;
        Assert.Equal(3, pragmas.Count);

        Assert.Equal(SyntaxTriviaType.DisableNextLinePragma, pragmas[0].Kind);
        Assert.Equal(new[] { "ACCEL001", "ACCEL004" }, pragmas[0].RuleIds);
        Assert.Equal(1, pragmas[0].Line);
        Assert.Equal(2, pragmas[0].SuppressedLine);

        Assert.Equal(SyntaxTriviaType.DisableDiagnosticsPragma, pragmas[1].Kind);
        Assert.Equal(new[] { "no-unused-vars", "ACCEL002" }, pragmas[1].RuleIds);
        Assert.Equal(3, pragmas[1].Line);
        Assert.Null(pragmas[1].SuppressedLine);

        Assert.Equal(SyntaxTriviaType.RestoreDiagnosticsPragma, pragmas[2].Kind);
        Assert.Equal(5, pragmas[2].Line);

        // The same pieces are reachable through the tokens' trivia.
        var trivia = tree.Tokens.SelectMany(t => t.LeadingTrivia).Where(t => t.IsPragma).ToList();
        Assert.Equal(3, trivia.Count);
        Assert.Equal("#disable-next-line ACCEL001 ACCEL004", trivia[0].Text);
        Assert.Equal(new[] { "ACCEL001", "ACCEL004" }, trivia[0].RuleIds);
    }

    [Theory]
    [InlineData("var a = 1 #disable-next-line x\n")]
    [InlineData("/* c */#disable-next-line x\nvar a = 1\n")]
    [InlineData("#madeup-directive\nvar a = 1\n")]
    [InlineData("#  disable-next-line x\nvar a = 1\n")]
    public void A_hash_that_is_not_a_pragma_at_the_start_of_a_line_is_an_error(string text)
    {
        var tree = BicepParser.Parse(text);
        Assert.Empty(tree.Pragmas);
        Assert.Contains(tree.Tokens, t => t.Type == TokenType.Hash);
        Assert.NotEmpty(tree.Diagnostics);
    }

    [Fact]
    public void Disable_next_line_without_codes_is_reported()
    {
        var tree = BicepParser.Parse("#disable-next-line\nvar a = 1\n");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(0, diagnostic.Span.Start);
        Assert.Single(tree.Pragmas);
    }

    [Fact]
    public void Every_token_span_matches_its_text()
    {
        const string text = "param p string = 'a${b}c' // x\r\nvar v = [\r\n  1\r\n]\r\n";
        var result = Lexer.Lex(text);
        foreach (var token in result.Tokens)
        {
            Assert.Equal(token.Text, text.Substring(token.Span.Start, token.Span.Length));
        }

        Assert.Equal(text.Length, result.Tokens[result.Tokens.Count - 1].FullSpan.End);
    }

    [Fact]
    public void Random_input_never_throws_and_always_round_trips()
    {
        const string alphabet = "ab1 '\"${}[]()\n\r\t/*#@!?.:=<>|&^~,\\-+%😀é'''$$";
        var random = new Random(12345);
        for (int i = 0; i < 500; i++)
        {
            var chars = new char[random.Next(0, 80)];
            for (int j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            string text = new(chars);
            var result = Lexer.Lex(text);
            Assert.Equal(text, SyntaxAssert.RoundTrip(result.Tokens));
            var tree = BicepParser.Parse(text);
            Assert.DoesNotContain(tree.Diagnostics, d => d.Message.StartsWith("Internal", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Token_types_fit_the_parser_terminator_bitmask()
    {
        // The parser keeps sets of token types in a 64-bit mask.
        Assert.True(Enum.GetValues(typeof(TokenType)).Cast<int>().Max() < 64);
    }
}
