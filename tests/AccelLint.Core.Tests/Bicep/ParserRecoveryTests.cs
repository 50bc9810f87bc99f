using System.Diagnostics;
using System.Text;
using AccelLint.Bicep.Syntax;

namespace AccelLint.Core.Tests.Bicep;

/// <summary>Syntax errors: a diagnostic at the right line and column, then parsing carries on.</summary>
public class ParserRecoveryTests
{
    private static (int Line, int Column) Position(BicepSyntaxTree tree, SyntaxDiagnostic diagnostic) =>
        tree.File.GetLinePosition(diagnostic.Span.Start);

    private static BicepSyntaxTree ParseWithErrors(string text, bool isParamsFile = false)
    {
        var tree = BicepParser.Parse(text, isParamsFile);
        Assert.NotEmpty(tree.Diagnostics);
        Assert.Equal(text, SyntaxAssert.RoundTrip(tree));
        return tree;
    }

    [Fact]
    public void Half_typed_resource_at_the_end_of_the_file()
    {
        var tree = ParseWithErrors("param location string\nresource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {");
        var diagnostic = Assert.Single(tree.Diagnostics);
        // Reported at the end of the file, naming where the object starts.
        Assert.Equal((2, 66), Position(tree, diagnostic));
        Assert.Contains("Expected '}'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("line 2, column 65", diagnostic.Message, StringComparison.Ordinal);

        var nic = Assert.Single(tree.Root.Resources);
        Assert.Equal("Microsoft.Network/networkInterfaces", nic.ResourceType);
        Assert.NotNull(nic.Body);
        Assert.Null(nic.Body!.CloseBrace);
        Assert.Single(tree.Root.Parameters);
    }

    [Fact]
    public void Half_typed_resource_with_a_property_and_a_final_line_break()
    {
        var tree = ParseWithErrors("resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {\n  name: 'nic'\n");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal((3, 1), Position(tree, diagnostic));
        Assert.Equal("nic", ((StringSyntax)tree.Root.Resources.Single().Body!.GetPropertyValue("name")!).LiteralValue);
    }

    [Fact]
    public void Missing_closing_brace_before_further_statements()
    {
        const string text = """
            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'nic'
              properties: {
                enableAcceleratedNetworking: true

            param vmSize string = 'Standard_B1s'
            var count = 2
            output size string = vmSize
            """;
        var tree = ParseWithErrors(text);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal((6, 1), Position(tree, diagnostic));
        Assert.Contains("'}'", diagnostic.Message, StringComparison.Ordinal);

        // The statements after the broken resource are parsed normally.
        Assert.Equal("vmSize", tree.Root.Parameters.Single().Name.Name);
        Assert.Equal("count", tree.Root.Variables.Single().Name.Name);
        Assert.Equal("size", tree.Root.Outputs.Single().Name.Name);
        var properties = (ObjectSyntax)tree.Root.Resources.Single().Body!.GetPropertyValue("properties")!;
        Assert.NotNull(properties.GetProperty("enableAcceleratedNetworking"));
    }

    [Fact]
    public void Missing_closing_brace_before_a_decorated_statement()
    {
        var tree = ParseWithErrors("var o = {\n  a: 1\n@description('x')\nparam p string\n");
        Assert.Equal((3, 1), Position(tree, Assert.Single(tree.Diagnostics)));
        Assert.Equal("x", ((StringSyntax)tree.Root.Parameters.Single().GetDecorator("description")!.Arguments[0]).LiteralValue);
    }

    [Fact]
    public void Garbage_characters_are_reported_where_they_are_and_the_next_lines_parse()
    {
        const string text = "var a = 1 ~~~\nvar b = §\nparam c int\n";
        var tree = ParseWithErrors(text);
        Assert.Equal(new[] { (1, 11), (1, 12), (1, 13), (2, 9) }, tree.Diagnostics.Select(d => Position(tree, d)));
        Assert.Equal(new[] { "a", "b" }, tree.Root.Variables.Select(v => v.Name.Name));
        Assert.Equal("c", tree.Root.Parameters.Single().Name.Name);
        Assert.Contains(tree.Root.Statements, s => s is SkippedStatementSyntax);
    }

    [Fact]
    public void Unknown_statement_is_skipped_to_the_end_of_its_line()
    {
        var tree = ParseWithErrors("foo bar baz\nvar a = 1\n");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal((1, 1), Position(tree, diagnostic));
        Assert.Contains("Expected a declaration", diagnostic.Message, StringComparison.Ordinal);
        var skipped = Assert.IsType<SkippedStatementSyntax>(tree.Root.Statements[0]);
        Assert.Equal(3, skipped.SkippedTokens.Count);
        Assert.Single(tree.Root.Variables);
    }

    [Theory]
    [InlineData("var a = \nvar b = 1\n", 1, 8, "an expression")]
    [InlineData("var a = concat('x', \nvar b = 1\n", 2, 1, "')'")]
    [InlineData("var a = [1, 2\nvar b = 1\n", 2, 1, "']'")]
    [InlineData("var a = (1 + 2\nvar b = 1\n", 2, 1, "')'")]
    [InlineData("var a = { b: }\nvar b = 1\n", 1, 14, "an expression")]
    [InlineData("var a = { b 1 }\nvar b = 1\n", 1, 13, "':'")]
    [InlineData("var a = 1 +\nvar b = 1\n", 1, 12, "an expression")]
    [InlineData("var a = x ? 1\nvar b = 1\n", 1, 14, "':'")]
    [InlineData("param\nvar b = 1\n", 1, 6, "a parameter name")]
    [InlineData("param p\nvar b = 1\n", 1, 8, "a parameter type")]
    [InlineData("resource r = {}\nvar b = 1\n", 1, 12, "a resource type string")]
    [InlineData("resource r 'T@1' {}\nvar b = 1\n", 1, 18, "'='")]
    [InlineData("module m './m.bicep' = 1\nvar b = 1\n", 1, 24, "'{', 'if' or '[for'")]
    [InlineData("var a = [for x xs: x]\nvar b = 1\n", 1, 16, "'in'")]
    [InlineData("@description('x')\n", 2, 1, "a declaration after the decorator")]
    [InlineData("output o = 1\nvar b = 1\n", 1, 10, "an output type")]
    [InlineData("func f(a) string => a\nvar b = 1\n", 1, 9, "a type for parameter 'a'")]
    [InlineData("var a = 'x${y'\nvar b = 1\n", 1, 14, "not terminated")]
    [InlineData("var a = 'x${y\nvar b = 1\n", 1, 14, "'}'")]
    [InlineData("import {a} './x.bicep'\nvar b = 1\n", 1, 12, "'from'")]
    public void Errors_are_reported_at_the_right_place_and_the_next_statement_parses(string text, int line, int column, string expected)
    {
        var tree = ParseWithErrors(text);
        var first = tree.Diagnostics[0];
        Assert.True(
            Position(tree, first) == (line, column) && first.Message.Contains(expected, StringComparison.Ordinal),
            $"got ({Position(tree, first)}) {first.Message}\nall:\n{SyntaxAssert.Describe(tree)}");
        if (text.Contains("var b", StringComparison.Ordinal))
        {
            Assert.Contains(tree.Root.Variables, v => v.Name.Name == "b");
        }
    }

    [Theory]
    [InlineData("var a = concat('abc' 'def')\n")]
    [InlineData("var a = ['abc' 'def']\n")]
    [InlineData("var a = { abc: 'def' ghi: 'jkl' }\n")]
    [InlineData("var a = [\n  'abc',,\n]\n")]
    [InlineData("var a = concat('a',, 'b')\n")]
    [InlineData("var a = [\n  1\n  , 2\n]\n")]
    [InlineData("var a = (1, 2)\n")]
    public void Separator_mistakes_are_reported(string text)
    {
        var tree = ParseWithErrors(text);
        Assert.Single(tree.Root.Variables);
    }

    [Fact]
    public void Parameters_files_reject_template_declarations_and_vice_versa()
    {
        var paramsTree = ParseWithErrors("using 'main.bicep'\nresource r 'T@1' = {}\nparam p string = 'x'\n", isParamsFile: true);
        Assert.Equal(2, paramsTree.Diagnostics.Count);
        Assert.Contains(paramsTree.Diagnostics, d => d.Message.Contains("not allowed in a .bicepparam file", StringComparison.Ordinal));
        Assert.Contains(paramsTree.Diagnostics, d => d.Message.Contains("not a type", StringComparison.Ordinal));

        var templateTree = ParseWithErrors("using 'main.bicep'\nextensionConfig k with {}\n");
        Assert.Equal(2, templateTree.Diagnostics.Count);
        Assert.All(templateTree.Diagnostics, d => Assert.Contains("only allowed in a .bicepparam file", d.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("!", "")]
    [InlineData("-", "")]
    [InlineData("'${", "}'")]
    [InlineData("f(", ")")]
    public void Nesting_deeper_than_the_limit_is_a_diagnostic_not_a_stack_overflow(string open, string close)
    {
        var builder = new StringBuilder("var deep = ");
        for (int i = 0; i < 10_000; i++)
        {
            builder.Append(open);
        }

        builder.Append('1');
        for (int i = 0; i < 10_000; i++)
        {
            builder.Append(close);
        }

        builder.Append("\nvar after = 1\n");
        string text = builder.ToString();
        var tree = BicepParser.Parse(text);
        Assert.Contains(tree.Diagnostics, d => d.Message.Contains("nested too deeply", StringComparison.Ordinal));
        Assert.Equal(text, SyntaxAssert.RoundTrip(tree));
        Assert.Contains(tree.Root.Variables, v => v.Name.Name == "after");
    }

    [Fact]
    public void Deeply_nested_types_are_also_limited()
    {
        string text = "type t = " + new string('(', 10_000) + "string" + new string(')', 10_000) + "\nvar after = 1\n";
        var tree = BicepParser.Parse(text);
        Assert.Contains(tree.Diagnostics, d => d.Message.Contains("nested too deeply", StringComparison.Ordinal));
        Assert.Contains(tree.Root.Variables, v => v.Name.Name == "after");
    }

    [Fact]
    public void Nesting_within_the_limit_parses_cleanly()
    {
        string text = "var v = " + new string('[', 200) + "1" + new string(']', 200) + "\n";
        var tree = SyntaxAssert.ParseClean(text);
        int depth = 0;
        for (ExpressionSyntax node = ((VariableDeclarationSyntax)tree.Root.Statements[0]).Value; node is ArraySyntax array; node = array.Items[0])
        {
            depth++;
        }

        Assert.Equal(200, depth);
    }

    [Fact]
    public void Token_soup_always_terminates_without_exceptions()
    {
        string[] pieces =
        {
            "param", "var", "resource", "module", "output", "type", "func", "import", "using", "if", "for", "in", "existing",
            "x", "'s'", "'a${", "}", "'''m'''", "{", "}", "[", "]", "(", ")", ",", ":", "::", "=", "=>", "?", "??", ".", ".?",
            "!", "@", "#", "|", "<", ">", "...", "1", "true", "null", "\n", "\n", " ", "//c\n", "/*c*/", "+", "-", "*",
        };
        var random = new Random(4242);
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < 2_000; i++)
        {
            var builder = new StringBuilder();
            int count = random.Next(1, 60);
            for (int j = 0; j < count; j++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? " " : string.Empty);
            }

            string text = builder.ToString();
            var tree = BicepParser.Parse(text, isParamsFile: random.Next(2) == 0);
            Assert.Equal(text, SyntaxAssert.RoundTrip(tree));
            Assert.DoesNotContain(tree.Diagnostics, d => d.Message.StartsWith("Internal", StringComparison.Ordinal));
            Assert.All(tree.Diagnostics, d => Assert.InRange(d.Span.End, 0, text.Length));
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"token soup took {watch.Elapsed}");
    }

    [Fact]
    public void Every_node_span_lies_within_its_parent_even_in_broken_code()
    {
        const string text = "resource r 'T@1' = {\n  a: [1, 2\n  b: foo(\n}\nvar v = { c: 'x${y' }\n";
        var tree = BicepParser.Parse(text);
        new SpanChecker(text.Length).Visit(tree.Root);
    }

    private sealed class SpanChecker : SyntaxVisitor
    {
        private readonly int length;

        public SpanChecker(int length) => this.length = length;

        public override void VisitObjectProperty(ObjectPropertySyntax node)
        {
            Check(node);
            base.VisitObjectProperty(node);
        }

        public override void VisitArray(ArraySyntax node)
        {
            Check(node);
            base.VisitArray(node);
        }

        public override void VisitFunctionCall(FunctionCallSyntax node)
        {
            Check(node);
            base.VisitFunctionCall(node);
        }

        public override void VisitString(StringSyntax node)
        {
            Check(node);
            base.VisitString(node);
        }

        public override void VisitIdentifier(IdentifierSyntax node) => Check(node);

        private void Check(SyntaxNode node)
        {
            Assert.InRange(node.Span.End, node.Span.Start, length);
            if (node.Parent is { } parent && parent is not ProgramSyntax)
            {
                Assert.True(node.Span.Start >= parent.Span.Start && node.Span.End <= parent.Span.End, $"{node} is outside {parent}");
            }
        }
    }
}
