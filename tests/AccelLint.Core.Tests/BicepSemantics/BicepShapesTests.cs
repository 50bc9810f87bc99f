namespace AccelLint.Core.Tests.BicepSemantics;

/// <summary>Bicep inputs end to end: the shapes SPEC.md §4 names, each finding at the property's first character.</summary>
public class BicepShapesTests
{
    private static void Verify(string main, params (string Name, string Text)[] others)
    {
        var files = new Dictionary<string, string> { ["main.bicep"] = main };
        foreach (var (name, text) in others)
        {
            files[name] = text;
        }

        Verifier.Verify(files);
    }

    private const string Vm = """
        resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
          name: 'vm1'
          location: 'eastus'
          properties: {
            hardwareProfile: { vmSize: vmSize }
            networkProfile: {
              networkInterfaces: [ { id: nic.id } ]
            }
          }
        }
        """;

    [Fact]
    public void Literal_size_and_symbol_reference()
    {
        Verify("""
            param vmSize string = 'Standard_B1s'
            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'nic1'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm);
    }

    [Fact]
    public void Allowed_values_and_ternary_and_nothing_for_supported_sizes()
    {
        Verify("""
            @allowed([
              'Standard_D4s_v3'
              'Standard_B2s'
            ])
            param vmSize string = 'Standard_D4s_v3'
            param big bool
            var nicName = big ? 'nic-big' : 'nic-small'
            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: nicName
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
              }
            }
            """ + "\n" + Vm);
    }

    [Fact]
    public void Loops_with_index_reference_each_nic()
    {
        Verify("""
            param vmSize string = 'Standard_A2_v2'
            resource nics 'Microsoft.Network/networkInterfaces@2023-09-01' = [for i in range(0, 3): {
              name: 'nic-${i}'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
              }
            }]
            resource vms 'Microsoft.Compute/virtualMachines@2023-09-01' = [for i in range(0, 3): {
              name: 'vm-${i}'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: vmSize }
                networkProfile: { networkInterfaces: [ { id: nics[i].id } ] }
              }
            }]
            """);
    }

    [Fact]
    public void Module_used_by_a_good_and_a_bad_caller_reports_once_inside_the_module()
    {
        Verify("""
            module good './vm.bicep' = {
              name: 'good'
              params: { vmSize: 'Standard_D4s_v3', name: 'a' }
            }
            module bad './vm.bicep' = {
              name: 'bad'
              params: { vmSize: 'Standard_B1s', name: 'b' }
            }
            """,
            ("vm.bicep", """
            param vmSize string
            param name string
            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: '${name}-nic'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
              }
            }
            resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: name
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: vmSize }
                networkProfile: { networkInterfaces: [ { id: nic.id } ] }
              }
            }
            """));
    }

    [Fact]
    public void Bicepparam_supplies_values_and_the_template_is_not_evaluated_on_its_defaults()
    {
        Verifier.Verify(new Dictionary<string, string>
        {
            ["main.bicep"] = """
                param vmSize string = 'Standard_B1s'
                resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
                  name: 'nic1'
                  location: 'eastus'
                  properties: {
                    enableAcceleratedNetworking: true
                  }
                }
                """ + "\n" + Vm,
            ["main.bicepparam"] = """
                using './main.bicep'
                param vmSize = 'Standard_D4s_v3'
                """,
        });
    }

    [Fact]
    public void Accelerated_connections_with_tag_union_and_pragmas()
    {
        Verify("""
            param vmSize string = 'Standard_D4s_v3'
            param tags object = { env: 'prod' }
            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'nic1'
              location: 'eastus'
              tags: union(tags, { fastpathenabled: 'true' })
              properties: {
                enableAcceleratedNetworking: true
                auxiliaryMode: 'AcceleratedConnections'
                auxiliarySku: 'A2'
              }
            }
            resource nic2 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'nic2'
              location: 'brazilsouth'
              tags: tags
              properties: {
                enableAcceleratedNetworking: true
                #disable-next-line ACCEL003
                /*@ACCEL004*/auxiliaryMode: 'AcceleratedConnections'
                auxiliarySku: 'A2'
              }
            }
            resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'vm1'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: vmSize }
                networkProfile: {
                  networkInterfaces: [ { id: nic.id }, { id: nic2.id } ]
                }
              }
            }
            """);
    }

    [Fact]
    public void User_functions_imports_and_optional_object_parameters()
    {
        Verify("""
            import { sizeFor } from './sizes.bicep'
            param settings object = { tier: 'small' }
            func nicName(prefix string) string => '${prefix}-nic'
            var vmSize = sizeFor(settings.?tier ?? 'large')
            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: nicName('app')
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
              }
            }
            """ + "\n" + Vm,
            ("sizes.bicep", """
            @export()
            func sizeFor(tier string) string => tier == 'small' ? 'Standard_B1s' : 'Standard_D8s_v3'
            """));
    }

    [Fact]
    public void Existing_nic_is_not_checked_and_embedded_configurations_are()
    {
        Verify("""
            resource old 'Microsoft.Network/networkInterfaces@2023-09-01' existing = {
              name: 'legacy-nic'
            }
            resource vmss 'Microsoft.Compute/virtualMachineScaleSets@2023-09-01' = {
              name: 'ss'
              location: 'westeurope'
              sku: { name: 'Standard_D4s_v5', capacity: 2 }
              properties: {
                virtualMachineProfile: {
                  networkProfile: {
                    networkInterfaceConfigurations: [
                      {
                        name: 'cfg'
                        tags: { fastpathenabled: 'true' }
                        properties: {
                          enableAcceleratedNetworking: true
                          /*@ACCEL002*/auxiliaryMode: 'AcceleratedConnections'
                          auxiliarySku: 'A4'
                        }
                      }
                    ]
                  }
                }
              }
            }
            """);
    }

    [Fact]
    public void Syntax_error_is_ACCEL000_and_other_files_still_lint()
    {
        Verifier.Verify(new Dictionary<string, string>
        {
            ["broken.bicep"] = "resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {\n  name: 'x'\n  properties: {\n    enableAcceleratedNetworking: true\n  /*@ACCEL000*/\n",
            ["main.bicep"] = """
                param vmSize string = 'Standard_B1s'
                resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
                  name: 'nic1'
                  location: 'eastus'
                  properties: {
                    /*@ACCEL001*/enableAcceleratedNetworking: true
                  }
                }
                """ + "\n" + Vm,
        });
    }

    [Fact]
    public void Missing_module_is_ACCEL000_at_its_path()
    {
        Verify("""
            module m /*@ACCEL000*/'./missing.bicep' = {
              name: 'm'
            }
            """);
    }
}
