using static AccelLint.Core.Tests.BicepSemantics.BicepTest;

namespace AccelLint.Core.Tests.BicepSemantics;

/// <summary>
/// Bicep evaluations the compiler oracle (tests/…/Oracle) found to disagree with the compiled template,
/// each pinned to its rule, file, line and column.
/// </summary>
public class BicepFormAgreementTests
{
    [Fact]
    public void A_loop_over_range_of_a_count_choice_takes_the_largest_count_and_links_each_nic()
    {
        // count is one of {1, 2}: as ARM's copy takes the largest count, both iterations exist and
        // nics[i].id links each VM to its NIC (before, one iteration with an unknown i linked nothing).
        Verify("""
            @allowed([
              1
              2
            ])
            param count int = 1

            resource nics 'Microsoft.Network/networkInterfaces@2024-05-01' = [for i in range(0, count): {
              name: 'nic-${i}'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }]

            resource vms 'Microsoft.Compute/virtualMachines@2024-07-01' = [for i in range(0, count): {
              name: 'vm-${i}'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: 'Standard_B1s' }
                networkProfile: { networkInterfaces: [ { id: nics[i].id } ] }
              }
            }]
            """);
    }

    [Fact]
    public void A_module_parameter_its_caller_leaves_out_takes_its_default_not_its_allowed_values()
    {
        // The caller fixed the choice: Standard_D4s_v3 (the default), so Standard_B1s is never deployed.
        Verify(
            """
            module vm './vm.bicep' = {
              name: 'vm'
              params: {}
            }
            """,
            ("vm.bicep", """
                @allowed([
                  'Standard_D4s_v3'
                  'Standard_B1s'
                ])
                param vmSize string = 'Standard_D4s_v3'

                resource nic 'Microsoft.Network/networkInterfaces@2024-05-01' = {
                  name: 'nic'
                  location: 'eastus'
                  properties: {
                    enableAcceleratedNetworking: true
                    ipConfigurations: []
                  }
                }

                resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
                  name: 'vm'
                  location: 'eastus'
                  properties: {
                    hardwareProfile: { vmSize: vmSize }
                    networkProfile: { networkInterfaces: [ { id: nic.id } ] }
                  }
                }
                """));
    }
}
