using AccelLint.Diagnostics;
using AccelLint.Model;

namespace AccelLint.Rules;

/// <summary>ACCEL014: a registry or template-spec module is not available locally, so what it deploys was not checked.</summary>
public sealed class ModuleNotRestoredRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ModuleNotAvailableLocally,
        "ModuleNotAvailableLocally",
        "Module is not available locally",
        "A registry or template-spec module is not available locally (not restored), or an ARM linked template names no local file, so the resources it deploys were not checked. Run 'bicep restore' on the file that uses the module; link templates with templateLink.relativePath or the _artifactsLocation pattern.",
        DiagnosticLevel.Info,
        "{0} ({1}), so the resources it deploys were not checked{2}{3}");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var module in context.Model.UnresolvedModules)
        {
            if (module.Kind == ExternalModuleKind.LinkedTemplate)
            {
                context.Report(
                    module.Location,
                    [$"The template that deployment '{module.ModuleName}' links ('{module.Reference}') cannot be read locally", module.Reason, string.Empty],
                    "link:" + module.ModuleName);
                continue;
            }

            bool templateSpec = module.Reference.StartsWith("ts", StringComparison.OrdinalIgnoreCase);
            string file = Path.GetFileName(module.Location.File.Path);
            context.Report(
                module.Location,
                [$"Module '{module.ModuleName}' ('{module.Reference}') is a {(templateSpec ? "template-spec" : "registry")} module that is not available locally", module.Reason, $"; run 'bicep restore {file}'"],
                "module:" + module.ModuleName);
        }
    }
}
