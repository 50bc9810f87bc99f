namespace AccelLint.Bicep.Syntax;

/// <summary>
/// The kinds of Bicep tokens. Contextual keywords (<c>param</c>, <c>resource</c>, <c>if</c>, <c>for</c>,
/// <c>existing</c>, <c>with</c>, <c>as</c>, ...) are <see cref="Identifier"/> tokens; only the literals
/// <c>true</c>, <c>false</c> and <c>null</c> have their own kinds, as in Bicep.
/// </summary>
public enum TokenType
{
    /// <summary>A character the lexer does not understand (reported as a diagnostic).</summary>
    Unrecognized,
    EndOfFile,

    /// <summary>One or more consecutive line breaks; significant in Bicep.</summary>
    NewLine,

    Identifier,
    Integer,
    TrueKeyword,
    FalseKeyword,
    NullKeyword,

    /// <summary><c>'abc'</c>: a single-line string without interpolation.</summary>
    StringComplete,

    /// <summary><c>'abc${</c>: the first piece of an interpolated string.</summary>
    StringLeftPiece,

    /// <summary><c>}abc${</c>: a piece between two interpolation holes.</summary>
    StringMiddlePiece,

    /// <summary><c>}abc'</c>: the last piece of an interpolated string.</summary>
    StringRightPiece,

    /// <summary><c>'''abc'''</c> or <c>$'''abc'''</c>: a multi-line string without holes.</summary>
    MultilineString,

    /// <summary><c>$'''abc${</c>: the first piece of an interpolated multi-line string.</summary>
    MultilineStringLeftPiece,

    /// <summary><c>}abc${</c> inside an interpolated multi-line string.</summary>
    MultilineStringMiddlePiece,

    /// <summary><c>}abc'''</c>: the last piece of an interpolated multi-line string.</summary>
    MultilineStringRightPiece,

    At,
    Hash,
    LeftBrace,
    RightBrace,
    LeftParen,
    RightParen,
    LeftSquare,
    RightSquare,
    Comma,
    Dot,

    /// <summary><c>.?</c>: safe property access.</summary>
    DotQuestion,

    /// <summary><c>?.</c>: accepted as a spelling of safe property access.</summary>
    QuestionDot,

    /// <summary><c>...</c>: spread.</summary>
    Ellipsis,
    Question,
    DoubleQuestion,
    Colon,
    DoubleColon,
    Semicolon,
    Assignment,

    /// <summary><c>=&gt;</c>: lambda arrow.</summary>
    Arrow,

    /// <summary><c>|</c>: union types.</summary>
    Pipe,

    /// <summary><c>^</c>: index from the end, <c>array[^1]</c>.</summary>
    Hat,
    Plus,
    Minus,
    Asterisk,
    Slash,
    Modulo,
    Exclamation,
    LessThan,
    GreaterThan,
    LessThanOrEqual,
    GreaterThanOrEqual,
    Equals,
    NotEquals,

    /// <summary><c>=~</c>: case-insensitive equality.</summary>
    EqualsInsensitive,

    /// <summary><c>!~</c>: case-insensitive inequality.</summary>
    NotEqualsInsensitive,
    LogicalAnd,
    LogicalOr,
}
