using AccelLint.Catalog;
using AccelLint.Model;
using AccelLint.Text;

namespace AccelLint.Rules;

/// <summary>What AN and AC requests mean on the model, shared by the rules.</summary>
public static class Acceleration
{
    public const string AcceleratedConnections = "AcceleratedConnections";

    /// <summary>The known candidates of a property, as text (bool as true/false). Empty when unknown or absent.</summary>
    public static IEnumerable<(string Text, Value Value)> Texts(ModelProperty property)
    {
        if (!property.IsPresent)
        {
            yield break;
        }

        foreach (var candidate in property.Value.Candidates)
        {
            if (candidate.AsString() is { } text)
            {
                yield return (text, candidate);
            }
        }
    }

    /// <summary>Some known candidate of the property is <paramref name="text"/> (case-insensitive). Allocation-free: every rule asks it of every NIC.</summary>
    public static bool AnyIs(ModelProperty property, string text)
    {
        if (!property.IsPresent)
        {
            return false;
        }

        var value = property.Value;
        if (value.IsKnown)
        {
            return string.Equals(value.AsString(), text, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var candidate in value.Candidates)
        {
            if (string.Equals(candidate.AsString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>AN is (or may be, for a candidate set) requested: a true candidate.</summary>
    public static bool RequestsAcceleratedNetworking(NetworkInterface nic) => AnyIs(nic.EnableAcceleratedNetworking, "true");

    /// <summary>AN is (or may be) off: absent, null, or a false candidate.</summary>
    public static bool MayLackAcceleratedNetworking(NetworkInterface nic) =>
        nic.EnableAcceleratedNetworking.IsAbsentOrNull || AnyIs(nic.EnableAcceleratedNetworking, "false");

    /// <summary>
    /// The NIC requests Accelerated Connections: <c>auxiliaryMode</c> is <c>AcceleratedConnections</c>,
    /// or a tier (<c>auxiliarySku</c> other than None) is set while the mode is absent or None.
    /// </summary>
    public static bool RequestsAcceleratedConnections(NetworkInterface nic)
    {
        if (AnyIs(nic.AuxiliaryMode, AcceleratedConnections))
        {
            return true;
        }

        if (!nic.AuxiliarySku.IsPresent || !(nic.AuxiliaryMode.IsAbsentOrNull || AnyIs(nic.AuxiliaryMode, "None")))
        {
            return false;
        }

        foreach (var (text, _) in Texts(nic.AuxiliarySku))
        {
            if (!text.Equals("None", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>In a scenario whose factors <paramref name="mode"/> and <paramref name="sku"/> are the NIC's <c>auxiliaryMode</c> and <c>auxiliarySku</c>: AC is requested.</summary>
    public static bool RequestsAcceleratedConnections(Scenario scenario, int mode, int sku) =>
        scenario.Is(mode, AcceleratedConnections)
        || (!scenario.IsAbsentOrNull(sku) && scenario.Text(sku) is { } tier && !tier.Equals("None", StringComparison.OrdinalIgnoreCase)
            && (scenario.IsAbsentOrNull(mode) || scenario.Is(mode, "None")));

    /// <summary>The scenarios of a NIC that requests AC, with <c>auxiliaryMode</c> and <c>auxiliarySku</c> as factors 0 and 1 and <paramref name="others"/> after them.</summary>
    public static IEnumerable<Scenario> AcceleratedConnectionsScenarios(NetworkInterface nic, params ModelProperty[] others)
    {
        var factors = new ModelProperty[2 + others.Length];
        factors[0] = nic.AuxiliaryMode;
        factors[1] = nic.AuxiliarySku;
        others.CopyTo(factors, 2);
        foreach (var scenario in Scenario.Of(factors))
        {
            if (RequestsAcceleratedConnections(scenario, 0, 1))
            {
                yield return scenario;
            }
        }
    }

    /// <summary>Where AC rules report: <c>auxiliaryMode</c>, else <c>auxiliarySku</c>.</summary>
    public static SourceRef? AcceleratedConnectionsLocation(NetworkInterface nic) =>
        nic.AuxiliaryMode.IsPresent ? nic.AuxiliaryMode.Location : nic.AuxiliarySku.Location;

    public static string AcceleratedConnectionsProperty(NetworkInterface nic) =>
        nic.AuxiliaryMode.IsPresent ? "auxiliaryMode" : "auxiliarySku";

    /// <summary><c>Standard_D&lt;digits&gt;&lt;letters&gt;_v5</c>, case-insensitive (matched by hand: a regex costs start-up time on every run).</summary>
    public static bool IsDv5Family(string size)
    {
        string s = size.Trim();
        const string prefix = "Standard_D";
        if (!s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || !s.EndsWith("_v5", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int i = prefix.Length;
        int end = s.Length - 3;
        int digits = i;
        while (i < end && char.IsDigit(s[i]))
        {
            i++;
        }

        if (i == digits)
        {
            return false;
        }

        while (i < end && IsAsciiLetter(s[i]))
        {
            i++;
        }

        return i == end;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>The first known text candidate of the property that <paramref name="predicate"/> accepts.</summary>
    public static string? FirstText(ModelProperty property, Func<string, bool> predicate)
    {
        foreach (var (text, _) in Texts(property))
        {
            if (predicate(text))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// Names where a value came from: "parameter 'vmSize' allows 'Standard_B1s'" for a candidate
    /// set, "from parameter 'vmSize'" for a single value; empty when it is written in place.
    /// </summary>
    public static string Note(Value container, string candidate) => container.Origin switch
    {
        { IsCandidateSet: true } origin => $" ({origin.Description} allows '{candidate}')",
        { } origin => $" (from {origin.Description})",
        _ => string.Empty,
    };

    /// <summary>
    /// The logical location of a NIC's property (for baselines and SARIF): the NIC resource's, or its
    /// machine's type and name with the configuration's name; a machine's own setting has no configuration.
    /// </summary>
    public static string Logical(NetworkInterface nic, string property) =>
        nic.Owner is not { } owner ? "Microsoft.Network/networkInterfaces/" + nic.DisplayName + "/" + property
        : nic.Kind == NicKind.MachineSetting ? owner.ResourceType + "/" + owner.DisplayName + "/" + property
        : owner.ResourceType + "/networkInterfaceConfigurations/" + owner.DisplayName + "/" + nic.DisplayName + "/" + property;

    public static string Describe(NetworkInterface nic) =>
        nic.Owner is not { } owner ? $"network interface {nic.Named}"
        : nic.Kind == NicKind.MachineSetting ? (owner.Kind == MachineKind.BatchPool ? "the network configuration of " : string.Empty) + Machine(owner)
        : $"network interface configuration {nic.Named} of {Machine(owner)}";

    /// <summary>
    /// "has size"; "deploys size" for a machine that deploys several (instance mix, fleet); "runs in
    /// scale set 'x' with size" for a scale-set VM on its scale set's sizes.
    /// </summary>
    public static string HasSize(VirtualMachine vm) =>
        vm.ScaleSet is not null ? (vm.Sizes.Count > 1 ? $"runs in {Machine(vm.ScaleSet)}, which deploys size" : $"runs in {Machine(vm.ScaleSet)} with size")
        : vm.Sizes.Count > 1 ? "deploys size" : "has size";

    public static string Machine(VirtualMachine vm) => MachineKinds.Noun(vm.Kind) + " " + vm.Named;

    /// <summary>
    /// The error Azure fails the deployment with when the machine asks for AN on a size without it, where
    /// one is documented: <c>VMSizeIsNotPermittedToEnableAcceleratedNetworking</c> for a VM,
    /// <c>...ForVmss</c> for a scale set (instance mix included). Null for the others.
    /// </summary>
    public static string? AcceleratedNetworkingError(VirtualMachine vm) => vm.Kind switch
    {
        MachineKind.VirtualMachine => "VMSizeIsNotPermittedToEnableAcceleratedNetworking",
        MachineKind.ScaleSet => "VMSizeIsNotPermittedToEnableAcceleratedNetworkingForVmss",
        _ => null,
    };

    /// <summary>vCPUs the machine exposes: <c>vCPUsAvailable</c> when set, else the catalog's count.</summary>
    public static int? VCpus(VirtualMachine vm, VmSize? size)
    {
        if (vm.VCpusAvailable.IsPresent && vm.VCpusAvailable.Value is IntValue available)
        {
            return (int)available.Value;
        }

        return size is { VCpus: > 0 } ? size.VCpus : null;
    }

    /// <summary>
    /// The nearest size of the catalog that supports <paramref name="need"/> in place of
    /// <paramref name="size"/> (the candidate <paramref name="value"/>), or null when none fits.
    /// </summary>
    public static Diagnostics.Suggestion? SuggestSize(RuleContext context, string size, ModelProperty property, Value? candidate, SizeNeed need) =>
        SizeSuggestions.Nearest(context.Settings.Catalog, size, need) is { } nearest
            ? new Diagnostics.Suggestion(Diagnostics.Suggestion.Size, size, nearest.Name, WrittenAt(property, candidate))
            : null;

    /// <summary>
    /// Where the candidate of a property is written as one literal a quick fix can replace: the
    /// origin (the parameters file's value, the default, the module's argument) when it flowed in,
    /// else where it is written (a literal, an arm of a conditional); null for one of a parameter's
    /// allowed values (changing that list is the user's call).
    /// </summary>
    public static SourceRef? WrittenAt(ModelProperty property, Value? candidate)
    {
        if (candidate is null || property.Value.Origin is { IsCandidateSet: true } || candidate.Origin is { IsCandidateSet: true })
        {
            return null;
        }

        return candidate.Origin?.Source ?? property.Value.Origin?.Source ?? candidate.Source ?? property.Location;
    }

    /// <summary>The location that counts for AC: the NIC's own, or the VM's for embedded configurations.</summary>
    public static ModelProperty EffectiveLocation(NetworkInterface nic) => nic.Owner is { } owner ? owner.Location : nic.Location;
}
