using AccelLint.Bicep.Syntax;

namespace AccelLint.Core.Tests.Bicep;

/// <summary>Expressions, one construct per case, parsed as the value of <c>var v = ...</c>.</summary>
public class ParserExpressionTests
{
    private static ExpressionSyntax Parse(string expression)
    {
        var tree = SyntaxAssert.ParseClean($"var v = {expression}\n");
        return ((VariableDeclarationSyntax)Assert.Single(tree.Root.Statements)).Value;
    }

    /// <summary>Fully parenthesised rendering, to check precedence and associativity.</summary>
    private static string Shape(ExpressionSyntax expression) => expression switch
    {
        BinaryOperationSyntax binary => $"({Shape(binary.Left)} {binary.OperatorToken.Text} {Shape(binary.Right)})",
        UnaryOperationSyntax unary => $"({unary.OperatorToken.Text}{Shape(unary.Operand)})",
        TernarySyntax ternary => $"({Shape(ternary.Condition)} ? {Shape(ternary.TrueExpression)} : {Shape(ternary.FalseExpression)})",
        ParenthesizedExpressionSyntax parenthesized => Shape(parenthesized.Expression),
        VariableAccessSyntax variable => variable.Name,
        IntegerLiteralSyntax integer => integer.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BooleanLiteralSyntax boolean => boolean.Value ? "true" : "false",
        NullLiteralSyntax => "null",
        StringSyntax text => $"'{text.LiteralValue}'",
        PropertyAccessSyntax access => $"{Shape(access.BaseExpression)}{access.Dot.Text}{access.PropertyName}",
        ArrayAccessSyntax index => $"{Shape(index.BaseExpression)}[{(index.IsSafe ? "?" : string.Empty)}{(index.IsFromEnd ? "^" : string.Empty)}{Shape(index.IndexExpression)}]",
        NonNullAssertionSyntax assertion => $"{Shape(assertion.BaseExpression)}!",
        FunctionCallSyntax call => $"{(call.BaseExpression is null ? string.Empty : Shape(call.BaseExpression) + ".")}{call.FunctionName}({string.Join(", ", call.Arguments.Select(Shape))})",
        LambdaSyntax lambda => $"(({string.Join(", ", lambda.Parameters.Select(p => p.Name.Name))}) => {Shape(lambda.Body)})",
        _ => expression.GetType().Name,
    };

    [Theory]
    [InlineData("1 + 2 * 3", "(1 + (2 * 3))")]
    [InlineData("1 * 2 + 3", "((1 * 2) + 3)")]
    [InlineData("10 - 4 - 3", "((10 - 4) - 3)")]
    [InlineData("a % b / c", "((a % b) / c)")]
    [InlineData("a < b == c >= d", "((a < b) == (c >= d))")]
    [InlineData("a || b && c", "(a || (b && c))")]
    [InlineData("a ?? b || c", "(a ?? (b || c))")]
    [InlineData("a =~ 'x' && b !~ 'y'", "((a =~ 'x') && (b !~ 'y'))")]
    [InlineData("!a == b", "((!a) == b)")]
    [InlineData("-a * -1", "((-a) * (-1))")]
    [InlineData("!!a", "(!(!a))")]
    [InlineData("(1 + 2) * 3", "((1 + 2) * 3)")]
    [InlineData("a ? b : c ? d : e", "(a ? b : (c ? d : e))")]
    [InlineData("a ? b ? c : d : e", "(a ? (b ? c : d) : e)")]
    [InlineData("a == 1 ? 'x' : 'y'", "((a == 1) ? 'x' : 'y')")]
    [InlineData("a ?? b ?? c", "((a ?? b) ?? c)")]
    public void Operators_bind_by_precedence(string expression, string shape)
    {
        Assert.Equal(shape, Shape(Parse(expression)));
    }

    [Fact]
    public void Binary_and_unary_operators_are_classified()
    {
        var binary = (BinaryOperationSyntax)Parse("a =~ b");
        Assert.Equal(BinaryOperator.EqualsInsensitive, binary.Operator);
        Assert.Equal(BinaryOperator.Coalesce, ((BinaryOperationSyntax)Parse("a ?? b")).Operator);
        Assert.Equal(UnaryOperator.Minus, ((UnaryOperationSyntax)Parse("-1")).Operator);
        Assert.Equal(UnaryOperator.Not, ((UnaryOperationSyntax)Parse("!x")).Operator);
    }

    [Theory]
    [InlineData("a.b.c", "a.b.c")]
    [InlineData("a.?b.?c", "a.?b.?c")]
    [InlineData("a[0]['key']", "a[0]['key']")]
    [InlineData("a[?0]", "a[?0]")]
    [InlineData("a[^1]", "a[^1]")]
    [InlineData("a[?^1]", "a[?^1]")]
    [InlineData("a!.b", "a!.b")]
    [InlineData("a.b!", "a.b!")]
    [InlineData("az.resourceGroup().location", "az.resourceGroup().location")]
    [InlineData("sys.concat('a', 'b')", "sys.concat('a', 'b')")]
    [InlineData("storage.listKeys().keys[0].value", "storage.listKeys().keys[0].value")]
    [InlineData("any(x)", "any(x)")]
    [InlineData("resourceGroup()", "resourceGroup()")]
    [InlineData("like ('abc', 'a*')", "like('abc', 'a*')")]
    public void Member_index_call_and_assertion_chains(string expression, string shape)
    {
        Assert.Equal(shape, Shape(Parse(expression)));
    }

    [Fact]
    public void Function_calls_expose_namespace_and_arguments()
    {
        var call = (FunctionCallSyntax)Parse("az.resourceId('Microsoft.Network/networkInterfaces', nicName)");
        Assert.Equal("az", call.Namespace);
        Assert.Equal("resourceId", call.FunctionName);
        Assert.Equal(2, call.Arguments.Count);

        var plain = (FunctionCallSyntax)Parse("concat()");
        Assert.Null(plain.BaseExpression);
        Assert.Null(plain.Namespace);
        Assert.Empty(plain.Arguments);
    }

    [Fact]
    public void Function_arguments_may_span_lines()
    {
        var call = (FunctionCallSyntax)Parse("union(\n  a,\n  {\n    b: 1\n  }\n  // end\n)");
        Assert.Equal(2, call.Arguments.Count);
        Assert.IsType<ObjectSyntax>(call.Arguments[1]);
        Assert.Equal(2, ((FunctionCallSyntax)Parse("concat('a',\n\n  'b')")).Arguments.Count);
    }

    [Fact]
    public void Ternaries_may_break_lines_before_question_mark_and_colon()
    {
        Assert.Equal("(a ? b : c)", Shape(Parse("(a\n  ? b\n  : c)")));
        Assert.Equal("(a ? b : c)", Shape(Parse("a\n  ? b\n  : c")));
        Assert.Equal("(a ? b : c)", Shape(Parse("a\n\n  // why\n  ? b\n\n  : c")));
    }

    [Fact]
    public void Literals()
    {
        Assert.Equal(9223372036854775807UL, ((IntegerLiteralSyntax)Parse("9223372036854775807")).Value);
        Assert.True(((BooleanLiteralSyntax)Parse("true")).Value);
        Assert.IsType<NullLiteralSyntax>(Parse("null"));
        Assert.Equal("x", ((StringSyntax)Parse("'x'")).LiteralValue);
    }

    [Fact]
    public void Interpolated_strings_have_segments_around_expressions()
    {
        var text = (StringSyntax)Parse("'nic-${name}-${i + 1}'");
        Assert.True(text.IsInterpolated);
        Assert.Null(text.LiteralValue);
        Assert.Equal(new[] { "nic-", "-", string.Empty }, text.Segments);
        Assert.Equal("name", ((VariableAccessSyntax)text.Expressions[0]).Name);
        Assert.IsType<BinaryOperationSyntax>(text.Expressions[1]);
        Assert.Equal(3, text.Tokens.Count);

        var nested = (StringSyntax)Parse("'a${'b${c}d'}e'");
        var inner = (StringSyntax)nested.Expressions[0];
        Assert.Equal(new[] { "b", "d" }, inner.Segments);
        Assert.Same(nested, inner.Parent);

        var braces = (StringSyntax)Parse("'${ {a: 1}.a }'");
        Assert.IsType<PropertyAccessSyntax>(braces.Expressions[0]);
    }

    [Fact]
    public void Arrays_multi_line_single_line_trailing_commas_comments_and_spread()
    {
        var multi = (ArraySyntax)Parse("[\n  1\n  // comment\n  2 /* inline */\n\n  3\n]");
        Assert.Equal(3, multi.Items.Count);
        Assert.NotNull(multi.CloseBracket);

        Assert.Equal(2, ((ArraySyntax)Parse("['a', 'b',]")).Items.Count);
        Assert.Equal(5, ((ArraySyntax)Parse("['abc', 'def'\n'ghi', 'jkl'\n'lmn']")).Items.Count);
        Assert.Empty(((ArraySyntax)Parse("[]")).Items);

        var spread = (ArraySyntax)Parse("[...a, 1, ...b]");
        Assert.IsType<SpreadSyntax>(spread.Items[0]);
        Assert.Equal("b", ((VariableAccessSyntax)((SpreadSyntax)spread.Items[2]).Expression).Name);
    }

    [Fact]
    public void Objects_multi_line_single_line_keys_comments_and_spread()
    {
        var multi = (ObjectSyntax)Parse("{\n  name: 'a' // why\n  'quoted-key': 1\n  '${prefix}-x': 2\n  true: 3\n  ...rest\n}");
        Assert.Equal(new[] { "name", "quoted-key", null, "true" }, multi.Properties.Select(p => p.Name));
        Assert.IsType<StringSyntax>(multi.Properties.ElementAt(2).Key);
        Assert.True(((StringSyntax)multi.Properties.ElementAt(2).Key).IsInterpolated);
        Assert.Single(multi.Spreads);
        Assert.Equal(5, multi.Members.Count);

        var single = (ObjectSyntax)Parse("{ a: 1, b: { c: [1, 2] }, }");
        Assert.Equal(new[] { "a", "b" }, single.Properties.Select(p => p.Name));
        Assert.Equal(3, ((ObjectSyntax)Parse("{ abc: 'abc', def: 'def'\nghi: 'ghi' }")).Properties.Count());
        Assert.Empty(((ObjectSyntax)Parse("{}")).Members);

        var spread = (ObjectSyntax)Parse("{\n  ...(cond ? { a: 1 } : {})\n  b: 2\n}");
        Assert.IsType<ParenthesizedExpressionSyntax>(((SpreadSyntax)spread.Members[0]).Expression);
    }

    [Fact]
    public void Lambdas_with_one_several_and_no_parameters()
    {
        var filter = (FunctionCallSyntax)Parse("filter(items, x => x.enabled)");
        var single = (LambdaSyntax)filter.Arguments[1];
        Assert.Null(single.OpenParen);
        Assert.Equal("x", single.Parameters.Single().Name.Name);

        var reduce = (FunctionCallSyntax)Parse("reduce(items, 0, (acc, item) => acc + item)");
        var several = (LambdaSyntax)reduce.Arguments[2];
        Assert.Equal(new[] { "acc", "item" }, several.Parameters.Select(p => p.Name.Name));
        Assert.IsType<BinaryOperationSyntax>(several.Body);

        var none = (LambdaSyntax)Parse("() => 'x'");
        Assert.Empty(none.Parameters);

        var typed = (LambdaSyntax)Parse("(a int, b string) => a");
        Assert.Equal("int", ((TypeReferenceSyntax)typed.Parameters[0].Type!).Name);

        var objectBody = (FunctionCallSyntax)Parse("map(ids, id => {\n  objectId: id\n})");
        Assert.IsType<ObjectSyntax>(((LambdaSyntax)objectBody.Arguments[1]).Body);
    }

    [Fact]
    public void For_expressions_plain_indexed_and_filtered()
    {
        var plain = (ForSyntax)Parse("[for x in xs: x.name]");
        Assert.Equal("x", plain.ItemVariable.Name);
        Assert.Null(plain.IndexVariable);
        Assert.IsType<PropertyAccessSyntax>(plain.LoopBody);
        Assert.Null(plain.Condition);

        var indexed = (ForSyntax)Parse("[for (x, i) in range(0, 3): {\n  name: 'n${i}'\n}]");
        Assert.Equal("i", indexed.IndexVariable!.Name);
        Assert.NotNull(indexed.OpenParen);
        Assert.IsType<ObjectSyntax>(indexed.LoopBody);

        var filtered = (ForSyntax)Parse("[for x in xs: if (x.enabled) {\n  name: x.name\n}]");
        Assert.IsType<PropertyAccessSyntax>(filtered.Condition);
        Assert.IsType<ObjectSyntax>(filtered.LoopBody);
        Assert.IsType<IfConditionSyntax>(filtered.Body);

        var multiLine = (ForSyntax)Parse("[\n  for x in xs: {\n    a: x\n  }\n]");
        Assert.NotNull(multiLine.CloseBracket);
    }

    [Fact]
    public void Spans_are_exact_and_parents_are_set()
    {
        const string text = "var v = {\n  a: foo.bar[0]\n}\n";
        var tree = SyntaxAssert.ParseClean(text);
        var value = (ObjectSyntax)((VariableDeclarationSyntax)tree.Root.Statements[0]).Value;
        Assert.Equal("{\n  a: foo.bar[0]\n}", text.Substring(value.Span.Start, value.Span.Length));
        var property = value.Properties.Single();
        Assert.Equal("a: foo.bar[0]", text.Substring(property.Span.Start, property.Span.Length));
        var index = (ArrayAccessSyntax)property.Value;
        Assert.Equal("foo.bar[0]", text.Substring(index.Span.Start, index.Span.Length));
        Assert.Equal("foo.bar", text.Substring(index.BaseExpression.Span.Start, index.BaseExpression.Span.Length));
        Assert.Same(property, index.Parent);
        Assert.Same(value, property.Parent);
    }

    [Fact]
    public void The_visitor_walks_every_node_in_source_order()
    {
        var tree = SyntaxAssert.ParseClean("@description('d')\nparam p int = 1 + 2\nvar v = [for x in xs: x.y]\noutput o string = '${v}'\n");
        var walker = new Recorder();
        walker.Visit(tree.Root);
        Assert.Equal(
            new[] { "description", "p", "int", "1", "2", "v", "x", "xs", "x", "y", "o", "string", "v" },
            walker.Seen);
    }

    private sealed class Recorder : SyntaxVisitor
    {
        public List<string> Seen { get; } = new();

        public override void VisitIdentifier(IdentifierSyntax node) => Seen.Add(node.Name);

        public override void VisitIntegerLiteral(IntegerLiteralSyntax node) => Seen.Add(node.Token.Text);
    }
}
