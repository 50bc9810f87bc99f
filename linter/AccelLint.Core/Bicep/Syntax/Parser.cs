using AccelLint.Text;

namespace AccelLint.Bicep.Syntax;

/// <summary>
/// Recursive-descent parser over the lexer's tokens. Errors never throw: a parse function that
/// cannot continue reports a diagnostic and returns an error node (usually zero-width, consuming
/// nothing); the enclosing list (statements, object members, array items, arguments) then skips to
/// its terminator (line break, ',', the closing bracket) and carries on.
/// <para>
/// Line breaks are always significant, as in Bicep's own parser: an expression never continues on the
/// next line except where the grammar says so, and each such place skips them itself: between the
/// elements of <c>{}</c> and <c>[]</c>, after <c>(</c> and <c>,</c> and before <c>)</c> in argument and
/// lambda parameter lists, before <c>?</c> and <c>:</c> of a ternary, after <c>=&gt;</c>, before a
/// union's <c>|</c> (one line break, not a blank line with a comment), and before <c>if</c> of a
/// resource or module.
/// </para>
/// </summary>
internal sealed partial class Parser
{
    private static readonly DecoratorSyntax[] NoDecorators = Array.Empty<DecoratorSyntax>();

    private readonly SourceFile file;
    private readonly List<Token> tokens;
    private readonly List<SyntaxDiagnostic> diagnostics = new();
    private readonly HashSet<int> errorPositions = new();
    private readonly bool isParamsFile;

    private int pos;
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

    // ---- token access ----

    /// <summary>The next token (line breaks included: they are always significant).</summary>
    private Token Current => tokens[pos];

    private bool At(TokenType type) => Current.Type == type;

    private bool AtKeyword(string keyword) => Current.IsKeyword(keyword);

    private bool AtStringStart() => IsStringStart(Current.Type);

    /// <summary>The token right after <see cref="Current"/> (line breaks count).</summary>
    private Token RawNext()
    {
        var current = Current;
        return current.Type == TokenType.EndOfFile ? current : tokens[pos + 1];
    }

    /// <summary>At a union's '|': on this line, or first on the next line (one line break; a comment line in between ends the union).</summary>
    private bool AtUnionSeparator() =>
        At(TokenType.Pipe) || (At(TokenType.NewLine) && tokens[pos + 1].Type == TokenType.Pipe);

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

    /// <summary>
    /// Where a missing thing is reported: the current token; at a line break, just after the previous
    /// token; at the end of the file, the end (as Bicep does).
    /// </summary>
    private TextSpan ErrorSpan()
    {
        var current = Current;
        return current.Type switch
        {
            TokenType.NewLine => new TextSpan(PreviousEnd(), 0),
            TokenType.EndOfFile => new TextSpan(current.Span.Start, 0),
            _ => current.Span,
        };
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
            _ => $" but found {Quote(current)}",
        };
    }

    /// <summary>A token for a message: quoted, except strings (which carry their own quotes); long ones shortened.</summary>
    private static string Quote(Token token)
    {
        string text = token.Text.Length <= 40 ? token.Text : token.Text.Substring(0, 37) + "...";
        return text.Length > 0 && (text[0] == '\'' || text[0] == '$') ? text : $"'{text}'";
    }

    private void ReportExpected(string what) => Report(ErrorSpan(), $"Expected {what}{Found()}.");

    /// <summary>A complaint about the line break itself (Bicep's position: the line break token, after any comment).</summary>
    private void ReportAtLineBreak(string message) => Report(new TextSpan(Current.Span.Start, 0), message);

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

    /// <summary>Reads the closing token of a bracketed construct, or reports it missing (where <see cref="ErrorSpan"/> says) and returns null.</summary>
    private Token? ExpectClose(TokenType type, string text, Token opener, string construct)
    {
        if (At(type))
        {
            return Read();
        }

        var (line, column) = file.GetLinePosition(opener.Span.Start);
        Report(ErrorSpan(), $"Expected '{text}' to close the {construct} opened at line {line}, column {column}{Found()}.");
        return null;
    }
}
