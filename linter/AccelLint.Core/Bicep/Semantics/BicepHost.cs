using AccelLint.Bicep.Registry;
using AccelLint.Bicep.Syntax;
using AccelLint.Diagnostics;
using AccelLint.Model;
using AccelLint.Rules;
using AccelLint.Text;

namespace AccelLint.Bicep.Semantics;

/// <summary>
/// One evaluation of a Bicep deployment: loads (and caches) the files it reaches through modules and
/// imports, guards against module cycles and runaway depth, and collects resources into one model.
/// </summary>
internal sealed class BicepHost
{
    public const int MaxModuleDepth = 32;

    private readonly Func<string, BicepSyntaxTree?> load;
    private readonly Dictionary<string, BicepInstance> imports = new(StringComparer.Ordinal);
    private readonly List<string> instantiating = new();
    private readonly Dictionary<string, Arm.ArmContext> registryImports = new(StringComparer.Ordinal);

    public BicepHost(Func<string, BicepSyntaxTree?> load, ModuleCache modules)
    {
        this.load = load;
        Modules = modules;
    }

    /// <summary>Where registry and template-spec modules are restored.</summary>
    public ModuleCache Modules { get; }

    public ResourceModelBuilder Builder { get; } = new();

    public List<Finding> Findings { get; } = new();

    /// <summary>Nesting of expression evaluation, to stop runaway recursion (user functions calling themselves).</summary>
    public int EvaluationDepth { get; set; }

    public BicepSyntaxTree? Load(string fullPath) => load(fullPath);

    /// <summary>Reads a file's bytes for the load functions (<c>loadTextContent()</c> ...); null when it is missing.</summary>
    public Func<string, byte[]?> ReadFile { get; init; } = ReadFromDisk;

    /// <summary>Why a file an input names may not be read (outside the workspace, SPEC §10), or null; nothing is refused when not given.</summary>
    public Func<string, string?> Refusal { get; init; } = _ => null;

    /// <summary>Why <see cref="Load"/> gave nothing for a file that is there ("does not parse as Bicep ..."), or null when it is missing.</summary>
    public Func<string, string?> WhyNotLoaded { get; init; } = _ => null;

    public static byte[]? ReadFromDisk(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void ReportInvalid(SourceFile file, TextSpan span, string subject, string problem) =>
        ReportInvalid(InvalidInputRule.Finding(new SourceRef(file, span), subject, problem));

    /// <summary>Reports an ACCEL000 finding, unless one is already at its location.</summary>
    public void ReportInvalid(Finding finding)
    {
        if (!Findings.Exists(f => f.Location.Equals(finding.Location)))
        {
            Findings.Add(finding);
        }
    }

    /// <summary>Enters a module file; false when it is already being instantiated (a cycle) or too deep.</summary>
    public bool Enter(string path)
    {
        if (instantiating.Contains(path, StringComparer.Ordinal) || instantiating.Count >= MaxModuleDepth)
        {
            return false;
        }

        instantiating.Add(path);
        return true;
    }

    public void Exit(string path) => instantiating.Remove(path);

    public bool IsInstantiating(string path) => instantiating.Contains(path, StringComparer.Ordinal);

    /// <summary>
    /// The scope <c>import {...} from 'br/...'</c> reads a restored module's exported variables from (its
    /// compiled <c>variables</c>, no parameters, nothing deployed); null when the module is not restored.
    /// </summary>
    public Arm.ArmContext? RegistryImport(string referencingFile, string reference)
    {
        var resolution = Modules.Resolve(referencingFile, reference);
        if (resolution is not { Template: { } template, Document: { } document, CacheFile: { } path })
        {
            return null;
        }

        if (!registryImports.TryGetValue(path, out var context))
        {
            context = new Arm.ArmContext(new Arm.ArmFile(document.File), template, new Dictionary<string, Value>());
            registryImports[path] = context;
        }

        return context;
    }

    /// <summary>The instance that <c>import</c> statements read variables, functions and types from (no parameters, nothing deployed).</summary>
    public BicepInstance? ImportInstance(string path)
    {
        if (imports.TryGetValue(path, out var instance))
        {
            return instance;
        }

        var tree = Load(path);
        instance = tree is null ? null : new BicepInstance(this, tree, new Dictionary<string, Value>(), "import");
        imports[path] = instance!;
        return instance;
    }
}
