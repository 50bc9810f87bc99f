namespace AccelLint.Diagnostics;

/// <summary>What a rule is: its ID, titles, default level and help link.</summary>
public sealed record RuleDescriptor(string Id, string Name, string Title, string Description, DiagnosticLevel DefaultLevel)
{
    public string HelpUri => RuleIds.HelpUri(Id);
}
