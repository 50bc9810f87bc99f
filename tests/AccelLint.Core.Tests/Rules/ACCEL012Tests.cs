using AccelLint.Config;
using AccelLint.Diagnostics;
using AccelLint.Engine;
using AccelLint.Model;
using AccelLint.Text;

namespace AccelLint.Core.Tests.Rules;

/// <summary>
/// ACCEL012: Site Recovery asks for AN on the recovery or test failover NIC while the source NIC (built in
/// the same method) has none. C# only, so the model is built by hand, as the analyzer's front end would.
/// </summary>
public class ACCEL012Tests
{
    private const string Code = """
        var source = new NetworkInterfaceData { Location = AzureLocation.EastUS, EnableAcceleratedNetworking = accelerate };
        var update = new UpdateReplicationProtectedItemInputProperties { RecoveryAzureVmSize = "Standard_D4s_v3" };
        var nic = new VmNicInputDetails { NicId = source.Id, EnableAcceleratedNetworkingOnRecovery = onRecovery, EnableAcceleratedNetworkingOnTfo = onTfo };
        """;

    private static readonly SourceFile File = new("Recovery.cs", Code);

    [Fact]
    public void Recovery_flag_with_a_source_nic_without_AN_is_reported_at_the_flag()
    {
        var findings = Run(Recovery(Source(sourceAn: null), onRecovery: true));

        var finding = Assert.Single(findings);
        Assert.Equal("ACCEL012", finding.RuleId);
        Assert.Equal(DiagnosticLevel.Warning, finding.Level);
        Assert.Equal(At("EnableAcceleratedNetworkingOnRecovery"), finding.Location);
        Assert.Contains("only if the source VM has it", finding.Message);
        Assert.Contains("'source'", finding.Message);
    }

    [Fact]
    public void Source_nic_with_AN_false_fires()
    {
        var finding = Assert.Single(Run(Recovery(Source(sourceAn: false), onRecovery: true)));
        Assert.Equal("ACCEL012", finding.RuleId);
    }

    [Fact]
    public void Test_failover_flag_is_reported_at_its_own_flag()
    {
        var finding = Assert.Single(Run(Recovery(Source(sourceAn: false), onTfo: true)));
        Assert.Equal(At("EnableAcceleratedNetworkingOnTfo"), finding.Location);
        Assert.Contains("test failover", finding.Message);
    }

    [Fact]
    public void Both_flags_give_two_findings()
    {
        var locations = Run(Recovery(Source(sourceAn: null), onRecovery: true, onTfo: true)).Select(f => f.Location).ToList();

        Assert.Equal(2, locations.Count);
        Assert.Contains(At("EnableAcceleratedNetworkingOnRecovery"), locations);
        Assert.Contains(At("EnableAcceleratedNetworkingOnTfo"), locations);
    }

    [Fact]
    public void Source_nic_with_AN_is_silent()
    {
        Assert.Empty(Run(Recovery(Source(sourceAn: true), onRecovery: true, onTfo: true)));
    }

    [Fact]
    public void Source_nic_with_unknown_AN_is_silent()
    {
        var source = new NetworkInterface(NicKind.NetworkInterface, new StringValue("source"), At("new NetworkInterfaceData"))
        {
            EnableAcceleratedNetworking = new ModelProperty(UnknownValue.Instance, At("EnableAcceleratedNetworking = accelerate")),
        };
        Assert.Empty(Run(Recovery(source, onRecovery: true)));
    }

    [Fact]
    public void Source_nic_whose_AN_may_be_false_fires()
    {
        var source = new NetworkInterface(NicKind.NetworkInterface, new StringValue("source"), At("new NetworkInterfaceData"))
        {
            EnableAcceleratedNetworking = new ModelProperty(
                OneOfValue.Create(new Value[] { BoolValue.True, BoolValue.False }),
                At("EnableAcceleratedNetworking = accelerate")),
        };
        Assert.Single(Run(Recovery(source, onRecovery: true)));
    }

    [Fact]
    public void Unknown_source_nic_is_silent()
    {
        Assert.Empty(Run(Recovery(source: null, onRecovery: true, onTfo: true)));
    }

    [Fact]
    public void Flags_false_or_absent_are_silent()
    {
        Assert.Empty(Run(Recovery(Source(sourceAn: null), onRecovery: false, onTfo: false)));
        Assert.Empty(Run(Recovery(Source(sourceAn: null))));
    }

    [Fact]
    public void Unknown_flag_is_silent()
    {
        var recovery = new SiteRecoveryNic(At("new VmNicInputDetails"))
        {
            EnableOnRecovery = new ModelProperty(UnknownValue.Instance, At("EnableAcceleratedNetworkingOnRecovery")),
            SourceNic = Source(sourceAn: false),
        };
        Assert.Empty(Run(recovery));
    }

    [Fact]
    public void Rule_level_none_disables_it()
    {
        var model = new ResourceModel();
        model.SiteRecoveryNics.Add(Recovery(Source(sourceAn: null), onRecovery: true));
        var settings = new LintSettings { RuleLevels = new Dictionary<string, DiagnosticLevel>(StringComparer.OrdinalIgnoreCase) { ["ACCEL012"] = DiagnosticLevel.None } };

        Assert.Empty(LintEngine.RunRules(model, settings));
    }

    // ---------------------------------------------------------------- helpers

    private static SourceRef At(string needle)
    {
        int start = Code.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{needle}' is not in the code");
        return new SourceRef(File, new TextSpan(start, needle.Length));
    }

    /// <summary>The source NIC; <paramref name="sourceAn"/> null leaves EnableAcceleratedNetworking unset.</summary>
    private static NetworkInterface Source(bool? sourceAn) => new(NicKind.NetworkInterface, new StringValue("source"), At("new NetworkInterfaceData"))
    {
        EnableAcceleratedNetworking = sourceAn is bool an ? new ModelProperty(BoolValue.Of(an), At("EnableAcceleratedNetworking = accelerate")) : ModelProperty.Absent,
    };

    private static SiteRecoveryNic Recovery(NetworkInterface? source, bool? onRecovery = null, bool? onTfo = null) => new(At("new VmNicInputDetails"))
    {
        RecoveryVmSize = new ModelProperty(new StringValue("Standard_D4s_v3"), At("RecoveryAzureVmSize")),
        EnableOnRecovery = onRecovery is bool r ? new ModelProperty(BoolValue.Of(r), At("EnableAcceleratedNetworkingOnRecovery")) : ModelProperty.Absent,
        EnableOnTfo = onTfo is bool t ? new ModelProperty(BoolValue.Of(t), At("EnableAcceleratedNetworkingOnTfo")) : ModelProperty.Absent,
        NicId = new StringValue("/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/source"),
        SourceNic = source,
    };

    private static IReadOnlyList<Finding> Run(SiteRecoveryNic recovery)
    {
        var model = new ResourceModel();
        model.SiteRecoveryNics.Add(recovery);
        return LintEngine.RunRules(model, LintSettings.Default);
    }
}
