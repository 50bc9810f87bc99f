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

    private const string NicAndVm = """
        resource nic 'Microsoft.Network/networkInterfaces@2024-05-01' = {
          name: 'nic'
          location: 'eastus'
          properties: {
            /*@ACCEL001*/enableAcceleratedNetworking: true
            ipConfigurations: []
          }
        }

        resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
          name: 'vm'
          location: 'eastus'
          properties: {
            hardwareProfile: { vmSize: size }
            networkProfile: { networkInterfaces: [ { id: nic.id } ] }
          }
        }
        """;

    [Fact]
    public void LoadJsonContent_reads_the_file_beside_and_selects_a_json_path()
    {
        Verify(
            "var size = loadJsonContent('sizes.json', '$.vm.size')\n" + NicAndVm,
            ("sizes.json", """{ "vm": { "size": "Standard_B1s" } }"""));
    }

    [Fact]
    public void LoadJsonContent_object_members_are_reported_at_the_call()
    {
        Verify(
            """
            var size = 'Standard_B1s'
            resource nic 'Microsoft.Network/networkInterfaces@2024-05-01' = {
              name: 'nic'
              location: 'eastus'
              properties: /*@ACCEL001*/loadJsonContent('data/nic.json')
            }

            resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
              name: 'vm'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: size }
                networkProfile: { networkInterfaces: [ { id: nic.id } ] }
              }
            }
            """,
            ("data/nic.json", """{ "enableAcceleratedNetworking": true, "ipConfigurations": [] }"""));
    }

    [Fact]
    public void LoadYamlContent_reads_maps_lists_and_scalars()
    {
        Verify(
            "var config = loadYamlContent('config.yaml')\nvar size = config.machines[1].size\n" + NicAndVm,
            ("config.yaml", """
                # machines of the app
                name: app
                machines:
                  - name: web
                    size: Standard_D4s_v3
                  - name: db
                    size: 'Standard_B1s'   # small
                enabled: true
                """));
    }

    [Fact]
    public void LoadTextContent_and_loadFileAsBase64_read_the_file()
    {
        Verify(
            "var size = loadFileAsBase64('size.txt') == 'U3RhbmRhcmRfQjFz' ? trim(loadTextContent('size.txt', 'utf-8')) : 'Standard_D4s_v3'\n" + NicAndVm,
            ("size.txt", "Standard_B1s"));
    }

    [Fact]
    public void A_load_function_on_a_missing_or_broken_file_is_ACCEL000_at_the_path_as_in_the_compiler()
    {
        // BCP091 stands at the path argument too.
        Verify(
            """
            var text = loadTextContent(/*@ACCEL000*/'missing.txt')
            var data = loadJsonContent(/*@ACCEL000*/'missing.json')
            var broken = loadJsonContent(/*@ACCEL000*/'broken.json')
            """,
            ("broken.json", "{ \"vm\": "));
    }

    [Fact]
    public void A_vm_links_to_its_nic_by_symbol_when_the_nic_name_is_unknown()
    {
        // A module linted on its own: name has no value, yet nic.id is this NIC.
        Verify("""
            param name string

            resource nic 'Microsoft.Network/networkInterfaces@2024-05-01' = {
              name: '${name}-nic'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }

            /*@ACCEL011*/resource nic2 'Microsoft.Network/networkInterfaces@2024-05-01' = {
              name: uniqueString(name)
              location: 'eastus'
              properties: {
                enableAcceleratedNetworking: false
                ipConfigurations: []
              }
            }

            resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
              name: name
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: 'Standard_B1s' }
                networkProfile: { networkInterfaces: [ { id: nic.id } ] }
              }
            }

            resource vm2 'Microsoft.Compute/virtualMachines@2024-07-01' = {
              name: '${name}-2'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: 'Standard_D4s_v3' }
                networkProfile: { networkInterfaces: [ { id: nic2.id }, { id: resourceId('Microsoft.Network/networkInterfaces', '${name}-nic') } ] }
              }
            }
            """);
    }

    [Fact]
    public void Nics_in_a_loop_with_an_unknown_name_link_to_the_vm_of_their_iteration()
    {
        Verify("""
            param prefix string

            resource nics 'Microsoft.Network/networkInterfaces@2024-05-01' = [for size in ['Standard_D4s_v3', 'Standard_B1s']: {
              name: '${prefix}-${size}'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }]

            resource vms 'Microsoft.Compute/virtualMachines@2024-07-01' = [for (size, i) in ['Standard_D4s_v3', 'Standard_B1s']: {
              name: '${prefix}-vm-${i}'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: size }
                networkProfile: { networkInterfaces: [ { id: nics[i].id } ] }
              }
            }]
            """);
    }
}
