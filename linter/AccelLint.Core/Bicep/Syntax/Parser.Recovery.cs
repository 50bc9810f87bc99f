using System.Runtime.CompilerServices;
using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>Recovery: skipping to terminators, the nesting limit, and the statement-start heuristic.</summary>
internal sealed partial class Parser
{
    /// <summary>
    /// At '(': true when a lambda parameter list follows, <c>(a, b) =&gt;</c>: only names (optionally typed
    /// with simple type tokens), commas and line breaks up to the ')', then '=&gt;'. Bounded by the list's length.
    /// </summary>
    private bool IsLambdaAhead()
    {
        for (int i = pos + 1; ; i++)
        {
            switch (tokens[i].Type)
            {
                case TokenType.Identifier:
                case TokenType.Comma:
                case TokenType.NewLine:
                case TokenType.Ellipsis:
                case TokenType.Dot:
                case TokenType.Question:
                case TokenType.LeftSquare:
                case TokenType.RightSquare:
                    continue;
                case TokenType.RightParen:
                    // The arrow follows on the same line.
                    return tokens[i + 1].Type == TokenType.Arrow;
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// Skips tokens until one in <paramref name="terminators"/> (or the end). Also stops at a line that
    /// starts like a statement, so one missing ')' does not swallow the rest of the file.
    /// </summary>
    private List<Token> SkipUntil(ulong terminators)
    {
        var skipped = new List<Token>();
        while (true)
        {
            var current = Current;
            if (current.Type == TokenType.EndOfFile || (terminators & Bit(current.Type)) != 0)
            {
                return skipped;
            }

            if (LooksLikeStatementStart(allowDecorator: true, allowNestedResources: false))
            {
                return skipped;
            }

            skipped.Add(Read());
        }
    }

    private static TextSpan SpanOf(List<Token> skipped) =>
        TextSpan.Between(skipped[0].Span, skipped[skipped.Count - 1].Span);

    private bool EnterNesting()
    {
        if (depth >= BicepParser.MaxNestingDepth)
        {
            return false;
        }

        depth++;
        if ((depth & 15) == 0)
        {
            try
            {
                RuntimeHelpers.EnsureSufficientExecutionStack();
            }
            catch (InsufficientExecutionStackException)
            {
                depth--;
                return false;
            }
        }

        return true;
    }

    private void ExitNesting() => depth--;

    /// <summary>
    /// Past the depth limit: reports once at this position and skips the rest of the nested construct
    /// iteratively (counting brackets), so the enclosing levels find their own closing tokens.
    /// </summary>
    private List<Token> SkipTooDeep()
    {
        Report(ErrorSpan(), $"The expression is nested too deeply (more than {BicepParser.MaxNestingDepth} levels).");
        var skipped = new List<Token>();
        int level = 0;
        while (true)
        {
            var token = Current;
            switch (token.Type)
            {
                case TokenType.EndOfFile:
                    return skipped;
                case TokenType.LeftParen:
                case TokenType.LeftSquare:
                case TokenType.LeftBrace:
                case TokenType.StringLeftPiece:
                case TokenType.MultilineStringLeftPiece:
                    level++;
                    break;
                case TokenType.RightParen:
                case TokenType.RightSquare:
                case TokenType.RightBrace:
                case TokenType.StringRightPiece:
                case TokenType.MultilineStringRightPiece:
                    if (level == 0)
                    {
                        return skipped;
                    }

                    level--;
                    break;
                case TokenType.StringMiddlePiece:
                case TokenType.MultilineStringMiddlePiece:
                case TokenType.Comma:
                case TokenType.Colon:
                case TokenType.NewLine:
                    if (level == 0)
                    {
                        return skipped;
                    }

                    break;
            }

            skipped.Add(Read());
        }
    }

    private ExpressionSyntax TooDeepExpression()
    {
        int start = ErrorSpan().Start;
        var skipped = SkipTooDeep();
        return new ErrorExpressionSyntax(skipped.Count > 0 ? SpanOf(skipped) : new TextSpan(start, 0), skipped);
    }

    private TypeSyntax TooDeepType()
    {
        int start = ErrorSpan().Start;
        var skipped = SkipTooDeep();
        return new ErrorTypeSyntax(skipped.Count > 0 ? SpanOf(skipped) : new TextSpan(start, 0), skipped);
    }

    /// <summary>
    /// True when the current token begins a line the way a statement does (<c>param x</c>,
    /// <c>resource r '...'</c>, <c>@description(...)</c>, ...): such a line cannot continue an object,
    /// array or argument list, so a container still open there is missing its closing token.
    /// </summary>
    private bool LooksLikeStatementStart(bool allowDecorator, bool allowNestedResources)
    {
        var current = Current;
        if (!IsFirstOnLine(pos))
        {
            return false;
        }

        if (current.Type == TokenType.At)
        {
            return allowDecorator;
        }

        if (current.Type != TokenType.Identifier)
        {
            return false;
        }

        // Most lines inside objects are "name: value": rule those out before looking at the text.
        var next = tokens[pos + 1].Type;
        if (next is not (TokenType.Identifier or TokenType.StringComplete or TokenType.StringLeftPiece or TokenType.MultilineString
            or TokenType.MultilineStringLeftPiece or TokenType.LeftBrace or TokenType.Asterisk or TokenType.Assignment))
        {
            return false;
        }

        switch (current.Text)
        {
            case "resource":
                return !allowNestedResources && (next == TokenType.Identifier);
            case "param":
            case "var":
            case "module":
            case "output":
            case "type":
            case "func":
            case "metadata":
            case "extension":
            case "provider":
            case "extensionConfig":
            case "test":
            case "assert":
                return next == TokenType.Identifier;
            case "using":
            case "extends":
                return IsStringStart(next) || (next == TokenType.Identifier && current.Text == "using");
            case "import":
                return next is TokenType.LeftBrace or TokenType.Asterisk || IsStringStart(next);
            case "targetScope":
                return next == TokenType.Assignment;
            default:
                return false;
        }
    }
}
