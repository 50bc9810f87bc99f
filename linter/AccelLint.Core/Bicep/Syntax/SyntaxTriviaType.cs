namespace AccelLint.Bicep.Syntax;

/// <summary>The kinds of text between tokens that carry no syntax.</summary>
public enum SyntaxTriviaType
{
    /// <summary>Spaces, tabs and byte order marks (line breaks are <see cref="TokenType.NewLine"/> tokens).</summary>
    Whitespace,

    /// <summary><c>// ...</c> up to, not including, the line break.</summary>
    SingleLineComment,

    /// <summary><c>/* ... */</c>, possibly spanning lines.</summary>
    MultiLineComment,

    /// <summary><c>#disable-next-line code1 code2</c>: suppresses the codes on the next line.</summary>
    DisableNextLinePragma,

    /// <summary><c>#disable-diagnostics code1 code2</c>: suppresses the codes until a matching restore.</summary>
    DisableDiagnosticsPragma,

    /// <summary><c>#restore-diagnostics code1 code2</c>: ends a <see cref="DisableDiagnosticsPragma"/>.</summary>
    RestoreDiagnosticsPragma,
}
