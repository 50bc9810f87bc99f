namespace AccelLint.Diagnostics;

/// <summary>Finding levels, ordered: a fail level of Warning fails on Warning and Error.</summary>
public enum DiagnosticLevel
{
    None = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

public static class DiagnosticLevels
{
    public static bool TryParse(string? text, out DiagnosticLevel level)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error":
                level = DiagnosticLevel.Error;
                return true;
            case "warning":
                level = DiagnosticLevel.Warning;
                return true;
            case "info":
            case "note":
            case "suggestion":
                level = DiagnosticLevel.Info;
                return true;
            case "none":
            case "off":
            case "hidden":
            case "silent":
                level = DiagnosticLevel.None;
                return true;
            default:
                level = DiagnosticLevel.None;
                return false;
        }
    }

    public static string ToText(this DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        DiagnosticLevel.Info => "info",
        _ => "none",
    };

    /// <summary>SARIF <c>level</c>: error, warning, note, none.</summary>
    public static string ToSarif(this DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        DiagnosticLevel.Info => "note",
        _ => "none",
    };
}
