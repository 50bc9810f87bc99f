using static AccelLint.Core.Tests.BicepSemantics.BicepTest;

namespace AccelLint.Core.Tests.BicepSemantics;

/// <summary>
/// Bicep's own pragmas silence AccelLint IDs (SPEC.md §4, §7); suppressed findings stay in the result
/// with <see cref="Diagnostics.Finding.IsSuppressed"/>, so SARIF can list them.
/// </summary>
public class BicepPragmaTests
{
    private const string AcNic = """
        resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
          name: 'app-nic'
          location: 'brazilsouth'
          properties: {
            enableAcceleratedNetworking: true
            auxiliaryMode: 'AcceleratedConnections'
            auxiliarySku: 'A2'
            ipConfigurations: []
          }
        }
        """;

    [Fact]
    public void Disable_next_line_suppresses_the_named_rule_and_keeps_the_finding()
    {
        var result = Verify("""
            param vmSize string = 'Standard_B1s'

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'app-nic'
              location: 'eastus'
              properties: {
                #disable-next-line ACCEL001
                enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("ACCEL001", finding.RuleId);
        Assert.True(finding.IsSuppressed);
    }

    [Fact]
    public void Disable_next_line_for_another_rule_does_not_suppress()
    {
        var result = Verify("""
            param vmSize string = 'Standard_B1s'

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'app-nic'
              location: 'eastus'
              properties: {
                #disable-next-line ACCEL011 no-unused-params
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm);

        Assert.DoesNotContain(result.Findings, f => f.IsSuppressed);
    }

    [Fact]
    public void Disable_next_line_with_several_rules()
    {
        var result = Verify("""
            param vmSize string = 'Standard_D4s_v3'
            """ + "\n" + AcNic.Replace("    auxiliaryMode", "    #disable-next-line ACCEL003 ACCEL004\n    auxiliaryMode", StringComparison.Ordinal) + "\n" + Vm);

        Assert.Equal(new[] { "ACCEL003", "ACCEL004" }, result.Findings.Where(f => f.IsSuppressed).Select(f => f.RuleId).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Disable_next_line_only_covers_the_next_line()
    {
        Verify("""
            param vmSize string = 'Standard_D4s_v3'

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'app-nic'
              location: 'brazilsouth'
              tags: { fastpathenabled: 'true' }
              properties: {
                #disable-next-line ACCEL003
                enableAcceleratedNetworking: true
                /*@ACCEL003*/auxiliaryMode: 'AcceleratedConnections'
                auxiliarySku: 'A2'
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm);
    }

    [Fact]
    public void Disable_and_restore_diagnostics_cover_a_region()
    {
        var result = Verify("""
            param vmSize string = 'Standard_D4s_v3'

            #disable-diagnostics ACCEL004
            resource nic1 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'nic1'
              location: 'eastus'
              properties: {
                enableAcceleratedNetworking: true
                auxiliaryMode: 'AcceleratedConnections'
                auxiliarySku: 'A2'
                ipConfigurations: []
              }
            }
            #restore-diagnostics ACCEL004

            resource nic2 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'nic2'
              location: 'eastus'
              properties: {
                enableAcceleratedNetworking: true
                /*@ACCEL004*/auxiliaryMode: 'AcceleratedConnections'
                auxiliarySku: 'A2'
                ipConfigurations: []
              }
            }

            resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'vm1'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: vmSize }
                networkProfile: {
                  networkInterfaces: [ { id: nic1.id }, { id: nic2.id } ]
                }
              }
            }
            """);

        var suppressed = Assert.Single(result.Findings, f => f.IsSuppressed);
        Assert.Equal("ACCEL004", suppressed.RuleId);
        Assert.Contains("'nic1'", suppressed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disable_diagnostics_without_restore_lasts_to_the_end_of_the_file()
    {
        var result = Verify("""
            param vmSize string = 'Standard_D4s_v3'

            #disable-diagnostics ACCEL003 ACCEL004
            """ + "\n" + AcNic + "\n" + Vm);

        Assert.Equal(new[] { "ACCEL003", "ACCEL004" }, result.Findings.Where(f => f.IsSuppressed).Select(f => f.RuleId).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Restore_of_one_rule_leaves_the_other_disabled()
    {
        var result = Verify("""
            param vmSize string = 'Standard_D4s_v3'

            #disable-diagnostics ACCEL003 ACCEL004
            #restore-diagnostics ACCEL004
            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'app-nic'
              location: 'brazilsouth'
              properties: {
                enableAcceleratedNetworking: true
                /*@ACCEL004*/auxiliaryMode: 'AcceleratedConnections'
                auxiliarySku: 'A2'
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm);

        Assert.Equal("ACCEL003", Assert.Single(result.Findings, f => f.IsSuppressed).RuleId);
    }

    [Fact]
    public void Pragma_inside_a_module_suppresses_the_finding_reported_there()
    {
        var result = Verify(
            """
            module app './vm.bicep' = {
              name: 'app'
              params: { vmSize: 'Standard_B1s' }
            }
            """,
            ("vm.bicep", """
            param vmSize string

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'app-nic'
              location: 'eastus'
              properties: {
                #disable-next-line ACCEL001
                enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm));

        Assert.True(Assert.Single(result.Findings).IsSuppressed);
    }

    [Fact]
    public void Suppressed_resource_level_finding_on_the_resource_keyword()
    {
        var result = Verify("""
            param vmSize string = 'Standard_D4s_v3'

            #disable-next-line ACCEL011
            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'app-nic'
              location: 'eastus'
              properties: {
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm);

        Assert.Equal("ACCEL011", Assert.Single(result.Findings, f => f.IsSuppressed).RuleId);
    }
}
