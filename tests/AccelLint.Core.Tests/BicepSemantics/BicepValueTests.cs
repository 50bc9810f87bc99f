using static AccelLint.Core.Tests.BicepSemantics.BicepTest;

namespace AccelLint.Core.Tests.BicepSemantics;

/// <summary>
/// Value semantics in Bicep (SPEC.md §1): candidate sets from <c>@allowed</c> and literal-union types,
/// ternaries over them, <c>union()</c>, <c>.?</c> and <c>??</c>, user functions, imports, and
/// unknown values that must produce nothing.
/// </summary>
public class BicepValueTests
{
    private const string Nic = """
        resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
          name: 'app-nic'
          location: 'eastus'
          properties: {
            /*@ACCEL001*/enableAcceleratedNetworking: true
            ipConfigurations: []
          }
        }
        """;

    private static string Quiet(string text) => text.Replace("/*@ACCEL001*/", string.Empty, StringComparison.Ordinal);

    [Fact]
    public void Ternary_over_allowed_values_takes_both_arms()
    {
        const string main = """
            @allowed([
              'dev'
              'prod'
            ])
            param environment string = 'prod'

            var vmSize = environment == 'dev' ? 'Standard_B1s' : 'Standard_D4s_v3'
            """;
        var result = Verify(main + "\n" + Nic + "\n" + Vm);

        Assert.Contains("'Standard_B1s'", Single(result, "ACCEL001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ternary_whose_condition_no_allowed_value_meets_takes_one_arm()
    {
        Verify("""
            @allowed([
              'test'
              'prod'
            ])
            param environment string = 'prod'

            var vmSize = environment == 'dev' ? 'Standard_B1s' : 'Standard_D4s_v3'
            """ + "\n" + Quiet(Nic) + "\n" + Vm);
    }

    [Fact]
    public void Literal_union_type_is_a_candidate_set_even_when_the_default_is_fine()
    {
        const string main = """
            param vmSize 'Standard_B1s' | 'Standard_D4s_v3' = 'Standard_D4s_v3'
            """;
        var result = Verify(main + "\n" + Nic + "\n" + Vm);

        var finding = Single(result, "ACCEL001");
        Assert.Contains("when parameter 'vmSize' is 'Standard_B1s'", finding.Message, StringComparison.Ordinal);
        AssertRelatedAt(finding, "main.bicep", main, "'Standard_B1s' |");
    }

    [Fact]
    public void Literal_union_through_a_type_alias_and_a_nullable_type()
    {
        Verify("""
            type size = 'Standard_D4s_v3' | 'Standard_B1s'
            param vmSize size? = 'Standard_D4s_v3'
            """ + "\n" + Nic + "\n" + Vm);
    }

    [Fact]
    public void Literal_union_of_supported_sizes_is_quiet()
    {
        Verify("""
            type size = 'Standard_D4s_v3' | 'Standard_D8s_v3'
            param vmSize size = 'Standard_D4s_v3'
            """ + "\n" + Quiet(Nic) + "\n" + Vm);
    }

    [Fact]
    public void Ternary_over_a_literal_union_parameter()
    {
        Verify("""
            param tier 'small' | 'large' = 'large'
            var vmSize = tier == 'small' ? 'Standard_B1s' : 'Standard_D4s_v3'
            """ + "\n" + Nic + "\n" + Vm);
    }

    [Fact]
    public void Tag_union_adds_the_required_tag()
    {
        Verify("""
            param vmSize string = 'Standard_D4s_v3'
            param tags object = {
              env: 'prod'
              owner: 'network-team'
            }

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'app-nic'
              location: 'eastus'
              tags: union(tags, { fastpathenabled: 'true' })
              properties: {
                enableAcceleratedNetworking: true
                auxiliaryMode: 'AcceleratedConnections'
                auxiliarySku: 'A2'
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm);
    }

    [Fact]
    public void Tag_union_whose_later_object_overrides_the_required_tag()
    {
        Verify("""
            param vmSize string = 'Standard_D4s_v3'
            var commonTags = {
              fastpathenabled: 'true'
              env: 'prod'
            }

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'app-nic'
              location: 'eastus'
              tags: union(commonTags, { fastpathenabled: 'false' })
              properties: {
                enableAcceleratedNetworking: true
                /*@ACCEL004*/auxiliaryMode: 'AcceleratedConnections'
                auxiliarySku: 'A2'
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm);
    }

    [Fact]
    public void Tag_union_without_the_required_tag()
    {
        Verify("""
            param vmSize string = 'Standard_D4s_v3'
            param tags object = { env: 'prod' }

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'app-nic'
              location: 'eastus'
              tags: union(tags, { costCenter: '1234' })
              properties: {
                enableAcceleratedNetworking: true
                /*@ACCEL004*/auxiliaryMode: 'AcceleratedConnections'
                auxiliarySku: 'A2'
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm);
    }

    [Fact]
    public void Object_parameter_with_safe_access_and_coalesce_falls_back()
    {
        Verify("""
            param settings object = {
              name: 'app'
            }

            var vmSize = settings.?vmSize ?? 'Standard_B1s'
            """ + "\n" + Nic + "\n" + Vm);
    }

    [Fact]
    public void Object_parameter_with_safe_access_and_coalesce_uses_the_value_when_present()
    {
        Verify("""
            param settings object = {
              name: 'app'
              vmSize: 'Standard_D4s_v3'
            }

            var vmSize = settings.?vmSize ?? 'Standard_B1s'
            """ + "\n" + Quiet(Nic) + "\n" + Vm);
    }

    [Fact]
    public void Typed_object_parameter_with_optional_properties()
    {
        Verify("""
            type vmSettings = {
              name: string
              size: string?
              accelerated: bool?
            }

            param settings vmSettings = {
              name: 'app'
              size: 'Standard_B1s'
            }

            var vmSize = settings.?size ?? 'Standard_D4s_v3'

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: '${settings.name}-nic'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: settings.?accelerated ?? true
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm);
    }

    [Fact]
    public void Object_parameter_without_default_is_unknown()
    {
        Verify("""
            param settings object

            var vmSize = settings.?vmSize ?? 'Standard_B1s'
            """ + "\n" + Quiet(Nic) + "\n" + Vm);
    }

    [Fact]
    public void User_functions_calling_user_functions()
    {
        Verify("""
            @allowed([
              'small'
              'medium'
            ])
            param tier string = 'medium'

            func sizeFor(tier string) string => tier == 'small' ? 'Standard_B1s' : tier == 'medium' ? 'Standard_D2s_v3' : 'Standard_D8s_v3'
            func acceleratedFor(size string) bool => !startsWith(size, 'Standard_B')
            func nicName(prefix string, index int) string => '${prefix}-nic-${index}'

            var vmSize = sizeFor(tier)

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: nicName('app', 0)
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: acceleratedFor('Standard_D2s_v3')
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm);
    }

    [Fact]
    public void Import_named_symbols_variables_functions_and_types()
    {
        Verify(
            """
            import { defaultSize, nicName, sizeChoice } from './shared.bicep'

            param vmSize sizeChoice = defaultSize

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: nicName('app')
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm,
            ("shared.bicep", """
            @export()
            var defaultSize = 'Standard_D4s_v3'

            @export()
            func nicName(prefix string) string => '${prefix}-nic'

            @export()
            type sizeChoice = 'Standard_D4s_v3' | 'Standard_B1s'
            """));
    }

    [Fact]
    public void Import_with_an_alias()
    {
        Verify(
            """
            import { smallSize as vmSize } from './shared.bicep'
            """ + "\n" + Nic + "\n" + Vm,
            ("shared.bicep", """
            @export()
            var smallSize = 'Standard_B1s'
            """));
    }

    [Fact]
    public void Import_wildcard_namespace_members()
    {
        Verify(
            """
            import * as shared from './shared.bicep'

            var vmSize = shared.sizeFor(shared.defaultTier)

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: shared.nicName('app')
              location: 'eastus'
              tags: shared.tags
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm,
            ("shared.bicep", """
            @export()
            var defaultTier = 'small'

            @export()
            var tags = { fastpathenabled: 'true' }

            @export()
            func nicName(prefix string) string => '${prefix}-nic'

            @export()
            func sizeFor(tier string) string => tier == 'small' ? 'Standard_B1s' : 'Standard_D4s_v3'
            """));
    }

    [Fact]
    public void Import_wildcard_type_is_a_candidate_set()
    {
        Verify(
            """
            import * as shared from './shared.bicep'

            param vmSize shared.sizeChoice = 'Standard_D4s_v3'
            """ + "\n" + Nic + "\n" + Vm,
            ("shared.bicep", """
            @export()
            type sizeChoice = 'Standard_D4s_v3' | 'Standard_B1s'
            """));
    }

    [Fact]
    public void Existing_resources_are_not_checked_and_their_runtime_properties_are_unknown()
    {
        Verify("""
            resource legacyVm 'Microsoft.Compute/virtualMachines@2023-09-01' existing = {
              name: 'legacy-vm'
            }

            resource legacyNic 'Microsoft.Network/networkInterfaces@2023-09-01' existing = {
              name: 'legacy-nic'
            }

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'app-nic'
              location: legacyNic.location
              properties: {
                enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }

            resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'app-vm'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: legacyVm.properties.hardwareProfile.vmSize }
                networkProfile: {
                  networkInterfaces: [ { id: nic.id }, { id: legacyNic.id } ]
                }
              }
            }

            resource smallVm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'small-vm'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: 'Standard_B1s' }
                networkProfile: {
                  networkInterfaces: [ { id: legacyNic.id } ]
                }
              }
            }
            """);
    }

    [Fact]
    public void Existing_nic_referenced_by_the_new_vm_links_by_name_to_a_declared_nic()
    {
        // The existing symbol has the same id as the NIC declared in this file, so the VM reaches it.
        Verify("""
            param vmSize string = 'Standard_B1s'

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'app-nic'
              location: 'eastus'
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }

            resource sameNic 'Microsoft.Network/networkInterfaces@2023-09-01' existing = {
              name: 'app-nic'
            }

            resource vm 'Microsoft.Compute/virtualMachines@2023-09-01' = {
              name: 'vm1'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: vmSize }
                networkProfile: {
                  networkInterfaces: [ { id: sameNic.id } ]
                }
              }
            }
            """);
    }

    [Fact]
    public void Resource_group_location_and_reference_are_unknown_and_produce_nothing()
    {
        Verify("""
            param location string = resourceGroup().location
            param sizeSourceId string = '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/template-vm'

            var vmSize = reference(sizeSourceId, '2023-09-01').hardwareProfile.vmSize

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'app-nic'
              location: location
              tags: { fastpathenabled: 'true' }
              properties: {
                enableAcceleratedNetworking: true
                auxiliaryMode: 'AcceleratedConnections'
                auxiliarySku: 'A2'
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm);
    }

    [Fact]
    public void Unknown_acceleration_flag_produces_nothing_even_on_a_supported_size()
    {
        Verify("""
            param vmSize string = 'Standard_D4s_v3'
            param accelerated bool

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = {
              name: 'app-nic'
              location: resourceGroup().location
              properties: {
                enableAcceleratedNetworking: accelerated
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm);
    }

    [Fact]
    public void Condition_known_false_skips_the_resource()
    {
        Verify("""
            param vmSize string = 'Standard_B1s'
            param accelerated bool = false

            resource nic 'Microsoft.Network/networkInterfaces@2023-09-01' = if (accelerated) {
              name: 'app-nic'
              location: 'eastus'
              properties: {
                enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }
            """ + "\n" + Vm);
    }

    [Fact]
    public void Runaway_range_is_ACCEL000_at_the_call_and_does_not_hang()
    {
        Verify("""
            param vmSize string = 'Standard_B1s'

            var many = /*@ACCEL000*/range(0, 100000000)
            var doubled = map(/*@ACCEL000*/range(0, 100000000), i => i * 2)
            var count = length(many)

            resource nics 'Microsoft.Network/networkInterfaces@2023-09-01' = [for i in /*@ACCEL000*/range(0, 100000000): {
              name: 'nic-${i}'
              location: 'eastus'
              properties: {
                enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }]

            resource vms 'Microsoft.Compute/virtualMachines@2023-09-01' = [for i in /*@ACCEL000*/range(0, 100000000): {
              name: 'vm-${i}'
              location: 'eastus'
              tags: { count: string(count), first: string(first(doubled)) }
              properties: {
                hardwareProfile: { vmSize: vmSize }
                networkProfile: { networkInterfaces: [ { id: nics[i].id } ] }
              }
            }]
            """);
    }

    [Fact]
    public void Large_nested_loops_finish_and_report_once_per_position()
    {
        Verify("""
            param vmSize string = 'Standard_B1s'

            var grid = [for i in range(0, 5000): [for j in range(0, 5000): '${i}-${j}']]

            resource nics 'Microsoft.Network/networkInterfaces@2023-09-01' = [for i in range(0, 5000): {
              name: 'nic-${i}'
              location: 'eastus'
              tags: { cell: grid[i][0] }
              properties: {
                /*@ACCEL001*/enableAcceleratedNetworking: true
                ipConfigurations: []
              }
            }]

            resource vms 'Microsoft.Compute/virtualMachines@2023-09-01' = [for i in range(0, 5000): {
              name: 'vm-${i}'
              location: 'eastus'
              properties: {
                hardwareProfile: { vmSize: vmSize }
                networkProfile: { networkInterfaces: [ { id: nics[i].id } ] }
              }
            }]
            """);
    }
}
