using AccelLint.Diagnostics;
using AccelLint.Json;
using AccelLint.Text;

namespace AccelLint.Core.Tests.Arm;

/// <summary>The tolerant JSON reader: positions of keys and values, what it accepts, and how it fails.</summary>
public class JsonReaderTests
{
    /// <summary>In broken inputs below, marks (and is removed before parsing) the offending character.</summary>
    private const char Here = '¦';

    // ---------------------------------------------------------------- positions

    [Fact]
    public void Key_spans_start_at_the_opening_quote()
    {
        const string text = """
            {
              "first": 1,
              "second" : { "inner": [ "x", { "deep": true } ] },
              'single': null
            }
            """;
        var root = Parse(text);

        foreach (var key in new[] { "\"first\"", "\"second\"", "\"inner\"", "\"deep\"", "'single'" })
        {
            var property = Find(root, key.Trim('"', '\''));
            Assert.Equal(text.IndexOf(key, StringComparison.Ordinal), property.NameSpan.Start);
            Assert.Equal(key.Length, property.NameSpan.Length);
        }
    }

    [Fact]
    public void Key_span_after_comments_and_with_escaped_quotes()
    {
        const string text = """
            {
              // a line comment
              /* a block comment */ "a\"b": 1,
              "c": /* between */ 2
            }
            """;
        var root = Parse(text);

        Assert.Equal(text.IndexOf("\"a\\\"b\"", StringComparison.Ordinal), Find(root, "a\"b").NameSpan.Start);
        Assert.Equal(text.IndexOf("\"c\"", StringComparison.Ordinal), Find(root, "c").NameSpan.Start);
    }

    [Fact]
    public void Line_and_column_are_1_based_with_any_line_break()
    {
        string text = "{\r\n  \"a\": 1,\n\t\"b\": 2,\r  \"c\": 3\r\n}";
        var file = new SourceFile("x.json", text);
        var root = (JsonObject)JsonReader.Parse(file).Root!;

        Assert.Equal((2, 3), file.GetLinePosition(Find(root, "a").NameSpan.Start));
        Assert.Equal((3, 2), file.GetLinePosition(Find(root, "b").NameSpan.Start));
        Assert.Equal((4, 3), file.GetLinePosition(Find(root, "c").NameSpan.Start));
    }

    [Fact]
    public void Value_spans_start_at_the_value()
    {
        const string text = """{ "s": "text", "n": 42, "b": false, "o": { }, "a": [ ] }""";
        var root = Parse(text);

        Assert.Equal(text.IndexOf("\"text\"", StringComparison.Ordinal), Find(root, "s").Value.Span.Start);
        Assert.Equal(text.IndexOf("42", StringComparison.Ordinal), Find(root, "n").Value.Span.Start);
        Assert.Equal(text.IndexOf("false", StringComparison.Ordinal), Find(root, "b").Value.Span.Start);
        Assert.Equal(text.IndexOf("{ }", StringComparison.Ordinal), Find(root, "o").Value.Span.Start);
        Assert.Equal(text.IndexOf("[ ]", StringComparison.Ordinal), Find(root, "a").Value.Span.Start);
    }

    // ---------------------------------------------------------------- what ARM accepts

    [Fact]
    public void Comments_trailing_commas_and_raw_newlines_are_accepted()
    {
        const string text = """
            // leading comment
            {
              "a": [ 1, 2, ], // trailing comma in an array
              "b": "line one
            line two",
              /* trailing comma in an object */ "c": { "d": true, },
            }
            """;
        var document = JsonReader.Parse(new SourceFile("x.json", text));

        Assert.Null(document.Error);
        var root = (JsonObject)document.Root!;
        Assert.Equal(2, ((JsonArray)root["a"]!).Items.Count);
        Assert.Contains("\n", (string)((JsonScalar)root["b"]!).Value!, StringComparison.Ordinal);
        Assert.Contains(document.Comments, c => c.Text.Contains("trailing comma in an object", StringComparison.Ordinal));
        Assert.Contains(document.Comments, c => c.Text.Contains("leading comment", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_keys_last_one_wins_and_lookup_ignores_case()
    {
        var root = Parse("""{ "Name": "first", "name": "second" }""");
        Assert.Equal("second", root.GetString("NAME"));
    }

    // ---------------------------------------------------------------- syntax errors

    [Theory]
    [InlineData("{\n  \"a\": 1\n  ¦\"b\": 2\n}")] // missing comma between properties
    [InlineData("[ 1 ¦2 ]")] // missing comma between items
    [InlineData("{\n  \"a\": [ 1, 2,\n  \"b\"¦: 2 ] }")] // a property inside an array
    [InlineData("{\n  \"a\" ¦1\n}")] // missing colon
    [InlineData("{\n  \"a\": 1,\n  \"b\": \n¦}")] // missing value
    [InlineData("{\n  \"a\": {\n    \"b\": 1\n  ¦]\n}")] // mismatched bracket
    [InlineData("{\n  \"a\": 1\n}\n¦}")] // content after the root
    [InlineData("{\n  \"resources\": [\n    { \"type\": \"x\" }\n    ¦{ \"type\": \"y\" }\n  ]\n}")] // missing comma between resources
    public void Syntax_error_points_at_the_offending_character(string marked)
    {
        int expected = marked.IndexOf(Here, StringComparison.Ordinal);
        string text = marked.Remove(expected, 1);
        var file = new SourceFile("x.json", text);

        var document = JsonReader.Parse(file);

        Assert.NotNull(document.Error);
        Assert.Equal(file.GetLinePosition(expected), file.GetLinePosition(document.Error!.Span.Start));
    }

    [Fact]
    public void Unterminated_string_and_unclosed_object_are_errors()
    {
        Assert.NotNull(JsonReader.Parse(new SourceFile("x.json", "{ \"a\": \"open\n}")).Error);
        Assert.NotNull(JsonReader.Parse(new SourceFile("x.json", "{ \"a\": [ 1, 2 ")).Error);
        Assert.NotNull(JsonReader.Parse(new SourceFile("x.json", string.Empty)).Error);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(10_000)]
    public void Deep_nesting_is_an_error_not_a_crash(int depth)
    {
        string text = new string('[', depth) + new string(']', depth);
        var document = JsonReader.Parse(new SourceFile("x.json", text));

        Assert.NotNull(document.Error);
        Assert.Null(document.Root);
    }

    // ---------------------------------------------------------------- through the engine

    [Fact]
    public void Broken_template_is_ACCEL000_at_the_offending_position_and_other_files_are_still_linted()
    {
        var files = new Dictionary<string, string>
        {
            ["broken.json"] = """
                {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0"
                  /*@ACCEL000*/"resources": []
                }
                """,
            ["azuredeploy.json"] = Verifier.VmWithNic("\"Standard_B1s\"", """/*@ACCEL001*/"enableAcceleratedNetworking": true,"""),
        };

        var result = Verifier.Verify(files);

        var error = Assert.Single(result.Findings, f => f.RuleId == "ACCEL000");
        Assert.Equal(DiagnosticLevel.Error, error.Level);
        Assert.Equal(2, result.FileCount);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(10_000)]
    public void Deeply_nested_template_is_ACCEL000_not_a_crash(int depth)
    {
        var files = new Dictionary<string, string>
        {
            ["deep.json"] = "{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\", \"resources\": [], \"variables\": { \"x\": "
                + new string('[', depth) + new string(']', depth) + " } }",
            ["azuredeploy.json"] = Verifier.VmWithNic("\"Standard_B1s\"", """/*@ACCEL001*/"enableAcceleratedNetworking": true,"""),
        };

        var result = Verifier.Verify(files, only: new[] { "ACCEL001" });

        var error = Assert.Single(result.Findings, f => f.RuleId == "ACCEL000");
        Assert.EndsWith("deep.json", error.Location.File.Path, StringComparison.Ordinal);
        Assert.Equal(1, error.Resolve().Line);
    }

    [Fact]
    public void Broken_parameters_file_is_ACCEL000_at_the_offending_position()
    {
        Verifier.VerifyArm(
            Verifier.VmWithNic("\"[parameters('vmSize')]\"", """ "enableAcceleratedNetworking": true,""", parameters: """ "vmSize": { "type": "string", "defaultValue": "Standard_D4s_v3" } """),
            """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
              "parameters": {
                "vmSize": { "value": "Standard_D4s_v3" }
                /*@ACCEL000*/"other": { "value": 1 }
              }
            }
            """,
            only: new[] { "ACCEL000" });
    }

    [Fact]
    public void Broken_json_that_is_not_arm_is_ignored()
    {
        var files = new Dictionary<string, string>
        {
            ["package.json"] = "{ \"name\": \"app\" \"version\": 1 }",
            ["settings.json"] = "{ \"editor.tabSize\": 2, }",
        };

        var result = Verifier.Verify(files);
        Assert.Empty(result.Findings);
    }

    // ---------------------------------------------------------------- helpers

    private static JsonObject Parse(string text)
    {
        var document = JsonReader.Parse(new SourceFile("x.json", text));
        Assert.Null(document.Error);
        return (JsonObject)document.Root!;
    }

    /// <summary>The first property with this name, searching depth first.</summary>
    private static JsonProperty Find(JsonNode node, string name)
    {
        var pending = new Stack<JsonNode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject obj:
                    foreach (var property in obj.Properties)
                    {
                        if (property.Name == name)
                        {
                            return property;
                        }
                    }

                    foreach (var property in obj.Properties.Reverse())
                    {
                        pending.Push(property.Value);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array.Items.Reverse())
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        throw new InvalidOperationException($"no property '{name}'");
    }
}
