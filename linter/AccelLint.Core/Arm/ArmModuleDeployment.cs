using System.Diagnostics.CodeAnalysis;
using AccelLint.Diagnostics;
using AccelLint.Json;
using AccelLint.Model;
using AccelLint.Text;

namespace AccelLint.Arm;

/// <summary>
/// An ARM template deployed as a module by another front end (a restored Bicep registry or template-spec
/// module): evaluated as a nested deployment with inner scope, fed the caller's values, its resources
/// added to the caller's model and its outputs given back to the caller.
/// </summary>
internal sealed class ArmModuleDeployment
{
    private readonly ArmFile file;
    private readonly ArmContext context;
    private ObjectValue? outputs;
    private bool deployed;

    /// <param name="source">This deployment's own copy of the file (one per call), so that findings in it can be told apart by caller.</param>
    public ArmModuleDeployment(JsonObject template, SourceFile source, IReadOnlyDictionary<string, Value> supplied)
    {
        file = new ArmFile(source);
        context = new ArmContext(file, template, supplied);
    }

    /// <summary>ACCEL000 findings met in the template.</summary>
    public IReadOnlyList<Finding> Findings => file.Findings;

    public void Deploy(ResourceModelBuilder builder)
    {
        if (!deployed)
        {
            deployed = true;
            new ArmTemplateProcessor(file, builder).ProcessTemplate(context);
        }
    }

    /// <summary>The template's outputs by name (each its <c>value</c>), evaluated on first access.</summary>
    public ObjectValue Outputs => outputs ??= new OutputValues(context);

    private sealed class OutputValues : ObjectValue
    {
        private readonly ArmContext context;
        private readonly Dictionary<string, Value> values = new(StringComparer.OrdinalIgnoreCase);

        public OutputValues(ArmContext context) => this.context = context;

        private JsonObject? Declared => context.Template["outputs"] as JsonObject;

        public override IEnumerable<PropertyValue> Properties =>
            (Declared?.Properties ?? Enumerable.Empty<JsonProperty>()).Select(p => new PropertyValue(p.Name, null, Value(p.Name)));

        public override bool TryGetProperty(string name, [NotNullWhen(true)] out PropertyValue? property)
        {
            property = new PropertyValue(name, null, Value(name));
            return true;
        }

        private Value Value(string name)
        {
            if (!values.TryGetValue(name, out var value))
            {
                // Re-entry (an output that reads itself) sees unknown.
                values[name] = UnknownValue.Instance;
                value = Declared?[name] is JsonObject output && output["copy"] is null && output["value"] is { } node
                    ? ArmValues.FromNode(node, context.Root)
                    : UnknownValue.Instance;
                values[name] = value;
            }

            return value;
        }
    }
}
