using System.Runtime.CompilerServices;
using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>
/// Recursive-descent parser over the lexer's tokens. Errors never throw: a parse function that
/// cannot continue reports a diagnostic and returns an error node (usually zero-width, consuming
/// nothing); the enclosing list (statements, object members, array items, arguments) then skips to
/// its terminator (line break, ',', the closing bracket) and carries on.
/// <para>
/// Line breaks are significant at statement level and inside <c>{}</c> and <c>[]</c>, and not inside
/// <c>()</c> and <c>&lt;&gt;</c>; <see cref="ignoreNewLines"/> holds the current mode and every
/// construct restores it on exit.
/// </para>
/// </summary>
internal sealed partial class Parser
{
    private static readonly DecoratorSyntax[] NoDecorators = Array.Empty<DecoratorSyntax>();

    private readonly SourceFile file;
    private readonly List<Token> tokens;
    private readonly List<SyntaxDiagnostic> diagnostics = new();
    private readonly HashSet<int> errorPositions = new();
    private int[]? parenMatch;
    private readonly bool isParamsFile;

    private int pos;
    private bool ignoreNewLines;
    private int depth;
    private int errorsSeen;

    public Parser(SourceFile file, List<Token> tokens, IReadOnlyList<SyntaxDiagnostic> lexerDiagnostics, bool isParamsFile)
    {
        this.file = file;
        this.tokens = tokens;
        this.isParamsFile = isParamsFile;
        foreach (var diagnostic in lexerDiagnostics)
        {
            diagnostics.Add(diagnostic);
            errorPositions.Add(diagnostic.Span.Start);
        }

    }

    public IReadOnlyList<SyntaxDiagnostic> Diagnostics => diagnostics;

    /// <summary>Token bitmask for terminator sets (TokenType has fewer than 64 members).</summary>
    private static ulong Bit(TokenType type) => 1UL << (int)type;

    private static bool IsStringStart(TokenType type) =>
        type is TokenType.StringComplete or TokenType.StringLeftPiece or TokenType.MultilineString or TokenType.MultilineStringLeftPiece;

    /// <summary>For each '(' the index of its ')' (or -1), so lambdas can be told from parenthesized expressions in O(1).</summary>
    private static int[] MatchParentheses(List<Token> tokens)
    {
        var match = new int[tokens.Count];
        var open = new Stack<int>();
        for (int i = 0; i < tokens.Count; i++)
        {
            match[i] = -1;
            switch (tokens[i].Type)
            {
                case TokenType.LeftParen:
                    open.Push(i);
                    break;
                case TokenType.RightParen when open.Count > 0:
                    match[open.Pop()] = i;
                    break;
            }
        }

        return match;
    }

    // ---- token access ----

    /// <summary>The next significant token (line breaks are skipped when they are not significant).</summary>
    private Token Current
    {
        get
        {
            if (ignoreNewLines)
            {
                while (tokens[pos].Type == TokenType.NewLine)
                {
                    pos++;
                }
            }

            return tokens[pos];
        }
    }

    private bool At(TokenType type) => Current.Type == type;

    private bool AtKeyword(string keyword) => Current.IsKeyword(keyword);

    private bool AtStringStart() => IsStringStart(Current.Type);

    /// <summary>The token right after <see cref="Current"/> in the raw stream (line breaks count).</summary>
    private Token RawNext()
    {
        var current = Current;
        return current.Type == TokenType.EndOfFile ? current : tokens[pos + 1];
    }

    private Token Read()
    {
        var token = Current;
        if (token.Type != TokenType.EndOfFile)
        {
            pos++;
        }

        return token;
    }

    private Token? TryRead(TokenType type) => At(type) ? Read() : null;

    private Token? TryReadKeyword(string keyword) => AtKeyword(keyword) ? Read() : null;

    private bool IsFirstOnLine(int index) => index == 0 || tokens[index - 1].Type == TokenType.NewLine;

    /// <summary>Skips line breaks when the next token after them has type <paramref name="type"/>; true when that token is current.</summary>
    private bool AtAcrossNewLines(TokenType type)
    {
        var current = Current;
        if (current.Type == type)
        {
            return true;
        }

        if (current.Type != TokenType.NewLine)
        {
            return false;
        }

        int i = pos;
        while (tokens[i].Type == TokenType.NewLine)
        {
            i++;
        }

        if (tokens[i].Type != type)
        {
            return false;
        }

        pos = i;
        return true;
    }

    private bool AtKeywordAcrossNewLines(string keyword)
    {
        int i = pos;
        while (tokens[i].Type == TokenType.NewLine)
        {
            i++;
        }

        if (!tokens[i].IsKeyword(keyword))
        {
            return false;
        }

        pos = i;
        return true;
    }

    /// <summary>True when the next significant token after the current one (line breaks skipped) is the keyword.</summary>
    private bool NextIsKeywordAcrossNewLines(string keyword)
    {
        _ = Current;
        if (tokens[pos].Type == TokenType.EndOfFile)
        {
            return false;
        }

        int i = pos + 1;
        while (tokens[i].Type == TokenType.NewLine)
        {
            i++;
        }

        return tokens[i].IsKeyword(keyword);
    }

    private void SkipNewLines()
    {
        while (tokens[pos].Type == TokenType.NewLine)
        {
            pos++;
        }
    }

    // ---- diagnostics ----

    private void Report(TextSpan span, string message)
    {
        errorsSeen++;

        // One diagnostic per position: later complaints about the same spot are cascades.
        if (errorPositions.Add(span.Start))
        {
            diagnostics.Add(new SyntaxDiagnostic(span, message));
        }
    }

    /// <summary>Where a missing thing is reported: the current token, or just after the previous token at a line break or the end.</summary>
    private TextSpan ErrorSpan()
    {
        var current = Current;
        return current.Type is TokenType.NewLine or TokenType.EndOfFile ? new TextSpan(PreviousEnd(), 0) : current.Span;
    }

    private int PreviousEnd()
    {
        for (int i = pos - 1; i >= 0; i--)
        {
            if (tokens[i].Type != TokenType.NewLine)
            {
                return tokens[i].Span.End;
            }
        }

        return 0;
    }

    private string Found()
    {
        var current = Current;
        return current.Type switch
        {
            TokenType.NewLine => " but found the end of the line",
            TokenType.EndOfFile => " but reached the end of the file",
            _ => $" but found '{Abbreviate(current.Text)}'",
        };
    }

    private static string Abbreviate(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";

    private void ReportExpected(string what) => Report(ErrorSpan(), $"Expected {what}{Found()}.");

    private ErrorExpressionSyntax MissingExpression() => new(new TextSpan(ErrorSpan().Start, 0));

    private ErrorExpressionSyntax MissingExpression(string what)
    {
        ReportExpected(what);
        return MissingExpression();
    }

    private ErrorTypeSyntax MissingType() => new(new TextSpan(ErrorSpan().Start, 0));

    private Token? Expect(TokenType type, string what)
    {
        if (At(type))
        {
            return Read();
        }

        ReportExpected(what);
        return null;
    }

    private Token? ExpectKeyword(string keyword)
    {
        if (AtKeyword(keyword))
        {
            return Read();
        }

        ReportExpected($"'{keyword}'");
        return null;
    }

    private IdentifierSyntax ExpectIdentifier(string what)
    {
        if (At(TokenType.Identifier))
        {
            return new IdentifierSyntax(Read());
        }

        ReportExpected(what);
        return IdentifierSyntax.Missing(ErrorSpan().Start);
    }

    /// <summary>A name after '.', '.?' or '::': identifiers, and the literal keywords, which are valid property names.</summary>
    private IdentifierSyntax ExpectMemberName()
    {
        if (Current.Type is TokenType.Identifier or TokenType.TrueKeyword or TokenType.FalseKeyword or TokenType.NullKeyword)
        {
            return new IdentifierSyntax(Read());
        }

        ReportExpected("a property or function name");
        return IdentifierSyntax.Missing(ErrorSpan().Start);
    }

    /// <summary>Reads the closing token of a bracketed construct, or reports it missing (after the previous token) and returns null.</summary>
    private Token? ExpectClose(TokenType type, string text, Token opener, string construct)
    {
        if (At(type))
        {
            return Read();
        }

        var (line, column) = file.GetLinePosition(opener.Span.Start);
        string found = Found();
        Report(new TextSpan(PreviousEnd(), 0), $"Expected '{text}' to close the {construct} opened at line {line}, column {column}{found}.");
        return null;
    }

    /// <summary>
    /// Skips tokens until one in <paramref name="terminators"/> (or the end). Where line breaks are not
    /// significant, also stops at a line that starts like a statement, so one missing ')' does not
    /// swallow the rest of the file.
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

            if (ignoreNewLines && LooksLikeStatementStart(allowDecorator: true, allowNestedResources: false))
            {
                return skipped;
            }

            skipped.Add(Read());
        }
    }

    private static TextSpan SpanOf(List<Token> skipped) =>
        TextSpan.Between(skipped[0].Span, skipped[skipped.Count - 1].Span);

    // ---- nesting ----

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

    // ---- statement-start heuristic ----

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
