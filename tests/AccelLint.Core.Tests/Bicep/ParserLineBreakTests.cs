using AccelLint.Bicep;
using AccelLint.Bicep.Syntax;
using AccelLint.Core.Tests.Oracle;

namespace AccelLint.Core.Tests.Bicep;

/// <summary>
/// Where Bicep lets a construct continue on the next line, and where it does not: each case is a whole
/// file that the compiler (0.49.2) accepts, or rejects with its first syntax error at the line and
/// column given (its BCP code beside it). The first ACCEL000 must be exactly there. The last test runs
/// the real compiler over the same cases, so the table cannot drift from it.
/// </summary>
public class ParserLineBreakTests
{
    private const string Storage = "resource s 'Microsoft.Storage/storageAccounts@2023-01-01' = ";

    private static readonly string[] AcceptedCases =
    {
        // A function or lambda body on the line after '=>' (also after a blank line).
        "func f(a string) string =>\n  'x${a}'\noutput o string = f('a')\n",
        "func f() string =>\n\n  'x'\n",
        "var x = map([1], i =>\n  i)\n",
        "var x = map([1], (i, j) =>\n  i + j)\n",

        // Parameter lists: line breaks around parameters and commas, a trailing comma.
        "func f(\n  a string,\n  b string\n) string => a\n",
        "func f(a string\n, b string) string => a\n",
        "func f(a string,) string => a\n",
        "var x = map([1], (i,\n  j) => i)\n",

        // A union that starts with '|', also on the next line, and one whose later members do.
        "param p\n  | 'a'\n  | 'b' = 'a'\n",
        "output o\n  | 'a'\n  | 'b' = 'a'\n",
        "type t =\n\n  | 'a'\n  | 'b'\n",
        "param q 'a'\n  | 'b'\n",
        "type t = {\n  p:\n    | 'a'\n    | 'b'\n}\n",
        "type t = [\n  | 'a'\n  | 'b'\n]\n",
        "type t = ('a' | 'b'\n  | 'c')\n",

        // Arguments: after '(' and ',' and before ')' (comment lines included).
        "var x = concat(\n  'a',\n  'b'\n)\n",
        "var x = concat('a',\n\n  'b')\n",
        "var x = concat('a'\n// c\n)\n",
        "@allowed([\n  'a'\n  'b'\n])\nparam p string\n",
        "type t = resourceInput<'Microsoft.Network/networkInterfaces@2023-09-01'\n>.properties\n",

        // A ternary breaks before '?' and ':' (blank and comment lines too), also inside parentheses.
        "param c bool\nvar x = c\n\n  ? 1\n  // no\n  : 2\n",
        "param a bool\nvar x = (a\n  ? 1 : 2)\n",

        // A trailing comma on one line; a loop's brackets on their own lines; 'if' on the line after '='.
        "var o = { a: 1, }\nvar arr = [1, 2, ]\noutput p object = o\noutput q array = arr\n",
        "var x = [\n  for y in [1]: y\n]\n",
        Storage + "\n  if (true) {\n  name: 'x'\n}\n",
    };

    private static readonly (string Text, int Line, int Column, string Code)[] RejectedCases =
    {
        // A comma then a line break between elements of an object or array.
        ("var o = {\n  a: 1,\n  b: 2\n}\n", 2, 8, "BCP238"),
        ("var arr = [\n  1,\n  2\n]\n", 2, 5, "BCP238"),
        ("var o = {\n  a: 1,\n}\n", 2, 8, "BCP238"),
        ("var o = {\n  a: 1 // c\n  b: 2, // c\n  c: 3\n}\n", 3, 13, "BCP238"),

        // Arguments: a trailing comma, a line break without a comma, an expression broken over lines.
        ("var a = concat('a', 'b',)\n", 1, 25, "BCP009"),
        ("var a = concat('a',\n  'b',\n)\n", 3, 1, "BCP009"),
        ("var x = concat('a'\n, 'b')\n", 1, 19, "BCP237"),
        ("var x = concat('a'\n  'b')\n", 1, 19, "BCP237"),
        ("var x = concat('a'\n  \n)\n", 1, 19, "BCP237"),
        ("var x = concat('a' +\n  'b')\n", 1, 21, "BCP009"),
        ("var x = map([1], (i)\n  => i)\n", 1, 21, "BCP237"),
        ("type t = resourceInput<'Microsoft.Network/networkInterfaces@2023-09-01',>.properties\n", 1, 73, "BCP279"),

        // Unions: a trailing '|', a '|' alone on its line, a leading '|' then a line break, a comment line between members.
        ("param p 'a' |\n  'b'\n", 1, 14, "BCP300"),
        ("type t = 'a'\n  |'b'\n  |\n  'c'\n", 3, 4, "BCP300"),
        ("type t = |\n  'a'\n", 1, 11, "BCP279"),
        ("type t = 'a'\n// c\n  | 'b'\n", 3, 3, "BCP007"),
        ("type t = (\n'a' | 'b')\n", 1, 11, "BCP279"),
        ("type t = ('a'\n)\n", 1, 14, "BCP018"),

        // Parentheses hold one expression on one line; an 'if' condition is parenthesized.
        ("var a = (1 +\n  2)\n", 1, 10, "BCP243"),
        ("var b = (\n  1)\n", 1, 10, "BCP243"),
        ("var x = (1\n)\n", 1, 10, "BCP243"),
        ("var x = ()\n", 1, 10, "BCP243"),
        (Storage + "if (true &&\n  false) {\n  name: 'x'\n}\n", 1, 65, "BCP243"),
        (Storage + "if (\n  true) {\n  name: 'x'\n}\n", 1, 65, "BCP243"),
        (Storage + "if (true)\n  {\n  name: 'x'\n}\n", 1, 70, "BCP018"),

        // Operators, indexes, loops and spreads do not continue on the next line.
        ("param a bool\nvar x = a ?\n  1 : 2\n", 2, 12, "BCP009"),
        ("param a bool\nvar x = a ? 1 :\n  2\n", 2, 16, "BCP009"),
        ("param a bool\nvar x = a &&\n  a\n", 2, 13, "BCP009"),
        ("var a = [1]\nvar x = a[\n0]\n", 2, 11, "BCP009"),
        ("var a = [1]\nvar x = a[0\n]\n", 2, 12, "BCP018"),
        ("var x = [for y in\n  [1]: y]\n", 1, 18, "BCP009"),
        ("var x = [for (y,\n  i) in [1]: y]\n", 1, 17, "BCP009"),
        ("var x = [for (y, i)\n  in [1]: y]\n", 1, 20, "BCP012"),
        ("var x = [for y in [1]:\n  y]\n", 1, 23, "BCP009"),
        ("var a = {}\nvar x = {\n  ...\n  a\n}\n", 3, 6, "BCP009"),

        // Functions: the arrow on the signature's line, no body before a declaration, a parameter's type on its line.
        ("func f() string =>\nparam p string\n", 1, 19, "BCP009"),
        ("func g() string =>\n  type\n", 1, 19, "BCP009"),
        ("func f() string\n  => 'x'\n", 1, 16, "BCP018"),
        ("func f(a\n  string) string => a\n", 1, 9, "BCP279"),

        // A decorator stands on its own line; an interpolation hole does not span lines.
        ("@description('x') param p string\n", 1, 19, "BCP019"),
        ("var a = 'x'\nvar x = $'''\nhello ${a\n} there\n'''\n", 3, 10, "BCP004"),
    };

    public static TheoryData<string> Accepted => new(AcceptedCases);

    public static TheoryData<string, int, int, string> Rejected
    {
        get
        {
            var data = new TheoryData<string, int, int, string>();
            foreach (var (text, line, column, code) in RejectedCases)
            {
                data.Add(text, line, column, code);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Accepted_by_the_compiler_and_without_ACCEL000(string text)
    {
        var tree = SyntaxAssert.ParseClean(text);
        Assert.Empty(BicepFrontEnd.SyntaxFindings(tree));
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Rejected_with_the_first_ACCEL000_where_the_compiler_reports(string text, int line, int column, string code)
    {
        var tree = BicepParser.Parse(text);
        Assert.Equal(text, SyntaxAssert.RoundTrip(tree));
        var first = BicepFrontEnd.SyntaxFindings(tree).FirstOrDefault();
        Assert.True(first is not null, $"no ACCEL000 where the compiler reports {code} at ({line},{column})");
        var location = first!.Resolve();
        Assert.True(
            (location.Line, location.Column) == (line, column),
            $"the compiler reports {code} at ({line},{column}); ACCEL000 at ({location.Line},{location.Column}): {first.Message}\nall:\n{SyntaxAssert.Describe(tree)}");
    }

    [SkippableFact]
    public void The_compiler_agrees_with_the_cases()
    {
        Skip.If(BicepCompiler.Unavailable is not null, BicepCompiler.Unavailable);
        string folder = Path.Combine(Path.GetTempPath(), "accellint-oracle-linebreaks");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var expected = new Dictionary<string, (string Text, int Line, int Column, string? Code)>(StringComparer.Ordinal);
        int n = 0;
        foreach (string text in AcceptedCases)
        {
            expected[Path.Combine(folder, $"accepted{n++:D2}.bicep")] = (text, 0, 0, null);
        }

        n = 0;
        foreach (var (text, line, column, code) in RejectedCases)
        {
            expected[Path.Combine(folder, $"rejected{n++:D2}.bicep")] = (text, line, column, code);
        }

        foreach (var (path, test) in expected)
        {
            File.WriteAllText(path, test.Text);
        }

        var compiled = BicepCompiler.CompileFolder(folder);
        var differences = new List<string>();
        foreach (var (path, test) in expected)
        {
            var errors = compiled.DiagnosticsOf(path).Where(d => d.IsError).ToList();
            var firstSyntax = errors.FirstOrDefault(d => CompilerSyntaxOracleTests.SyntaxCodes.ContainsKey(d.Code));
            string got = firstSyntax is null ? (errors.Count == 0 ? "accepted" : $"only {errors[0].Code}") : $"{firstSyntax.Code} at ({firstSyntax.Line},{firstSyntax.Column})";
            string want = test.Code is null ? "accepted" : $"{test.Code} at ({test.Line},{test.Column})";
            if (got != want || (test.Code is null && errors.Count > 0))
            {
                differences.Add($"{test.Text.Replace("\n", "\\n", StringComparison.Ordinal)}: the table says {want}, the compiler {got}");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }
}
