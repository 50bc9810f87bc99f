using System.Text;
using AccelLint.Bicep.Syntax;

namespace AccelLint.Core.Tests.Bicep;

/// <summary>Shared checks for syntax tests: lossless round trip, contiguous spans, no diagnostics.</summary>
internal static class SyntaxAssert
{
    public static string RoundTrip(BicepSyntaxTree tree) => RoundTrip(tree.Tokens);

    public static string RoundTrip(IReadOnlyList<Token> tokens)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            token.AppendFullString(builder);
        }

        return builder.ToString();
    }

    /// <summary>Trivia and tokens tile the file: each piece starts where the previous ended, text matches the source.</summary>
    public static void SpansAreContiguous(BicepSyntaxTree tree, string name)
    {
        string text = tree.File.Text;
        int expected = 0;
        foreach (var token in tree.Tokens)
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                Check(trivia.Span.Start, trivia.Span.Length, trivia.Text, $"leading trivia of {token}");
            }

            Check(token.Span.Start, token.Span.Length, token.Text, token.ToString());
            foreach (var trivia in token.TrailingTrivia)
            {
                Check(trivia.Span.Start, trivia.Span.Length, trivia.Text, $"trailing trivia of {token}");
            }
        }

        Assert.True(expected == text.Length, $"{name}: tokens end at {expected}, the file at {text.Length}");
        Assert.Equal(TokenType.EndOfFile, tree.Tokens[tree.Tokens.Count - 1].Type);

        void Check(int start, int length, string pieceText, string what)
        {
            Assert.True(start == expected, $"{name}: {what} starts at {start}, expected {expected}");
            Assert.True(start + length <= text.Length, $"{name}: {what} ends past the file");
            Assert.True(string.CompareOrdinal(text, start, pieceText, 0, length) == 0 && pieceText.Length == length, $"{name}: {what} text differs from the source");
            expected = start + length;
        }
    }

    public static BicepSyntaxTree ParseClean(string text, bool isParamsFile = false)
    {
        var tree = BicepParser.Parse(text, isParamsFile);
        Assert.True(tree.Diagnostics.Count == 0, "unexpected diagnostics:\n" + Describe(tree));
        Assert.Equal(text, RoundTrip(tree));
        return tree;
    }

    public static string Describe(BicepSyntaxTree tree) =>
        string.Join("\n", tree.Diagnostics.Select(d =>
        {
            var (line, column) = tree.File.GetLinePosition(d.Span.Start);
            return $"({line},{column}) {d.Message}";
        }));
}
