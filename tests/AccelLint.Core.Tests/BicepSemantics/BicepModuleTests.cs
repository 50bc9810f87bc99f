using static AccelLint.Core.Tests.BicepSemantics.BicepTest;

namespace AccelLint.Core.Tests.BicepSemantics;

/// <summary>Local modules (SPEC.md §2, §4): evaluated with the caller's values, reported inside the module with the caller as related location.</summary>
public class BicepModuleTests
{
    private const string VmModule = """
        @description('Size of the VM.')
        param vmSize string
        param name string
        param location string = 'eastus'

        resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
          name: '${name}-nic'
          location: location
          properties: {
            /*@ACCEL001*/enableAcceleratedNetworking: true
            ipConfigurations: []
          }
        }

        resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
          name: name
          location: location
          properties: {
            hardwareProfile: { vmSize: vmSize }
            networkProfile: { networkInterfaces: [ { id: nic.id } ] }
          }
        }

        output nicId string = nic.id
        """;

    [Fact]
    public void Module_used_by_a_good_and_a_bad_caller_reports_once_with_the_bad_callers_value_as_related_location()
    {
        const string main = """
            module good './vm.bicep' = {
              name: 'good'
              params: {
                vmSize: 'Standard_D4s_v3'
                name: 'good-vm'
              }
            }

            module bad './vm.bicep' = {
              name: 'bad'
              params: {
                vmSize: 'Standard_B1s'
                name: 'bad-vm'
              }
            }
            """;
        var result = Verify(main, ("vm.bicep", VmModule));

        var finding = Single(result, "ACCEL001");
        Assert.EndsWith("vm.bicep", finding.Location.File.Path, StringComparison.Ordinal);
        Assert.Contains("'Standard_B1s'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("bad-vm", finding.Message, StringComparison.Ordinal);
        AssertRelatedAt(finding, "main.bicep", main, "'Standard_B1s'");
    }

    [Fact]
    public void The_callers_own_parameter_flows_into_the_module_and_is_the_related_location()
    {
        const string main = """
            @allowed([
              'Standard_D4s_v3'
              'Standard_B1s'
            ])
            param size string = 'Standard_D4s_v3'

            module app './vm.bicep' = {
              name: 'app'
              params: {
                vmSize: size
                name: 'app-vm'
              }
            }
            """;
        var result = Verify(main, ("vm.bicep", VmModule));

        var finding = Single(result, "ACCEL001");
        Assert.Contains("when parameter 'size' is 'Standard_B1s'", finding.Message, StringComparison.Ordinal);
        AssertRelatedAt(finding, "main.bicep", main, "@allowed");
    }

    [Fact]
    public void A_module_in_a_loop_is_checked_once_per_source_position()
    {
        Verify(
            """
            var sizes = [
              'Standard_B1s'
              'Standard_D4s_v3'
              'Standard_B1s'
            ]

            module vms './vm.bicep' = [for (size, i) in sizes: {
              name: 'vm-${i}'
              params: {
                vmSize: size
                name: 'vm-${i}'
              }
            }]
            """,
            ("vm.bicep", VmModule));
    }

    [Fact]
    public void A_module_whose_condition_is_false_is_not_checked()
    {
        Verify(
            """
            param deployLegacy bool = false

            module legacy './vm.bicep' = if (deployLegacy) {
              name: 'legacy'
              params: {
                vmSize: 'Standard_B1s'
                name: 'legacy-vm'
              }
            }
            """,
            ("vm.bicep", VmModule.Replace("/*@ACCEL001*/", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void Module_output_carries_the_nic_id_to_the_vm()
    {
        Verify(
            """
            param vmSize string = 'Standard_B1s'

            module nicModule './nic.bicep' = {
              name: 'nic'
              params: { nicName: 'app-nic' }
            }

            resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'app-vm'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: vmSize }
                networkProfile: {
                  networkInterfaces: [ { id: nicModule.outputs.nicId } ]
                }
              }
            }
            """,
            ("nic.bicep", """
            param nicName string

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: nicName
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }

            output nicId string = nic.id
            """));
    }

    [Fact]
    public void Module_outputs_in_a_module_loop_link_each_vm_to_its_nic()
    {
        Verify(
            """
            var sizes = [
              'Standard_D4s_v3'
              'Standard_B1s'
            ]
            var accelerated = [
              false
              true
            ]

            module nics './nic.bicep' = [for (size, i) in sizes: {
              name: 'nic-${i}'
              params: {
                nicName: 'nic-${i}'
                accelerated: accelerated[i]
              }
            }]

            resource vms 'Microsoft.Compute/virtualMachines@2023-09-01' = [for (size, i) in sizes: {
              name: 'vm-${i}'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: size }
                networkProfile: {
                  networkInterfaces: [ { id: nics[i].outputs.nicId } ]
                }
              }
            }]
            """,
            ("nic.bicep", """
            param nicName string
            param accelerated bool

            /*@ACCEL011*/resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: nicName
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: accelerated
                ipConfigurations: []
              }
            }

            output nicId string = nic.id
            """));
    }

    [Fact]
    public void Nic_id_passed_into_a_vm_module_reports_at_the_callers_nic()
    {
        Verify(
            """
            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'app-nic'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }

            module vm './vm.bicep' = {
              name: 'vm'
              params: {
                nicIds: [
                  nic.id
                ]
              }
            }
            """,
            ("vm.bicep", """
            param nicIds array
            param vmSize string = 'Standard_B1s'

            resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'app-vm'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: vmSize }
                networkProfile: {
                  networkInterfaces: [for id in nicIds: { id: id }]
                }
              }
            }
            """));
    }

    [Fact]
    public void A_module_file_whose_caller_is_linted_is_not_evaluated_again_on_its_own_defaults()
    {
        Verify(
            """
            module app './vm.bicep' = {
              name: 'app'
              params: {
                vmSize: 'Standard_D4s_v3'
                name: 'app-vm'
              }
            }
            """,
            ("vm.bicep", VmModule.Replace("/*@ACCEL001*/", string.Empty, StringComparison.Ordinal).Replace("param vmSize string", "param vmSize string = 'Standard_B1s'", StringComparison.Ordinal)));
    }

    [Fact]
    public void Missing_module_is_ACCEL000_at_its_path_and_the_rest_of_the_file_is_still_checked()
    {
        Verify("""
            param vmSize string = 'Standard_B1s'

            module network /*@ACCEL000*/'./network.bicep' = {
              name: 'network'
            }

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'nic1'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: [
                  {
                    name: 'ipconfig1'
                    properties: { subnet: { id: network.outputs.subnetId } }
                  }
                ]
              }
            }
            """ + "\n" + Vm);
    }

    [Fact]
    public void Module_cycle_is_ACCEL000_and_does_not_hang()
    {
        Verify(
            """
            module a './a.bicep' = {
              name: 'a'
            }
            """,
            ("a.bicep", """
            module b './b.bicep' = {
              name: 'b'
            }
            """),
            ("b.bicep", """
            module a /*@ACCEL000*/'./a.bicep' = {
              name: 'a-again'
            }
            """));
    }

    [Fact]
    public void Module_cycle_without_an_entry_file_is_ACCEL000_and_does_not_hang()
    {
        // Each file is called by the other, so neither is a root; the cycle must still be reported.
        var result = Lint(new Dictionary<string, string>
        {
            ["a.bicep"] = """
                module b './b.bicep' = {
                  name: 'b'
                }
                """,
            ["b.bicep"] = """
                module a './a.bicep' = {
                  name: 'a'
                }
                """,
        });

        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f => Assert.Equal("ACCEL000", f.RuleId));
        Assert.All(result.Findings, f => Assert.Contains("cycle", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Module_calling_itself_is_ACCEL000()
    {
        Verify("""
            param depth int = 0

            module again /*@ACCEL000*/'./main.bicep' = if (depth < 3) {
              name: 'again'
              params: { depth: depth + 1 }
            }
            """);
    }

    [Fact]
    public void Registry_and_template_spec_modules_that_are_not_restored_are_unknown_and_produce_only_ACCEL014()
    {
        // An empty cache (a dot-folder, which linting the folder skips), whatever the machine's ~/.bicep holds.
        Verify(
            """
            param vmSize string = 'Standard_B1s'

            module nicModule /*@ACCEL014*/'br/public:avm/res/network/network-interface:0.4.0' = {
              name: 'nic'
              params: {
                name: 'app-nic'
                enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }

            module spec /*@ACCEL014*/'ts:00000000-0000-0000-0000-000000000000/rg/nic-spec:1.0' = {
              name: 'spec'
            }

            resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'app-vm'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: vmSize }
                networkProfile: {
                  networkInterfaces: [ { id: nicModule.outputs.resourceId }, { id: spec.outputs.nicId } ]
                }
              }
            }
            """,
            ("bicepconfig.json", """{ "cacheRootDirectory": ".empty-cache" }"""));
    }
}
