using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Model;
using AccelLint.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AccelLint.Cli.Explain;

/// <summary>The evaluated model as JSON, in the shape documented in README.md ("Why did (or didn't) it report?").</summary>
internal sealed class ExplainJsonReporter
{
    /// <summary>Raised when the shape changes in a way a reader must know of.</summary>
    public const int SchemaVersion = 1;

    private readonly ExplainFacts facts;

    public ExplainJsonReporter(ExplainFacts facts) => this.facts = facts;

    public void Write(ExplainResult result, TextWriter writer)
    {
        var root = new JObject
        {
            ["version"] = SchemaVersion,
            ["deployments"] = new JArray(result.Deployments.Select(Deployment)),
            ["problems"] = Problems(result.Problems),
            ["fileCount"] = result.FileCount,
        };

        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        root.WriteTo(json);
        json.Flush();
        writer.WriteLine();
    }

    private JObject Deployment(EvaluatedDeployment deployment)
    {
        var model = deployment.Model;
        return new JObject
        {
            ["file"] = facts.RelativePath(deployment.EntryPath),
            ["parameters"] = new JArray(deployment.ParameterFiles.Select(facts.RelativePath)),
            ["virtualMachines"] = new JArray(model.VirtualMachines.Select(Machine)),
            ["networkInterfaces"] = new JArray(model.NetworkInterfaces.Where(n => !n.IsEmbedded).Select(Nic)),
            ["unlinkedNetworkInterfaces"] = new JArray(ExplainFacts.Unlinked(model).Select(Reference)),
            ["modulesNotChecked"] = new JArray(model.UnresolvedModules.Select(m => new JObject
            {
                ["name"] = m.ModuleName,
                ["reference"] = m.Reference,
                ["at"] = At(m.Location),
                ["reason"] = m.Reason,
            })),
            ["problems"] = Problems(deployment.Findings),
        };
    }

    private JObject Machine(VirtualMachine machine) => new()
    {
        ["kind"] = ExplainFacts.KindOf(machine),
        ["name"] = machine.DisplayName,
        ["named"] = machine.Named,
        ["at"] = At(machine.Declaration),
        ["properties"] = Properties(ExplainFacts.Properties(machine)),
        ["image"] = machine.Image is { } image ? Properties(ExplainFacts.Properties(image)) : JValue.CreateNull(),
        ["networkInterfaces"] = new JArray(ExplainFacts.Referenced(machine).Select(Reference)),
        ["unmatchedNetworkInterfaceIds"] = new JArray(ExplainFacts.UnmatchedIds(machine).Select(id => Value(new ModelProperty(id, id.Source)))),
        ["networkInterfaceConfigurations"] = new JArray(ExplainFacts.Embedded(machine).Select(Nic)),
    };

    private JObject Nic(NetworkInterface nic) => new()
    {
        ["kind"] = ExplainFacts.KindOf(nic),
        ["name"] = nic.DisplayName,
        ["named"] = nic.Named,
        ["at"] = At(nic.Declaration),
        ["resourceId"] = nic.ResourceId,
        ["machines"] = new JArray(nic.Machines.Select(m => new JObject
        {
            ["kind"] = ExplainFacts.KindOf(m),
            ["name"] = m.DisplayName,
            ["named"] = m.Named,
            ["at"] = At(m.Declaration),
        })),
        ["properties"] = Properties(ExplainFacts.Properties(nic)),
    };

    private JObject Reference(NetworkInterface nic) => new()
    {
        ["name"] = nic.DisplayName,
        ["named"] = nic.Named,
        ["at"] = At(nic.Declaration),
    };

    private JObject Properties(IEnumerable<(string Name, ModelProperty Property)> properties)
    {
        var result = new JObject();
        foreach (var (name, property) in properties)
        {
            result[name] = Value(property);
        }

        return result;
    }

    /// <summary>
    /// <c>{ state, at, origin?, value, display, when }</c> for a known value, <c>{ state, at, origin?, candidates: [{ value, display, when }] }</c>
    /// for choices, <c>{ state, at, origin?, reason }</c> for unknown, <c>{ state: "absent" }</c> when not set.
    /// </summary>
    private JObject Value(ModelProperty property)
    {
        if (!property.IsPresent)
        {
            return new JObject { ["state"] = "absent" };
        }

        var value = property.Value;
        var result = new JObject
        {
            ["state"] = value.Lattice switch
            {
                ValueLattice.Known => "known",
                ValueLattice.Choices => "choices",
                _ => "unknown",
            },
            ["at"] = property.Location is { } location ? At(location) : JValue.CreateNull(),
        };
        if (value.Origin is { } origin)
        {
            result["origin"] = new JObject
            {
                ["description"] = origin.Description,
                ["at"] = origin.Source is { } source ? At(source) : JValue.CreateNull(),
            };
        }

        switch (value.Lattice)
        {
            case ValueLattice.Known:
                Candidate(value, result);
                break;
            case ValueLattice.Choices:
                result["candidates"] = new JArray(value.Candidates.Select(c => Candidate(c, new JObject())));
                break;
            default:
                result["reason"] = UnknownValue.ReasonOf(value);
                break;
        }

        return result;
    }

    private JObject Candidate(Value value, JObject into)
    {
        into["value"] = Literal(value, 0);
        into["display"] = value.Display();
        into["when"] = new JArray(value.Choices.Items.Select(c => new JObject
        {
            ["point"] = c.Point.Description,
            ["member"] = c.Member,
            ["isDefault"] = c.IsDefault,
            ["at"] = c.Point.Source is { } source ? At(source) : JValue.CreateNull(),
        }));
        return into;
    }

    /// <summary>A known value as JSON; what is not known inside it (or nested too deep) is null.</summary>
    private static JToken Literal(Value value, int depth) => value switch
    {
        _ when depth > 8 => JValue.CreateNull(),
        BoolValue b => new JValue(b.Value),
        IntValue i => new JValue(i.Value),
        StringValue s => new JValue(s.Value),
        ArrayValue a => new JArray(a.Items.Select(item => Literal(item, depth + 1))),
        ObjectValue o => new JObject(o.Properties.Select(p => new JProperty(p.Name, Literal(p.Value, depth + 1)))),
        _ => JValue.CreateNull(),
    };

    private JObject At(SourceRef source)
    {
        var location = source.ToLocation();
        return new JObject
        {
            ["file"] = facts.RelativePath(location.Path),
            ["line"] = location.Line,
            ["column"] = location.Column,
        };
    }

    private JArray Problems(IEnumerable<Finding> findings) => new(findings.Select(f =>
    {
        var location = f.Resolve();
        return new JObject
        {
            ["file"] = facts.RelativePath(location.Path),
            ["line"] = location.Line,
            ["column"] = location.Column,
            ["level"] = f.Level.ToText(),
            ["ruleId"] = f.RuleId,
            ["message"] = f.Message,
        };
    }));
}
