using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AccelLint.Analyzers.CodeFixes;

/// <summary>
/// Adds and removes elements of object and collection initializers while keeping the layout the
/// user chose: one element per line (with or without a trailing comma) stays so, one line stays one
/// line. The trivia is written by hand rather than by the formatter, so the result is the same in
/// every host.
/// </summary>
internal static class InitializerEdits
{
    /// <summary>The initializer with <paramref name="element"/> appended after its last element.</summary>
    public static InitializerExpressionSyntax Append(InitializerExpressionSyntax initializer, ExpressionSyntax element)
    {
        var list = initializer.Expressions;
        element = Rigid(element.WithoutTrivia());
        if (list.Count == 0)
        {
            return initializer
                .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia(Space))
                .WithExpressions(SingletonSeparatedList(element.WithTrailingTrivia(Space)))
                .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia());
        }

        var items = new List<SyntaxNodeOrToken>(list.GetWithSeparators());
        var last = list[list.Count - 1];
        bool trailingComma = list.SeparatorCount == list.Count;
        var lineBreak = LineBreakAfter(trailingComma ? list.GetSeparator(list.Count - 1).TrailingTrivia : last.GetTrailingTrivia());
        if (IsMultiline(initializer) && lineBreak is { } newLine)
        {
            var indented = element.WithLeadingTrivia(IndentationOf(list[0]));
            if (trailingComma)
            {
                items.Add(indented);
                items.Add(Comma(TriviaList(newLine)));
            }
            else
            {
                // The last element's line break (and any comment before it) moves behind the new comma.
                items[items.Count - 1] = last.WithTrailingTrivia();
                items.Add(Comma(last.GetTrailingTrivia()));
                items.Add(indented.WithTrailingTrivia(newLine));
            }
        }
        else if (trailingComma)
        {
            // `{ A = 1, }` becomes `{ A = 1, B = 2, }`.
            items.Add(element);
            items.Add(Comma(list.GetSeparator(list.Count - 1).TrailingTrivia));
            items[items.Count - 3] = list.GetSeparator(list.Count - 1).WithTrailingTrivia(Space);
        }
        else
        {
            items[items.Count - 1] = last.WithTrailingTrivia();
            items.Add(Comma(TriviaList(Space)));
            items.Add(element.WithTrailingTrivia(last.GetTrailingTrivia()));
        }

        return initializer.WithExpressions(SeparatedList<ExpressionSyntax>(items));
    }

    /// <summary>
    /// The initializer without <paramref name="element"/> and its comma (its whole line when the
    /// initializer has one element per line); null when nothing would be left.
    /// </summary>
    public static InitializerExpressionSyntax? Remove(InitializerExpressionSyntax initializer, ExpressionSyntax element)
    {
        var list = initializer.Expressions;
        int index = list.IndexOf(element);
        if (index < 0 || list.Count == 1)
        {
            return null;
        }

        var items = new List<SyntaxNodeOrToken>(list.GetWithSeparators());
        if (index < list.SeparatorCount)
        {
            // The element and the comma after it; the next element keeps its own indentation.
            items.RemoveRange(2 * index, 2);
        }
        else
        {
            // The last element without a trailing comma: the comma before it goes, and the previous
            // element takes over what followed the removed one (a line break, or the space before '}').
            var previous = items[2 * index - 2].AsNode()!;
            items[2 * index - 2] = previous.WithTrailingTrivia(element.GetTrailingTrivia());
            items.RemoveRange(2 * index - 1, 2);
        }

        return initializer.WithExpressions(SeparatedList<ExpressionSyntax>(items));
    }

    /// <summary>Whether the first element starts on a line after the opening brace.</summary>
    public static bool IsMultiline(InitializerExpressionSyntax initializer) =>
        initializer.OpenBraceToken.TrailingTrivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia))
        || (initializer.Expressions.Count > 0 && initializer.Expressions[0].GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)));

    /// <summary>The whitespace right before the node's first token (its indentation when it starts a line).</summary>
    public static SyntaxTriviaList IndentationOf(SyntaxNode node)
    {
        var leading = node.GetLeadingTrivia();
        return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? TriviaList(leading[leading.Count - 1])
            : TriviaList();
    }

    /// <summary>
    /// The node without elastic trivia. SyntaxFactory gives new tokens elastic trivia, which code
    /// action clean-up hands to the formatter; a fix whose trivia is all written by hand must not
    /// have any, or the formatter re-lays it out (an initializer spread over several lines).
    /// </summary>
    public static T Rigid<T>(T node)
        where T : SyntaxNode =>
        node.ReplaceTokens(node.DescendantTokens(), (_, token) => token
            .WithLeadingTrivia(token.LeadingTrivia.Where(t => !t.HasAnnotation(SyntaxAnnotation.ElasticAnnotation)))
            .WithTrailingTrivia(token.TrailingTrivia.Where(t => !t.HasAnnotation(SyntaxAnnotation.ElasticAnnotation))));

    private static SyntaxToken Comma(SyntaxTriviaList trailing) => Token(TriviaList(), SyntaxKind.CommaToken, trailing);

    /// <summary>The line break in a trailing trivia list, when there is one.</summary>
    public static SyntaxTrivia? LineBreakAfter(SyntaxTriviaList trailing)
    {
        foreach (var trivia in trailing)
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return null;
    }
}
