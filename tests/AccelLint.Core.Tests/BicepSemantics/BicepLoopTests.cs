using static AccelLint.Core.Tests.BicepSemantics.BicepTest;

namespace AccelLint.Core.Tests.BicepSemantics;

/// <summary>Bicep <c>for</c> loops (SPEC.md §2, §4): index access, <c>(item, index)</c>, filters; one finding per source position.</summary>
public class BicepLoopTests
{
    [Fact]
    public void Nic_array_indexed_by_the_vm_loop_index()
    {
        Verify("""
            param vmCount int = 3
            param vmSize string = 'Standard_B1s'

            resource nics 'Microsoft.Network/networkInterfaces@2023-09-01' = [for i in range(0, vmCount): {
              name: 'app-${i}-nic'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }]

            resource vms 'Microsoft.Compute/virtualMachines@2023-09-01' = [for i in range(0, vmCount): {
              name: 'app-${i}'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: vmSize }
                networkProfile: {
                  networkInterfaces: [ { id: nics[i].id } ]
                }
              }
            }]
            """);
    }

    [Fact]
    public void Item_and_index_loop_keeps_each_vm_with_its_own_nic()
    {
        // vm 'a' (D4s_v3) has a NIC without AN: ACCEL011; vm 'b' (B1s) has a NIC with AN: ACCEL001.
        // Crossing them (a's size with b's NIC) would give the opposite, so the index must stay correlated.
        Verify("""
            var machines = [
              {
                name: 'a'
                size: 'Standard_D4s_v3'
                accelerated: false
              }
              {
                name: 'b'
                size: 'Standard_B1s'
                accelerated: true
              }
            ]

            /*@ACCEL011*/resource nics 'Microsoft.Network/networkInterfaces@2023-09-01' = [for (machine, i) in machines: {
              name: '${machine.name}-nic'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: machine.accelerated
                ipConfigurations: []
              }
            }]

            resource vms 'Microsoft.Compute/virtualMachines@2023-09-01' = [for (machine, i) in machines: {
              name: machine.name
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: machine.size }
                networkProfile: {
                  networkInterfaces: [ { id: nics[i].id } ]
                }
              }
            }]
            """);
    }

    [Fact]
    public void Correlated_item_and_index_loop_with_nothing_wrong_is_quiet()
    {
        Verify("""
            var sizes = [
              'Standard_B1s'
              'Standard_D4s_v3'
            ]

            resource nics 'Microsoft.Network/networkInterfaces@2023-09-01' = [for (size, i) in sizes: {
              name: 'nic-${i}'
              location: 'eastus'
              properties: {
                enableAcceleratedNetworking: i == 1
                ipConfigurations: []
              }
            }]

            resource vms 'Microsoft.Compute/virtualMachines@2023-09-01' = [for (size, i) in sizes: {
              name: 'vm-${i}'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: size }
                networkProfile: {
                  networkInterfaces: [ { id: nics[i].id } ]
                }
              }
            }]
            """);
    }

    [Fact]
    public void Filtered_loop_skips_the_disabled_items()
    {
        Verify("""
            param machines array = [
              {
                name: 'web'
                size: 'Standard_D4s_v3'
                enabled: true
              }
              {
                name: 'legacy'
                size: 'Standard_B1s'
                enabled: false
              }
            ]

            resource nics 'Microsoft.Network/networkInterfaces@2023-09-01' = [for m in machines: if (m.enabled) {
              name: '${m.name}-nic'
              location: 'eastus'
              properties: {
                enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }]

            resource vms 'Microsoft.Compute/virtualMachines@2023-09-01' = [for m in machines: if (m.enabled) {
              name: m.name
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: m.size }
                networkProfile: {
                  networkInterfaces: [ { id: resourceId('Microsoft.Network/networkInterfaces', '${m.name}-nic') } ]
                }
              }
            }]
            """);
    }

    [Fact]
    public void Filtered_loop_keeps_the_enabled_bad_item()
    {
        Verify("""
            param machines array = [
              {
                name: 'web'
                size: 'Standard_D4s_v3'
                enabled: false
              }
              {
                name: 'legacy'
                size: 'Standard_B1s'
                enabled: true
              }
            ]

            resource nics 'Microsoft.Network/networkInterfaces@2023-09-01' = [for m in machines: if (m.enabled) {
              name: '${m.name}-nic'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }]

            resource vms 'Microsoft.Compute/virtualMachines@2023-09-01' = [for m in machines: if (m.enabled) {
              name: m.name
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: m.size }
                networkProfile: {
                  networkInterfaces: [ { id: resourceId('Microsoft.Network/networkInterfaces', '${m.name}-nic') } ]
                }
              }
            }]
            """);
    }

    [Fact]
    public void Filtered_property_loop_of_embedded_configurations()
    {
        Verify("""
            var nicConfigs = [
              {
                name: 'primary'
                accelerated: true
                deploy: true
              }
              {
                name: 'secondary'
                accelerated: true
                deploy: false
              }
            ]

            resource vmss 'Microsoft.Compute/virtualMachineScaleSets@2023-09-01' = {
              name: 'web-vmss'
              location: 'eastus'
              sku: {
                name: 'Standard_B1s'
                capacity: 2
              }
              properties: {
                virtualMachineProfile: {
                  networkProfile: {
                    networkInterfaceConfigurations: [for (config, i) in nicConfigs: if (config.deploy) {
                      name: config.name
                      properties: {
                        primary: i == 0
                        /*@ACCEL001*/enableAcceleratedNetworking: config.accelerated
                        ipConfigurations: []
                      }
                    }]
                  }
                }
              }
            }
            """);
    }

    [Fact]
    public void Filtered_property_loop_that_filters_out_every_bad_configuration_is_quiet()
    {
        Verify("""
            var nicConfigs = [
              {
                name: 'primary'
                accelerated: false
              }
              {
                name: 'secondary'
                accelerated: true
              }
            ]

            resource vmss 'Microsoft.Compute/virtualMachineScaleSets@2023-09-01' = {
              name: 'web-vmss'
              location: 'eastus'
              sku: {
                name: 'Standard_B1s'
                capacity: 2
              }
              properties: {
                virtualMachineProfile: {
                  networkProfile: {
                    networkInterfaceConfigurations: [for config in nicConfigs: if (!config.accelerated) {
                      name: config.name
                      properties: {
                        enableAcceleratedNetworking: config.accelerated
                        ipConfigurations: []
                      }
                    }]
                  }
                }
              }
            }
            """);
    }

    [Fact]
    public void Loop_over_an_object_with_items()
    {
        Verify("""
            var machines = {
              web: 'Standard_D4s_v3'
              batch: 'Standard_B1s'
            }

            resource nics 'Microsoft.Network/networkInterfaces@2023-09-01' = [for entry in items(machines): {
              name: '${entry.key}-nic'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }]

            resource vms 'Microsoft.Compute/virtualMachines@2023-09-01' = [for (entry, i) in items(machines): {
              name: entry.key
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: entry.value }
                networkProfile: {
                  networkInterfaces: [ { id: nics[i].id } ]
                }
              }
            }]
            """);
    }

    [Fact]
    public void Loop_over_an_unknown_collection_still_checks_the_literal_body()
    {
        Verify("""
            param names array

            resource vms 'Microsoft.Compute/virtualMachines@2023-09-01' = [for name in names: {
              name: name
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: 'Standard_B1s' }
                networkProfile: {
                  networkApiVersion: '2020-11-01'
                  networkInterfaceConfigurations: [
                    {
                      name: '${name}-nic'
                      properties: {
                        /*@ACCEL001*/enableAcceleratedNetworking: true
                        ipConfigurations: []
                      }
                    }
                  ]
                }
              }
            }]
            """);
    }
}
