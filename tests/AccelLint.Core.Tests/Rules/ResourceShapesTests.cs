using AccelLint.Engine;

using static AccelLint.Core.Tests.Rules.ArmShapes;

namespace AccelLint.Core.Tests.Rules;

/// <summary>
/// The resources that put accelerated networking on VM sizes besides VMs and single-size scale sets:
/// scale sets with instance mix, scale-set VMs, Batch pools, Service Fabric managed cluster node types
/// and Azure Compute Fleets, in ARM and Bicep, each with the rules that apply and near misses that stay
/// silent. Property paths are those of Azure.Bicep.Types.Az (checked by <see cref="ResourceShapesTypeDefinitionsTests"/>).
/// </summary>
public class ResourceShapesTests
{
    private static LintResult Arm(string resources, string parameters = "") => Verifier.VerifyArm(Template(resources, parameters));

    private static LintResult Bicep(string main) => Verifier.Verify(new Dictionary<string, string> { ["main.bicep"] = main });

    private static Diagnostics.Finding Single(LintResult result, string rule) => Assert.Single(result.Findings, f => f.RuleId == rule);

    // ---------------------------------------------------------------- scale set with instance mix

    /// <summary>A Flexible scale set with instance mix: <c>sku.name</c> Mix, the sizes in <c>skuProfile.vmSizes</c>.</summary>
    private static string MixArm(string sizes, string configProperties, string configMarker = "") => $$"""
        {
          "type": "Microsoft.Compute/virtualMachineScaleSets",
          "apiVersion": "2024-07-01",
          "name": "mix1",
          "location": "eastus",
          "sku": { "name": "Mix", "capacity": 3 },
          "properties": {
            "orchestrationMode": "Flexible",
            "skuProfile": {
              "vmSizes": [ {{sizes}} ],
              "allocationStrategy": "LowestPrice"
            },
            "virtualMachineProfile": {
              "networkProfile": {
                "networkApiVersion": "2020-11-01",
                "networkInterfaceConfigurations": [
                  {{configMarker}}{
                    "name": "cfg1",
                    "properties": {
                      {{configProperties}}
                      "ipConfigurations": []
                    }
                  }
                ]
              }
            }
          }
        }
        """;

    private static string Sizes(params string[] names) => string.Join(", ", names.Select(n => $$"""{ "name": "{{n}}" }"""));

    [Fact]
    public void Instance_mix_checks_every_listed_size_and_Mix_is_not_a_size()
    {
        var result = Arm(MixArm(Sizes("Standard_D4s_v3", "Standard_B2ms", "Standard_E4s_v3"), """/*@ACCEL001*/"enableAcceleratedNetworking": true,"""));

        var finding = Single(result, "ACCEL001");
        Assert.Contains("scale set 'mix1' deploys size 'Standard_B2ms'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("VMSizeIsNotPermittedToEnableAcceleratedNetworkingForVmss", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'Mix'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Instance_mix_with_only_AN_sizes_is_silent()
    {
        Arm(MixArm(Sizes("Standard_D4s_v3", "Standard_D2s_v3", "Standard_E4s_v3"), """ "enableAcceleratedNetworking": true,"""));
    }

    [Fact]
    public void Instance_mix_with_a_size_the_catalog_lacks_is_ACCEL009_for_that_size()
    {
        var result = Arm(MixArm(Sizes("Standard_D4s_v3", "Standard_Z99_v9"), """/*@ACCEL009*/"enableAcceleratedNetworking": true,"""));
        Assert.Contains("'Standard_Z99_v9'", Single(result, "ACCEL009").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Instance_mix_without_AN_is_ACCEL011_only_when_every_size_supports_it()
    {
        var result = Arm(MixArm(Sizes("Standard_D4s_v3", "Standard_E4s_v3"), string.Empty, configMarker: "/*@ACCEL011*/"));
        Assert.Contains("every size of scale set 'mix1'", Single(result, "ACCEL011").Message, StringComparison.Ordinal);

        // Enabling it would fail on B2ms: no advice to enable it.
        Arm(MixArm(Sizes("Standard_D4s_v3", "Standard_B2ms"), string.Empty));
    }

    [Fact]
    public void Instance_mix_AN_false_on_a_size_that_requires_AN_is_ACCEL010()
    {
        Arm(MixArm(Sizes("Standard_D4ls_v5", "Standard_D4s_v3"), """/*@ACCEL010*/"enableAcceleratedNetworking": false,"""));
    }

    [Fact]
    public void Instance_mix_in_Bicep()
    {
        var result = Bicep("""
            resource mix 'Microsoft.Compute/virtualMachineScaleSets@2024-07-01' = {
              name: 'mix1'
              location: 'eastus'
              sku: { name: 'Mix', capacity: 3 }
              properties: {
                orchestrationMode: 'Flexible'
                skuProfile: {
                  vmSizes: [
                    { name: 'Standard_D4s_v3' }
                    { name: 'Standard_B2ms' }
                  ]
                  allocationStrategy: 'LowestPrice'
                }
                virtualMachineProfile: {
                  networkProfile: {
                    networkApiVersion: '2020-11-01'
                    networkInterfaceConfigurations: [
                      {
                        name: 'cfg1'
                        properties: {
                          /*@ACCEL001*/enableAcceleratedNetworking: true
                          ipConfigurations: []
                        }
                      }
                    ]
                  }
                }
              }
            }
            """);
        Assert.Contains("'Standard_B2ms'", Single(result, "ACCEL001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Instance_mix_in_Bicep_with_sizes_from_a_parameter_near_miss()
    {
        Bicep("""
            param sizes array = [ 'Standard_D4s_v3', 'Standard_F4s_v2' ]
            resource mix 'Microsoft.Compute/virtualMachineScaleSets@2024-07-01' = {
              name: 'mix1'
              location: 'eastus'
              sku: { name: 'Mix', capacity: 3 }
              properties: {
                orchestrationMode: 'Flexible'
                skuProfile: {
                  vmSizes: [for s in sizes: { name: s }]
                }
                virtualMachineProfile: {
                  networkProfile: {
                    networkInterfaceConfigurations: [
                      {
                        name: 'cfg1'
                        properties: {
                          enableAcceleratedNetworking: true
                          ipConfigurations: []
                        }
                      }
                    ]
                  }
                }
              }
            }
            """);
    }

    // ---------------------------------------------------------------- scale-set VMs

    private const string ParentScaleSetArm = """
        {
          "type": "Microsoft.Compute/virtualMachineScaleSets",
          "apiVersion": "2023-09-01",
          "name": "vmss1",
          "location": "eastus",
          "sku": { "name": "SIZE", "capacity": 1 },
          "properties": { "orchestrationMode": "Uniform" }
        },
        """;

    private static string ScaleSetVmArm(string configProperties, string hardware = "") => $$"""
        {
          "type": "Microsoft.Compute/virtualMachineScaleSets/virtualMachines",
          "apiVersion": "2023-09-01",
          "name": "vmss1/0",
          "location": "eastus",
          "properties": {
            {{hardware}}
            "networkProfileConfiguration": {
              "networkInterfaceConfigurations": [
                {
                  "name": "cfg1",
                  "properties": {
                    {{configProperties}}
                    "ipConfigurations": []
                  }
                }
              ]
            }
          }
        }
        """;

    [Fact]
    public void Scale_set_VM_takes_the_size_of_its_scale_set()
    {
        var result = Arm(ParentScaleSetArm.Replace("SIZE", "Standard_B2ms", StringComparison.Ordinal) + ScaleSetVmArm("""/*@ACCEL001*/"enableAcceleratedNetworking": true,"""));
        var finding = Single(result, "ACCEL001");
        Assert.Contains("configuration 'cfg1' of scale set VM 'vmss1/0' enables accelerated networking, but scale set VM 'vmss1/0' runs in scale set 'vmss1' with size 'Standard_B2ms'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'Standard_B2ms'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scale_set_VM_on_a_supported_scale_set_size_is_silent()
    {
        Arm(ParentScaleSetArm.Replace("SIZE", "Standard_D4s_v3", StringComparison.Ordinal) + ScaleSetVmArm(""" "enableAcceleratedNetworking": true,"""));
    }

    [Fact]
    public void Scale_set_VM_without_its_scale_set_uses_its_own_hardware_profile_and_networkProfile()
    {
        Arm("""
            {
              "type": "Microsoft.Compute/virtualMachineScaleSets/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "elsewhere/3",
              "properties": {
                "hardwareProfile": { "vmSize": "Standard_B1s" },
                "networkProfile": {
                  "networkInterfaceConfigurations": [
                    { "name": "cfg1", "properties": { /*@ACCEL001*/"enableAcceleratedNetworking": true, "ipConfigurations": [] } }
                  ]
                }
              }
            }
            """);
    }

    [Fact]
    public void Scale_set_VM_with_AC_on_an_old_apiVersion_is_ACCEL008()
    {
        Arm(
            ParentScaleSetArm.Replace("SIZE", "Standard_D8s_v3", StringComparison.Ordinal)
            + ScaleSetVmArm("""
                "enableAcceleratedNetworking": true,
                /*@ACCEL008*/"auxiliaryMode": "AcceleratedConnections",
                "auxiliarySku": "A2",
                "tags": { "fastpathenabled": "true" },
                """).Replace("2023-09-01", "2023-03-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Scale_set_VM_declared_inside_its_scale_set_takes_its_size()
    {
        Arm("""
            {
              "type": "Microsoft.Compute/virtualMachineScaleSets",
              "apiVersion": "2023-09-01",
              "name": "vmss1",
              "location": "eastus",
              "sku": { "name": "Standard_B2ms", "capacity": 1 },
              "properties": { "orchestrationMode": "Uniform" },
              "resources": [
                {
                  "type": "virtualMachines",
                  "apiVersion": "2023-09-01",
                  "name": "0",
                  "dependsOn": [ "vmss1" ],
                  "properties": {
                    "networkProfileConfiguration": {
                      "networkInterfaceConfigurations": [
                        { "name": "cfg1", "properties": { /*@ACCEL001*/"enableAcceleratedNetworking": true, "ipConfigurations": [] } }
                      ]
                    }
                  }
                }
              ]
            }
            """);
    }

    [Fact]
    public void Scale_set_VM_links_to_its_scale_set_whose_name_is_not_known()
    {
        var result = Arm(
            """
            {
              "type": "Microsoft.Compute/virtualMachineScaleSets",
              "apiVersion": "2023-09-01",
              "name": "[parameters('vmssName')]",
              "location": "eastus",
              "sku": { "name": "Standard_A2_v2", "capacity": 1 },
              "properties": { "orchestrationMode": "Uniform" }
            },
            {
              "type": "Microsoft.Compute/virtualMachineScaleSets/virtualMachines",
              "apiVersion": "2023-09-01",
              "name": "[format('{0}/{1}', parameters('vmssName'), '0')]",
              "properties": {
                "networkProfileConfiguration": {
                  "networkInterfaceConfigurations": [
                    { "name": "cfg1", "properties": { /*@ACCEL001*/"enableAcceleratedNetworking": true, "ipConfigurations": [] } }
                  ]
                }
              }
            }
            """,
            parameters: """ "vmssName": { "type": "string" } """);
        Assert.Contains("'Standard_A2_v2'", Single(result, "ACCEL001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scale_set_VM_in_Bicep_links_to_its_parent_whose_name_is_not_known()
    {
        Bicep("""
            param vmssName string

            resource vmss 'Microsoft.Compute/virtualMachineScaleSets@2023-09-01' = {
              name: vmssName
              location: 'eastus'
              sku: { name: 'Standard_A2_v2', capacity: 1 }
              properties: { orchestrationMode: 'Uniform' }

              resource instance 'virtualMachines' = {
                name: '0'
                properties: {
                  networkProfileConfiguration: {
                    networkInterfaceConfigurations: [
                      {
                        name: 'cfg1'
                        properties: {
                          /*@ACCEL001*/enableAcceleratedNetworking: true
                          ipConfigurations: []
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
    public void Scale_set_VM_in_Bicep_with_parent()
    {
        Bicep("""
            resource vmss 'Microsoft.Compute/virtualMachineScaleSets@2023-09-01' = {
              name: 'vmss1'
              location: 'eastus'
              sku: { name: 'Standard_A2_v2', capacity: 1 }
              properties: { orchestrationMode: 'Uniform' }
            }

            resource instance 'Microsoft.Compute/virtualMachineScaleSets/virtualMachines@2023-09-01' = {
              parent: vmss
              name: '0'
              location: 'eastus'
              properties: {
                networkProfileConfiguration: {
                  networkInterfaceConfigurations: [
                    {
                      name: 'cfg1'
                      properties: {
                        /*@ACCEL001*/enableAcceleratedNetworking: true
                        ipConfigurations: []
                      }
                    }
                  ]
                }
              }
            }
            """);
    }

    // ---------------------------------------------------------------- Batch pools

    private static string PoolArm(string size, string networkConfiguration, string apiVersion = "2024-07-01") => $$"""
        {
          "type": "Microsoft.Batch/batchAccounts/pools",
          "apiVersion": "{{apiVersion}}",
          "name": "batch1/pool1",
          "properties": {
            "vmSize": "{{size}}",
            "deploymentConfiguration": {
              "virtualMachineConfiguration": {
                "imageReference": { "publisher": "canonical", "offer": "0001-com-ubuntu-server-jammy", "sku": "22_04-lts" },
                "nodeAgentSkuId": "batch.node.ubuntu 22.04"
              }
            }{{networkConfiguration}}
          }
        }
        """;

    [Fact]
    public void Batch_pool_on_an_unsupported_size_is_ACCEL001_at_the_flag()
    {
        var result = Arm(PoolArm("Standard_A2_v2", """
            ,
                "networkConfiguration": {
                  /*@ACCEL001*/"enableAcceleratedNetworking": true
                }
            """));
        var finding = Single(result, "ACCEL001");
        Assert.Contains("The network configuration of Batch pool 'batch1/pool1' enables accelerated networking, but Batch pool 'batch1/pool1' has size 'Standard_A2_v2'", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("VMSizeIsNotPermitted", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_pool_near_misses_are_silent()
    {
        Arm(PoolArm("Standard_D4s_v3", """, "networkConfiguration": { "enableAcceleratedNetworking": true }"""));
        Arm(PoolArm("Standard_A2_v2", """, "networkConfiguration": { "enableAcceleratedNetworking": false }"""));

        // Before 2023-05-01 a pool cannot ask for AN, so there is nothing to advise.
        Arm(PoolArm("Standard_D4s_v3", string.Empty, apiVersion: "2022-10-01"));
    }

    [Fact]
    public void Batch_pool_without_AN_on_a_supported_size_is_ACCEL011_at_the_network_configuration()
    {
        Arm(PoolArm("Standard_D4s_v3", """, /*@ACCEL011*/"networkConfiguration": { "enableAcceleratedNetworking": false }"""));
    }

    [Fact]
    public void Batch_pool_with_AN_off_on_a_size_that_requires_it_is_ACCEL010()
    {
        Arm(PoolArm("Standard_D4ls_v5", """, "networkConfiguration": { /*@ACCEL010*/"enableAcceleratedNetworking": false }"""));
    }

    [Fact]
    public void Batch_pool_declared_inside_its_account()
    {
        var result = Arm("""
            {
              "type": "Microsoft.Batch/batchAccounts",
              "apiVersion": "2024-07-01",
              "name": "batch1",
              "location": "eastus",
              "resources": [
                {
                  "type": "pools",
                  "apiVersion": "2024-07-01",
                  "name": "pool1",
                  "dependsOn": [ "batch1" ],
                  "properties": {
                    "vmSize": "Standard_A2_v2",
                    "networkConfiguration": { /*@ACCEL001*/"enableAcceleratedNetworking": true }
                  }
                }
              ]
            }
            """);
        Assert.Contains("Batch pool 'batch1/pool1'", Single(result, "ACCEL001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_pool_in_Bicep()
    {
        var result = Bicep("""
            resource account 'Microsoft.Batch/batchAccounts@2024-07-01' = {
              name: 'batch1'
              location: 'eastus'
            }

            resource pool 'Microsoft.Batch/batchAccounts/pools@2024-07-01' = {
              parent: account
              name: 'pool1'
              properties: {
                vmSize: 'Standard_A2_v2'
                networkConfiguration: {
                  /*@ACCEL001*/enableAcceleratedNetworking: true
                }
              }
            }
            """);
        Assert.Contains("Batch pool 'batch1/pool1'", Single(result, "ACCEL001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_pool_in_Bicep_near_miss()
    {
        Bicep("""
            resource account 'Microsoft.Batch/batchAccounts@2024-07-01' = {
              name: 'batch1'
              location: 'eastus'
              resource pool 'pools' = {
                name: 'pool1'
                properties: {
                  vmSize: 'STANDARD_D8S_V3'
                  networkConfiguration: {
                    enableAcceleratedNetworking: true
                  }
                }
              }
            }
            """);
    }

    // ---------------------------------------------------------------- Service Fabric managed cluster node types

    private static string NodeTypeArm(string size, string flag, string image = "") => $$"""
        {
          "type": "Microsoft.ServiceFabric/managedClusters/nodeTypes",
          "apiVersion": "2024-04-01",
          "name": "sfmc1/nt1",
          "properties": {
            "isPrimary": true,
            "vmInstanceCount": 5,
            "dataDiskSizeGB": 128,
            {{image}}
            {{flag}}
            "vmSize": "{{size}}"
          }
        }
        """;

    [Fact]
    public void Node_type_on_an_unsupported_size_is_ACCEL001()
    {
        var result = Arm(NodeTypeArm("Standard_B2ms", """/*@ACCEL001*/"enableAcceleratedNetworking": true,"""));
        Assert.Contains("Service Fabric node type 'sfmc1/nt1' enables accelerated networking, but Service Fabric node type 'sfmc1/nt1' has size 'Standard_B2ms'", Single(result, "ACCEL001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Node_type_near_misses()
    {
        Arm(NodeTypeArm("Standard_D4s_v3", """ "enableAcceleratedNetworking": true,"""));
        Arm(NodeTypeArm("Standard_B2ms", """ "enableAcceleratedNetworking": false,"""));
        Arm(NodeTypeArm("Standard_Z99_v9", """/*@ACCEL009*/"enableAcceleratedNetworking": true,"""));
    }

    [Fact]
    public void Node_type_on_an_old_image_is_ACCEL013()
    {
        Arm(NodeTypeArm(
            "Standard_D4s_v3",
            """/*@ACCEL013*/"enableAcceleratedNetworking": true,""",
            image: """ "vmImagePublisher": "MicrosoftWindowsServer", "vmImageOffer": "WindowsServer", "vmImageSku": "2012-Datacenter", "vmImageVersion": "latest", """));
    }

    [Fact]
    public void Node_type_additional_NIC_configurations_are_checked()
    {
        Arm("""
            {
              "type": "Microsoft.ServiceFabric/managedClusters/nodeTypes",
              "apiVersion": "2024-04-01",
              "name": "sfmc1/nt1",
              "properties": {
                "vmSize": "Standard_B2ms",
                "additionalNetworkInterfaceConfigurations": [
                  { "name": "extra", /*@ACCEL001*/"enableAcceleratedNetworking": true, "ipConfigurations": [] }
                ]
              }
            }
            """);
    }

    [Fact]
    public void Node_type_in_Bicep_nested_in_its_cluster()
    {
        Bicep("""
            resource cluster 'Microsoft.ServiceFabric/managedClusters@2024-04-01' = {
              name: 'sfmc1'
              location: 'eastus'
              sku: { name: 'Standard' }
              properties: { dnsName: 'sfmc1' }

              resource nodeType 'nodeTypes' = {
                name: 'nt1'
                properties: {
                  isPrimary: true
                  vmInstanceCount: 5
                  dataDiskSizeGB: 128
                  vmSize: 'Standard_B2ms'
                  /*@ACCEL001*/enableAcceleratedNetworking: true
                }
              }

              resource quiet 'nodeTypes' = {
                name: 'nt2'
                properties: {
                  isPrimary: false
                  vmInstanceCount: 3
                  dataDiskSizeGB: 128
                  vmSize: 'Standard_D4s_v3'
                  enableAcceleratedNetworking: true
                }
              }
            }
            """);
    }

    // ---------------------------------------------------------------- Azure Compute Fleet

    private static string FleetArm(string sizes, string configProperties, string location = "eastus", string tags = """ "tags": { "fastpathenabled": "true" }, """) => $$"""
        {
          "type": "Microsoft.AzureFleet/fleets",
          "apiVersion": "2024-11-01",
          "name": "fleet1",
          "location": "{{location}}",
          {{tags}}
          "properties": {
            "vmSizesProfile": [ {{sizes}} ],
            "regularPriorityProfile": { "capacity": 10, "allocationStrategy": "LowestPrice" },
            "computeProfile": {
              "baseVirtualMachineProfile": {
                "networkProfile": {
                  "networkApiVersion": "2020-11-01",
                  "networkInterfaceConfigurations": [
                    {
                      "name": "cfg1",
                      "properties": {
                        {{configProperties}}
                        "ipConfigurations": []
                      }
                    }
                  ]
                }
              }
            }
          }
        }
        """;

    private const string AcceleratedConnections = """
        "enableAcceleratedNetworking": true,
        /*@RULE*/"auxiliaryMode": "AcceleratedConnections",
        "auxiliarySku": "A2",
        """;

    [Fact]
    public void Fleet_checks_every_size_of_its_sizes_profile()
    {
        var result = Arm(FleetArm(Sizes("Standard_D4s_v3", "Standard_B2ms"), """/*@ACCEL001*/"enableAcceleratedNetworking": true,"""));
        Assert.Contains("configuration 'cfg1' of compute fleet 'fleet1' enables accelerated networking, but compute fleet 'fleet1' deploys size 'Standard_B2ms'", Single(result, "ACCEL001").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fleet_with_AC_on_good_sizes_is_silent()
    {
        Arm(FleetArm(Sizes("Standard_D4s_v3", "Standard_E4s_v3"), AcceleratedConnections.Replace("/*@RULE*/", string.Empty, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("ACCEL002", "Standard_D4s_v5", "eastus", true)]
    [InlineData("ACCEL006", "Standard_D2s_v3", "eastus", true)]
    [InlineData("ACCEL003", "Standard_D4s_v3", "brazilsouth", true)]
    [InlineData("ACCEL004", "Standard_D4s_v3", "eastus", false)]
    public void Fleet_AC_rules_apply_to_its_base_profile(string rule, string size, string location, bool tagged)
    {
        Arm(FleetArm(
            Sizes("Standard_E4s_v3", size),
            AcceleratedConnections.Replace("RULE", rule, StringComparison.Ordinal),
            location,
            tagged ? """ "tags": { "fastpathenabled": "true" }, """ : string.Empty));
    }

    [Fact]
    public void Fleet_AC_without_AN_and_tier_mismatch()
    {
        // (ACCEL011 also fires there, at the configuration: AN is available and off.)
        Verifier.VerifyArm(
            Template(FleetArm(Sizes("Standard_D4s_v3"), """
                /*@ACCEL005,ACCEL007*/"auxiliaryMode": "AcceleratedConnections",
                """)),
            only: new[] { "ACCEL005", "ACCEL007" });
    }

    [Fact]
    public void Fleet_in_Bicep()
    {
        Bicep("""
            resource fleet 'Microsoft.AzureFleet/fleets@2024-11-01' = {
              name: 'fleet1'
              location: 'eastus'
              properties: {
                vmSizesProfile: [
                  { name: 'Standard_D4s_v3' }
                  { name: 'Standard_D4s_v5' }
                ]
                regularPriorityProfile: { capacity: 10 }
                computeProfile: {
                  baseVirtualMachineProfile: {
                    networkProfile: {
                      networkInterfaceConfigurations: [
                        {
                          name: 'cfg1'
                          properties: {
                            enableAcceleratedNetworking: true
                            /*@ACCEL002,ACCEL004*/auxiliaryMode: 'AcceleratedConnections'
                            auxiliarySku: 'A4'
                            ipConfigurations: []
                          }
                        }
                      ]
                    }
                  }
                }
              }
            }
            """);
    }

    [Fact]
    public void Fleet_in_Bicep_on_an_unsupported_size()
    {
        Bicep("""
            resource fleet 'Microsoft.AzureFleet/fleets@2024-11-01' = {
              name: 'fleet1'
              location: 'eastus'
              properties: {
                vmSizesProfile: [ { name: 'Standard_B1s' } ]
                computeProfile: {
                  baseVirtualMachineProfile: {
                    networkProfile: {
                      networkInterfaceConfigurations: [
                        { name: 'cfg1', properties: { /*@ACCEL001*/enableAcceleratedNetworking: true, ipConfigurations: [] } }
                      ]
                    }
                  }
                }
              }
            }
            """);
    }

    // ---------------------------------------------------------------- bad input

    [Theory]
    [InlineData("\"sku\": \"Mix\", \"properties\": { \"skuProfile\": { \"vmSizes\": \"Standard_B1s\" } }", "Microsoft.Compute/virtualMachineScaleSets")]
    [InlineData("\"sku\": { \"name\": \"Mix\" }, \"properties\": { \"skuProfile\": { \"vmSizes\": [ 42, null, \"Standard_B1s\", { \"name\": [] } ] }, \"virtualMachineProfile\": { \"networkProfile\": { \"networkInterfaceConfigurations\": [ { \"name\": \"c\", \"properties\": { \"enableAcceleratedNetworking\": true } } ] } } }", "Microsoft.Compute/virtualMachineScaleSets")]
    [InlineData("\"properties\": { \"vmSize\": 7, \"networkConfiguration\": [ true ] }", "Microsoft.Batch/batchAccounts/pools")]
    [InlineData("\"properties\": { \"vmSize\": null, \"enableAcceleratedNetworking\": \"yes\", \"additionalNetworkInterfaceConfigurations\": { \"name\": \"x\" } }", "Microsoft.ServiceFabric/managedClusters/nodeTypes")]
    [InlineData("\"properties\": { \"vmSizesProfile\": { \"name\": \"Standard_B1s\" }, \"computeProfile\": \"none\" }", "Microsoft.AzureFleet/fleets")]
    [InlineData("\"properties\": \"none\"", "Microsoft.Compute/virtualMachineScaleSets/virtualMachines")]
    [InlineData("\"name\": \"/\", \"properties\": { \"networkProfile\": { \"networkInterfaceConfigurations\": [ [], { \"properties\": null } ] } }", "Microsoft.Compute/virtualMachineScaleSets/virtualMachines")]
    public void Malformed_shapes_do_not_crash_and_say_nothing(string members, string type)
    {
        Arm($$"""
            {
              "type": "{{type}}",
              "apiVersion": "2024-11-01",
              "name": "x/y",
              "location": "eastus",
              {{members}}
            }
            """);
    }
}
