using AccelLint.Diagnostics;

namespace AccelLint.Rules;

/// <summary>ACCEL014: a registry or template-spec module is not available locally, so what it deploys was not checked.</summary>
public sealed class ModuleNotRestoredRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ModuleNotAvailableLocally,
        "ModuleNotAvailableLocally",
        "Module is not available locally",
        "A registry or template-spec module is not available locally (not restored), so the resources it deploys were not checked. Run 'bicep restore' on the file that uses it.",
        DiagnosticLevel.Info);

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var module in context.Model.UnresolvedModules)
        {
            bool templateSpec = module.Reference.StartsWith("ts", StringComparison.OrdinalIgnoreCase);
            string file = Path.GetFileName(module.Location.File.Path);
            context.Report(
                module.Location,
                $"Module '{module.ModuleName}' ('{module.Reference}') is a {(templateSpec ? "template-spec" : "registry")} module that is not available locally ({module.Reason}), so the resources it deploys were not checked; run 'bicep restore {file}'.",
                "module:" + module.ModuleName);
        }
    }
}
