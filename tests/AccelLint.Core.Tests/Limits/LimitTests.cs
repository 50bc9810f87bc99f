using AccelLint.Diagnostics;
using AccelLint.Engine;

namespace AccelLint.Core.Tests.Limits;

/// <summary>
/// Limits, never crashes (SPEC.md §9): deep nesting, cycles and runaway loops end in an ACCEL000
/// finding with a clear message, within a bounded time, and the other files are still linted.
/// </summary>
public class LimitTests
{
    private const string Schema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

    private static LintResult Lint(Dictionary<string, string> files, long maxFileSize = LintOptions.DefaultMaxFileSize)
    {
        string folder = Path.Combine(Path.GetTempPath(), "accellint-limits", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        // Every case must finish well within the bound, whatever the input.
        var run = Task.Run(() => LintEngine.Lint(new LintOptions { Paths = new[] { folder }, MaxFileSize = maxFileSize }));
        Assert.True(run.Wait(TimeSpan.FromSeconds(30)), "the lint did not finish within 30 seconds");
        return run.Result;
    }

    private static Finding Invalid(LintResult result, string file, string messagePart)
    {
        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.InvalidInput && Path.GetFileName(f.Location.File.Path) == file);
        Assert.Contains(messagePart, finding.Message, StringComparison.Ordinal);
        return finding;
    }

    private static Dictionary<string, string> WithGoodFile(string name, string text) => new()
    {
        [name] = text,
        ["good.json"] = $$"""{ "$schema": "{{Schema}}", "resources": [ { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2023-09-01", "name": "n", "properties": { "enableAcceleratedNetworking": true } } ] }""",
    };

    [Fact]
    public void Ten_thousand_nested_json_arrays_are_ACCEL000()
    {
        string text = $$"""{ "$schema": "{{Schema}}", "variables": { "deep": {{new string('[', 10_000)}}{{new string(']', 10_000)}} }, "resources": [] }""";
        var result = Lint(WithGoodFile("deep.json", text));
        Invalid(result, "deep.json", "deeper than");
        Assert.Equal(2, result.FileCount);
    }

    [Fact]
    public void Ten_thousand_nested_parentheses_in_an_arm_expression_are_ACCEL000()
    {
        string expression = "[" + string.Concat(Enumerable.Repeat("concat(", 10_000)) + "'x'" + new string(')', 10_000) + "]";
        string text = $$"""{ "$schema": "{{Schema}}", "variables": { "deep": "{{expression}}" }, "resources": [ { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2023-09-01", "name": "[variables('deep')]", "properties": {} } ] }""";
        Invalid(Lint(WithGoodFile("deep.json", text)), "deep.json", "nests deeper than");
    }

    [Fact]
    public void Ten_thousand_nested_parentheses_in_bicep_are_ACCEL000()
    {
        string text = "var deep = " + new string('(', 10_000) + "1" + new string(')', 10_000) + "\n";
        var result = Lint(WithGoodFile("deep.bicep", text));
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.InvalidInput && f.Location.File.Path.EndsWith("deep.bicep", StringComparison.Ordinal));
    }

    [Fact]
    public void Ten_thousand_nested_bicep_arrays_are_ACCEL000()
    {
        string text = "var deep = " + new string('[', 10_000) + new string(']', 10_000) + "\n";
        var result = Lint(WithGoodFile("deep.bicep", text));
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.InvalidInput && f.Location.File.Path.EndsWith("deep.bicep", StringComparison.Ordinal));
    }

    [Fact]
    public void Arm_variables_that_refer_to_each_other_are_ACCEL000()
    {
        string text = $$"""{ "$schema": "{{Schema}}", "variables": { "a": "[variables('b')]", "b": "[variables('a')]" }, "resources": [ { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2023-09-01", "name": "[variables('a')]", "properties": {} } ] }""";
        Invalid(Lint(WithGoodFile("cycle.json", text)), "cycle.json", "cycle");
    }

    [Fact]
    public void Bicep_variables_that_refer_to_each_other_are_ACCEL000()
    {
        Invalid(Lint(WithGoodFile("cycle.bicep", "var a = b\nvar b = a\n")), "cycle.bicep", "cycle");
    }

    [Fact]
    public void A_bicepparam_naming_itself_is_ACCEL000()
    {
        Invalid(Lint(WithGoodFile("main.bicepparam", "using './main.bicepparam'\nparam x = 1\n")), "main.bicepparam", "names itself");
    }

    [Fact]
    public void A_runaway_arm_range_is_ACCEL000()
    {
        string text = $$"""{ "$schema": "{{Schema}}", "variables": { "many": "[range(0, 100000000)]" }, "resources": [ { "type": "Microsoft.Network/networkInterfaces", "apiVersion": "2023-09-01", "name": "[string(length(variables('many')))]", "properties": {} } ] }""";
        Invalid(Lint(WithGoodFile("loop.json", text)), "loop.json", "range(0, 100000000)");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_reported_not_read()
    {
        string text = $$"""{ "$schema": "{{Schema}}", "resources": [], "padding": "{{new string('x', 3000)}}" }""";
        var result = Lint(WithGoodFile("big.json", text), maxFileSize: 2048);
        Invalid(result, "big.json", "over the");
    }

    [Fact]
    public void An_object_that_contains_itself_is_ACCEL000_when_turned_into_text_not_a_stack_overflow()
    {
        // Found by the long fuzz run: rendering a self-referential object recursed until the stack overflowed.
        var result = Lint(WithGoodFile("self.bicep", "var x = {\n  a: x\n}\nvar s = string(x)\nvar t = '${x}'\n"));
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.InvalidInput && f.Message.Contains("refers to itself", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("var x = {\n  ...x\n  enableAcceleratedNetworking: true\n}\n", 2)]
    [InlineData("var y = {\n  ...x\n}\nvar x = {\n  ...y\n  enableAcceleratedNetworking: true\n}\n", 2)]
    public void An_object_that_spreads_itself_is_ACCEL000_not_a_stack_overflow(string declarations, int line)
    {
        // Found by the long fuzz run: merging the object re-entered itself until the stack overflowed.
        string text = declarations + "resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {\n  name: 'n'\n  location: 'eastus'\n  properties: x\n}\n";
        var finding = Invalid(Lint(WithGoodFile("spread.bicep", text)), "spread.bicep", "spreads itself");
        Assert.Equal((line, 3), (finding.Resolve().Line, finding.Resolve().Column));
    }
}
