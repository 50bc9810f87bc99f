using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Model;

namespace AccelLint.Cli.Explain;

/// <summary>
/// The evaluated model as indented text: per deployment its machines (with their NIC configurations
/// and the NICs they reference), its NIC resources, the NICs on no machine and the problems met;
/// then the files that could not be evaluated and a summary line. Every value is known (with where it
/// is written and where it came from), one of several candidates (each with the choices it depends
/// on), unknown (with why) or not set.
/// </summary>
internal sealed class ExplainTextReporter
{
    private const string Step = "  ";

    private readonly ExplainFacts facts;
    private readonly TextWriter writer;

    public ExplainTextReporter(ExplainFacts facts, TextWriter writer)
    {
        this.facts = facts;
        this.writer = writer;
    }

    public void Write(ExplainResult result)
    {
        foreach (var deployment in result.Deployments)
        {
            WriteDeployment(deployment);
            writer.WriteLine();
        }

        if (result.Problems.Count > 0)
        {
            writer.WriteLine("Problems outside any deployment (files that failed to parse or could not be read, config errors):");
            WriteProblems(result.Problems, Step);
            writer.WriteLine();
        }

        int machines = result.Deployments.Sum(d => d.Model.VirtualMachines.Count);
        int nics = result.Deployments.Sum(d => d.Model.NetworkInterfaces.Count);
        writer.WriteLine($"accellint explain: {Plural(result.Deployments.Count, "deployment")}, {Plural(machines, "virtual machine or scale set", "virtual machines and scale sets")}, {Plural(nics, "network interface")} in {Plural(result.FileCount, "file")}");
    }

    private static string Plural(int n, string one, string? many = null) => n + " " + (n == 1 ? one : many ?? one + "s");

    private void WriteDeployment(EvaluatedDeployment deployment)
    {
        string with = deployment.ParameterFiles.Count == 0
            ? "no parameters file: defaults and allowed values"
            : "parameters: " + string.Join(", ", deployment.ParameterFiles.Select(facts.RelativePath));
        writer.WriteLine($"Deployment {facts.RelativePath(deployment.EntryPath)} ({with})");

        var model = deployment.Model;
        foreach (var machine in model.VirtualMachines)
        {
            WriteMachine(machine, Step);
        }

        foreach (var nic in model.NetworkInterfaces.Where(n => !n.IsEmbedded))
        {
            WriteNic(nic, Step);
        }

        // Each section of a deployment is written by its own method, in this order; a section with nothing to show is left out.
        WriteUnlinked(model, Step);
        WriteModulesNotChecked(model, Step);
        WriteProblemsSection(deployment.Findings, Step);
    }

    /// <summary>Registry and template-spec modules that are not in the local cache: what they deploy was not checked (ACCEL014).</summary>
    private void WriteModulesNotChecked(ResourceModel model, string indent)
    {
        if (model.UnresolvedModules.Count == 0)
        {
            return;
        }

        writer.WriteLine($"{indent}Modules not checked:");
        foreach (var module in model.UnresolvedModules)
        {
            writer.WriteLine($"{indent}{Step}module '{module.ModuleName}' ({module.Reference}) at {facts.Format(module.Location)}: {module.Reason}");
        }
    }

    private void WriteMachine(VirtualMachine machine, string indent)
    {
        writer.WriteLine($"{indent}{ExplainFacts.Heading(machine)} {machine.Named} at {facts.Format(machine.Declaration)}");
        string inner = indent + Step;
        foreach (var (name, property) in ExplainFacts.Properties(machine))
        {
            WriteProperty(name, property, inner);
            if (name == "vCPUsAvailable")
            {
                WriteImage(machine.Image, inner);
            }
        }

        var referenced = ExplainFacts.Referenced(machine).ToList();
        if (referenced.Count > 0)
        {
            writer.WriteLine($"{inner}network interfaces:");
            foreach (var nic in referenced)
            {
                writer.WriteLine($"{inner}{Step}{nic.Named} at {facts.Format(nic.Declaration)}");
            }
        }

        var unmatched = ExplainFacts.UnmatchedIds(machine).ToList();
        if (unmatched.Count > 0)
        {
            writer.WriteLine($"{inner}network interface ids that match no network interface in this deployment:");
            foreach (var id in unmatched)
            {
                WriteValue(null, new ModelProperty(id, id.Source), inner + Step);
            }
        }

        foreach (var nic in ExplainFacts.Embedded(machine))
        {
            WriteNic(nic, inner);
        }
    }

    private void WriteImage(ImageReference? image, string indent)
    {
        if (image is null)
        {
            writer.WriteLine($"{indent}image: not set");
            return;
        }

        writer.WriteLine($"{indent}image:");
        foreach (var (name, property) in ExplainFacts.Properties(image))
        {
            WriteProperty(name, property, indent + Step);
        }
    }

    private void WriteNic(NetworkInterface nic, string indent)
    {
        string what = nic.Kind switch
        {
            NicKind.NetworkInterface => "Network interface",
            NicKind.MachineSetting => "Accelerated networking setting",
            _ => "NIC configuration",
        };
        string on = nic.IsEmbedded ? string.Empty
            : nic.AttachedTo.Count == 0 ? ", on no virtual machine"
            : ", on " + string.Join(", ", nic.AttachedTo.Select(m => $"{(m.Kind == MachineKind.VirtualMachine ? "virtual machine" : MachineKinds.Noun(m.Kind))} {m.Named}"));
        writer.WriteLine($"{indent}{what} {nic.Named} at {facts.Format(nic.Declaration)}{on}");
        foreach (var (name, property) in ExplainFacts.Properties(nic))
        {
            WriteProperty(name, property, indent + Step);
        }
    }

    private void WriteUnlinked(ResourceModel model, string indent)
    {
        var unlinked = ExplainFacts.Unlinked(model).ToList();
        if (unlinked.Count == 0)
        {
            return;
        }

        writer.WriteLine($"{indent}Network interfaces on no virtual machine:");
        foreach (var nic in unlinked)
        {
            writer.WriteLine($"{indent}{Step}{nic.Named} at {facts.Format(nic.Declaration)}");
        }
    }

    private void WriteProblemsSection(IReadOnlyList<Finding> findings, string indent)
    {
        if (findings.Count == 0)
        {
            return;
        }

        writer.WriteLine($"{indent}Problems:");
        WriteProblems(findings, indent + Step);
    }

    private void WriteProblems(IEnumerable<Finding> findings, string indent)
    {
        foreach (var finding in findings)
        {
            writer.WriteLine($"{indent}{facts.Format(finding.Location)}: {finding.Level.ToText()} {finding.RuleId}: {finding.Message}");
        }
    }

    private void WriteProperty(string name, ModelProperty property, string indent) => WriteValue(name, property, indent);

    /// <summary>One value: <c>name: 'x' at f(l,c), from parameter 'p' at f(l,c)</c>, a list of candidates, or why it is unknown.</summary>
    private void WriteValue(string? name, ModelProperty property, string indent)
    {
        string label = name is null ? string.Empty : name + ": ";
        if (!property.IsPresent)
        {
            writer.WriteLine($"{indent}{label}not set");
            return;
        }

        var value = property.Value;
        string at = property.Location is { } location ? " at " + facts.Format(location) : string.Empty;
        string from = value.Origin is { } origin ? ", from " + origin.Description + (origin.Source is { } source ? " at " + facts.Format(source) : string.Empty) : string.Empty;
        switch (value.Lattice)
        {
            case ValueLattice.Known:
                string when = When(value.Choices, taken: true);
                writer.WriteLine($"{indent}{label}{value.Display()}{at}{from}{(when.Length > 0 ? "," + when : string.Empty)}");
                break;
            case ValueLattice.Choices:
                writer.WriteLine($"{indent}{label}one of {value.Candidates.Count} values{at}{from}:");
                foreach (var candidate in value.Candidates)
                {
                    writer.WriteLine($"{indent}{Step}{candidate.Display()}{When(candidate.Choices, taken: false)}");
                }

                break;
            default:
                writer.WriteLine($"{indent}{label}unknown ({UnknownValue.ReasonOf(value)}){at}{from}");
                break;
        }
    }

    /// <summary><c> when parameter 'env' is 'dev' and ...</c>; for a known value, only the choices that are not defaults.</summary>
    private static string When(Choices choices, bool taken)
    {
        var items = (taken ? choices.Taken : choices.Items).ToList();
        return items.Count == 0 ? string.Empty : " when " + string.Join(" and ", items.Select(c => c.Describe() + (c.IsDefault ? " (the default)" : string.Empty)));
    }
}
