using static AccelLint.Core.Tests.BicepSemantics.BicepTest;

namespace AccelLint.Core.Tests.BicepSemantics;

/// <summary>
/// Embedded NIC configurations of scale sets and VMs with the Accelerated Connections rules
/// (ACCEL002-008), and child resources (nested declarations, <c>parent:</c>, <c>::</c> access).
/// </summary>
public class BicepEmbeddedConfigurationTests
{
    /// <summary>A scale set in <paramref name="location"/> of size <paramref name="sku"/> with one NIC configuration whose properties are <paramref name="nicProperties"/>.</summary>
    private static string Vmss(string sku, string nicProperties, string location = "'eastus'", string apiVersion = "2023-09-01", string configExtra = "tags: { fastpathenabled: 'true' }\n", string vmssExtra = "") => $$"""
        resource vmss 'Microsoft.Compute/virtualMachineScaleSets@{{apiVersion}}' = {
          name: 'web-vmss'
          location: {{location}}
          {{vmssExtra}}sku: {
            name: {{sku}}
            capacity: 2
          }
          properties: {
            orchestrationMode: 'Uniform'
            upgradePolicy: { mode: 'Manual' }
            virtualMachineProfile: {
              networkProfile: {
                networkInterfaceConfigurations: [
                  /*@NIC*/{
                    name: 'web-nic'
        {{Indent(configExtra, 12)}}
                    properties: {
                      primary: true
        {{Indent(nicProperties, 14)}}
                      ipConfigurations: []
                    }
                  }
                ]
              }
            }
          }
        }
        """;

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.TrimEnd('\n').Split('\n').Select(l => l.Length == 0 ? l : new string(' ', spaces) + l));

    private static void VerifyVmss(string template) => Verify(template.Replace("/*@NIC*/", string.Empty, StringComparison.Ordinal));

    [Fact]
    public void ACCEL001_on_a_scale_set_configuration()
    {
        var result = Verify(Vmss("'Standard_B1s'", "/*@ACCEL001*/enableAcceleratedNetworking: true").Replace("/*@NIC*/", string.Empty, StringComparison.Ordinal));
        Assert.Contains("ForVmss", Single(result, "ACCEL001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACCEL002_Dv5_family()
    {
        VerifyVmss(Vmss("'Standard_D4s_v5'", "enableAcceleratedNetworking: true\n/*@ACCEL002*/auxiliaryMode: 'AcceleratedConnections'\nauxiliarySku: 'A4'"));
    }

    [Fact]
    public void ACCEL002_Dv5_family_from_a_ternary_sku()
    {
        VerifyVmss("param premium bool\n" + Vmss("premium ? 'Standard_D8s_v3' : 'Standard_D8ds_v5'", "enableAcceleratedNetworking: true\n/*@ACCEL002*/auxiliaryMode: 'AcceleratedConnections'\nauxiliarySku: 'A4'"));
    }

    [Fact]
    public void ACCEL003_region_of_the_scale_set()
    {
        VerifyVmss(Vmss("'Standard_D4s_v3'", "enableAcceleratedNetworking: true\n/*@ACCEL003*/auxiliaryMode: 'AcceleratedConnections'\nauxiliarySku: 'A2'", location: "'Brazil South'"));
    }

    [Fact]
    public void ACCEL003_display_name_of_an_AC_region_is_quiet()
    {
        VerifyVmss(Vmss("'Standard_D4s_v3'", "enableAcceleratedNetworking: true\nauxiliaryMode: 'AcceleratedConnections'\nauxiliarySku: 'A2'", location: "'UK South'"));
    }

    [Fact]
    public void ACCEL004_configuration_without_tags_uses_the_scale_sets_tags()
    {
        VerifyVmss(Vmss("'Standard_D4s_v3'", "enableAcceleratedNetworking: true\n/*@ACCEL004*/auxiliaryMode: 'AcceleratedConnections'\nauxiliarySku: 'A2'", configExtra: "", vmssExtra: "tags: { env: 'prod' }\n  "));
    }

    [Fact]
    public void ACCEL004_scale_set_tags_satisfy_a_configuration_without_tags()
    {
        VerifyVmss(Vmss("'Standard_D4s_v3'", "enableAcceleratedNetworking: true\nauxiliaryMode: 'AcceleratedConnections'\nauxiliarySku: 'A2'", configExtra: "", vmssExtra: "tags: { FastPathEnabled: 'True' }\n  "));
    }

    [Fact]
    public void ACCEL004_configurations_own_tags_win_over_the_scale_sets()
    {
        VerifyVmss(Vmss("'Standard_D4s_v3'", "enableAcceleratedNetworking: true\n/*@ACCEL004*/auxiliaryMode: 'AcceleratedConnections'\nauxiliarySku: 'A2'", configExtra: "tags: { env: 'prod' }", vmssExtra: "tags: { fastpathenabled: 'true' }\n  "));
    }

    [Fact]
    public void ACCEL005_and_ACCEL011_without_AN()
    {
        // AN absent on a supported size: ACCEL005 at auxiliaryMode and ACCEL011 at the configuration's '{'.
        Verify(Vmss("'Standard_D4s_v3'", "/*@ACCEL005*/auxiliaryMode: 'AcceleratedConnections'\nauxiliarySku: 'A2'").Replace("/*@NIC*/", "/*@ACCEL011*/", StringComparison.Ordinal));
    }

    [Fact]
    public void ACCEL006_too_few_vcpus()
    {
        VerifyVmss(Vmss("'Standard_D2s_v3'", "enableAcceleratedNetworking: true\n/*@ACCEL006*/auxiliaryMode: 'AcceleratedConnections'\nauxiliarySku: 'A1'"));
    }

    [Fact]
    public void ACCEL007_tier_outside_the_enum_at_auxiliarySku()
    {
        VerifyVmss(Vmss("'Standard_D4s_v3'", "enableAcceleratedNetworking: true\nauxiliaryMode: 'AcceleratedConnections'\n/*@ACCEL007*/auxiliarySku: 'A3'"));
    }

    [Fact]
    public void ACCEL007_MaxConnections_on_a_compute_configuration()
    {
        VerifyVmss(Vmss("'Standard_D4s_v3'", "enableAcceleratedNetworking: true\n/*@ACCEL007*/auxiliaryMode: 'MaxConnections'\nauxiliarySku: 'A2'"));
    }

    [Fact]
    public void ACCEL007_tier_without_mode_at_auxiliarySku()
    {
        VerifyVmss(Vmss("'Standard_D4s_v3'", "enableAcceleratedNetworking: true\nauxiliaryMode: 'None'\n/*@ACCEL007*/auxiliarySku: 'A2'"));
    }

    [Fact]
    public void ACCEL008_compute_api_version_before_2023_07_01()
    {
        VerifyVmss(Vmss("'Standard_D4s_v3'", "enableAcceleratedNetworking: true\n/*@ACCEL008*/auxiliaryMode: 'AcceleratedConnections'\nauxiliarySku: 'A2'", apiVersion: "2023-03-01"));
    }

    [Fact]
    public void Accelerated_connections_from_a_loop_of_configurations_with_a_spread()
    {
        Verify("""
            var common = {
              enableAcceleratedNetworking: true
              ipConfigurations: []
            }
            var tiers = [
              'A2'
              'A3'
            ]

            resource vmss 'Microsoft.Compute/virtualMachineScaleSets@2023-09-01' = {
              name: 'web-vmss'
              location: 'eastus'
              tags: { fastpathenabled: 'true' }
              sku: {
                name: 'Standard_D4s_v3'
                capacity: 2
              }
              properties: {
                virtualMachineProfile: {
                  networkProfile: {
                    networkInterfaceConfigurations: [for (tier, i) in tiers: {
                      name: 'nic-${i}'
                      properties: {
                        ...common
                        primary: i == 0
                        auxiliaryMode: 'AcceleratedConnections'
                        /*@ACCEL007*/auxiliarySku: tier
                      }
                    }]
                  }
                }
              }
            }
            """);
    }

    [Fact]
    public void Vm_embedded_configuration_uses_the_vms_location_and_api_version()
    {
        Verify("""
            resource vm 'Microsoft.Compute/virtualMachines@2023-03-01' = {
              name: 'app-vm'
              location: 'brazilsouth'
              properties: {
                hardwareProfile: { vmSize: 'Standard_D4s_v3' }
                networkProfile: {
                  networkApiVersion: '2022-11-01'
                  networkInterfaceConfigurations: [
                    {
                      name: 'app-nic'
                      properties: {
                        primary: true
                        enableAcceleratedNetworking: true
                        /*@ACCEL003,ACCEL004,ACCEL008*/auxiliaryMode: 'AcceleratedConnections'
                        auxiliarySku: 'A2'
                        ipConfigurations: []
                      }
                    }
                  ]
                }
              }
            }
            """);
    }

    [Fact]
    public void Nested_child_resources_and_parent_do_not_hide_the_nic()
    {
        Verify("""
            param vmSize string = 'Standard_B1s'

            resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
              name: 'app-vnet'
              location: 'eastus'
              properties: {
                addressSpace: { addressPrefixes: [ '10.0.0.0/16' ] }
              }

              resource subnet 'subnets' = {
                name: 'default'
                properties: { addressPrefix: '10.0.0.0/24' }
              }
            }

            resource backendSubnet 'Microsoft.Network/virtualNetworks/subnets@2023-09-01' = {
              parent: vnet
              name: 'backend'
              properties: { addressPrefix: '10.0.1.0/24' }
            }

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'app-nic'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: [
                  {
                    name: 'ipconfig1'
                    properties: {
                      subnet: { id: vnet::subnet.id }
                    }
                  }
                  {
                    name: 'ipconfig2'
                    properties: {
                      subnet: { id: backendSubnet.id }
                    }
                  }
                ]
              }

              resource tap 'tapConfigurations' = {
                name: 'tap'
                properties: {
                  enableAcceleratedNetworking: false
                }
              }
            }

            resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'vm1'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: vmSize }
                networkProfile: {
                  networkInterfaces: [ { id: nic.id } ]
                }
              }

              resource extension 'extensions' = {
                name: 'AzureMonitorLinuxAgent'
                location: 'eastus'
                properties: {
                  publisher: 'Microsoft.Azure.Monitor'
                  type: 'AzureMonitorLinuxAgent'
                  typeHandlerVersion: '1.0'
                }
              }
            }

            resource runCommand 'Microsoft.Compute/virtualMachines/runCommands@2023-09-01' = {
              parent: vm
              name: 'setup'
              location: 'eastus'
              properties: {}
            }
            """);
    }

    [Fact]
    public void Nic_named_through_its_parent_scope_links_by_id()
    {
        // The VM refers to the NIC through resourceId() with the name built from a child's parent name.
        Verify("""
            param vmSize string = 'Standard_B1s'

            resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
              name: 'app-vnet'
              location: 'eastus'
              properties: {
                addressSpace: { addressPrefixes: [ '10.0.0.0/16' ] }
              }

              resource subnet 'subnets' = {
                name: 'default'
                properties: { addressPrefix: '10.0.0.0/24' }
              }
            }

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: '${vnet.name}-${vnet::subnet.name}-nic'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }

            resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'vm1'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: vmSize }
                networkProfile: {
                  networkInterfaces: [ { id: resourceId('Microsoft.Network/networkInterfaces', 'app-vnet-default-nic') } ]
                }
              }
            }
            """);
    }

    [Fact]
    public void Child_declared_with_parent_has_its_own_name_not_the_full_one()
    {
        // backendSubnet.name is 'backend' (as Bicep gives it), so the NIC is 'backend-nic', the one the VM names.
        Verify("""
            param vmSize string = 'Standard_B1s'

            resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' existing = {
              name: 'app-vnet'
            }

            resource backendSubnet 'Microsoft.Network/virtualNetworks/subnets@2023-09-01' = {
              parent: vnet
              name: 'backend'
              properties: { addressPrefix: '10.0.1.0/24' }
            }

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: '${backendSubnet.name}-nic'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: [
                  {
                    name: 'ipconfig1'
                    properties: {
                      subnet: { id: backendSubnet.id }
                    }
                  }
                ]
              }
            }

            resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'vm1'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: vmSize }
                networkProfile: {
                  networkInterfaces: [ { id: resourceId('Microsoft.Network/networkInterfaces', 'backend-nic') } ]
                }
              }
            }
            """);
    }
}
