using AccelLint.Analyzers.Tests.AdditionalFiles;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using static AccelLint.Analyzers.Tests.CSharp.CSharpHarness;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>What the C# diagnostics say (NIC, size, ARM error), their help links, and <c>accellint.json</c> as an AdditionalFile.</summary>
public class MessageAndSettingsTests
{
    /// <summary>A NIC with AN on a B1s VM (one ACCEL001); also read by the descriptor tests.</summary>
    internal const string NicOnVm = """
        class C
        {
            void M(object nics)
            {
                var webNic = new NetworkInterfaceData
                {
                    Location = AzureLocation.EastUS,
                    {|ACCEL001:EnableAcceleratedNetworking = true|},
                };
                var nic = nics.CreateOrUpdate("web-nic", webNic);
                var webVm = new VirtualMachineData(AzureLocation.EastUS)
                {
                    HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1S },
                    NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaces = { new VirtualMachineNetworkInterfaceReference { Id = nic.Id } } },
                };
            }
        }
        """;

    [Fact]
    public async Task ACCEL001_message_names_the_nic_the_vm_the_size_and_the_arm_error()
    {
        var diagnostic = Single(await Verify(NicOnVm), "ACCEL001");
        string message = diagnostic.GetMessage();
        Assert.Contains("'webNic'", message, StringComparison.Ordinal);
        Assert.Contains("VM 'webVm'", message, StringComparison.Ordinal);
        Assert.Contains("'Standard_B1s'", message, StringComparison.Ordinal);
        Assert.Contains("VMSizeIsNotPermittedToEnableAcceleratedNetworking", message, StringComparison.Ordinal);
        Assert.DoesNotContain("ForVmss", message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.EndsWith("docs/rules/ACCEL001.md", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACCEL001_on_a_scale_set_names_the_configuration_and_the_vmss_error()
    {
        var diagnostic = Single(await Verify("""
            class C
            {
                void M()
                {
                    var frontEnd = new VirtualMachineScaleSetData(AzureLocation.EastUS)
                    {
                        Sku = new ComputeSku { Name = "Standard_A1_v2" },
                        VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                        {
                            NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                            {
                                NetworkInterfaceConfigurations = { new VirtualMachineScaleSetNetworkConfiguration("fe-nic") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                            },
                        },
                    };
                }
            }
            """), "ACCEL001");
        string message = diagnostic.GetMessage();
        Assert.Contains("'fe-nic'", message, StringComparison.Ordinal);
        Assert.Contains("scale set 'frontEnd'", message, StringComparison.Ordinal);
        Assert.Contains("'Standard_A1_v2'", message, StringComparison.Ordinal);
        Assert.Contains("VMSizeIsNotPermittedToEnableAcceleratedNetworkingForVmss", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Size_from_a_static_member_is_named_with_its_catalog_spelling()
    {
        var diagnostic = Single(await Verify("""
            class C
            {
                void M()
                {
                    var vm = new VirtualMachineData(AzureLocation.EastUS)
                    {
                        HardwareProfile = new VirtualMachineHardwareProfile { VmSize = VirtualMachineSizeType.StandardB1Ms },
                        NetworkProfile = new VirtualMachineNetworkProfile
                        {
                            NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                        },
                    };
                }
            }
            """), "ACCEL001");
        Assert.Contains("'Standard_B1ms'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'primary'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Size_through_a_local_names_the_local_as_origin()
    {
        var diagnostic = Single(await Verify("""
            class C
            {
                void M()
                {
                    var jumpSize = "Standard_B1s";
                    var vm = new VirtualMachineData(AzureLocation.EastUS)
                    {
                        HardwareProfile = new VirtualMachineHardwareProfile { VmSize = jumpSize },
                        NetworkProfile = new VirtualMachineNetworkProfile
                        {
                            NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                        },
                    };
                }
            }
            """), "ACCEL001");
        Assert.Contains("'Standard_B1s'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("jumpSize", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.All(diagnostic.AdditionalLocations, l => Assert.Equal("Test.cs", l.SourceTree?.FilePath));
    }

    [Fact]
    public async Task Ac_messages_name_the_region_the_tag_and_the_size()
    {
        var diagnostics = await Verify("""
            class C
            {
                void M()
                {
                    var vmss = new VirtualMachineScaleSetData(AzureLocation.BrazilSouth)
                    {
                        Sku = new ComputeSku { Name = "Standard_D2s_v5" },
                        VirtualMachineProfile = new VirtualMachineScaleSetVmProfile
                        {
                            NetworkProfile = new VirtualMachineScaleSetNetworkProfile
                            {
                                NetworkInterfaceConfigurations =
                                {
                                    new VirtualMachineScaleSetNetworkConfiguration("nva")
                                    {
                                        EnableAcceleratedNetworking = true,
                                        {|ACCEL002:{|ACCEL003:{|ACCEL004:{|ACCEL006:AuxiliaryMode = ComputeNetworkInterfaceAuxiliaryMode.AcceleratedConnections|}|}|}|},
                                        AuxiliarySku = ComputeNetworkInterfaceAuxiliarySku.A1,
                                    },
                                },
                            },
                        },
                    };
                }
            }
            """);
        Assert.Contains("'Standard_D2s_v5'", Single(diagnostics, "ACCEL002").GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'brazilsouth'", Single(diagnostics, "ACCEL003").GetMessage(), StringComparison.Ordinal);
        Assert.Contains("fastpathenabled", Single(diagnostics, "ACCEL004").GetMessage(), StringComparison.Ordinal);
        Assert.Contains("2", Single(diagnostics, "ACCEL006").GetMessage(), StringComparison.Ordinal);
        Assert.All(diagnostics, d => Assert.Contains("'nva'", d.GetMessage(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Site_recovery_messages_name_the_recovery_size_and_the_source_rule()
    {
        var diagnostics = await Verify("""
            class C
            {
                void M(object nics)
                {
                    var sourceData = new NetworkInterfaceData { Location = AzureLocation.EastUS };
                    var source = nics.CreateOrUpdate("source-nic", sourceData);
                    var update = new UpdateReplicationProtectedItemInputProperties
                    {
                        RecoveryAzureVmSize = "Standard_B1s",
                        VmNics = { new VmNicInputDetails { NicId = source.Id, {|ACCEL001:{|ACCEL012:EnableAcceleratedNetworkingOnRecovery = true|}|} } },
                    };
                }
            }
            """);
        string accel001 = Single(diagnostics, "ACCEL001").GetMessage();
        Assert.Contains("'Standard_B1s'", accel001, StringComparison.Ordinal);
        Assert.Contains("VMSizeIsNotPermittedToEnableAcceleratedNetworking", accel001, StringComparison.Ordinal);
        string accel012 = Single(diagnostics, "ACCEL012").GetMessage();
        Assert.Contains("only if the source VM has it", accel012, StringComparison.Ordinal);
        Assert.Contains("'sourceData'", accel012, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Info_rules_are_reported_at_info_severity()
    {
        var diagnostics = await Verify("""
            class C
            {
                void M()
                {
                    var vm = new VirtualMachineData(AzureLocation.EastUS)
                    {
                        HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_D4s_v3" },
                        NetworkProfile = new VirtualMachineNetworkProfile { NetworkInterfaceConfigurations = { {|ACCEL011:new VirtualMachineNetworkInterfaceConfiguration("primary")|} } },
                    };
                }
            }
            """);
        Assert.Equal(DiagnosticSeverity.Info, Single(diagnostics, "ACCEL011").Severity);
    }

    [Fact]
    public async Task Accellint_json_level_error_raises_the_severity()
    {
        var config = new InMemoryAdditionalText("/repo/accellint.json", """{ "rules": { "ACCEL001": "error" } }""");
        var diagnostic = Single(await VerifyWith(NicOnVm, config), "ACCEL001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public async Task Accellint_json_level_info_lowers_the_severity()
    {
        var config = new InMemoryAdditionalText("/repo/accellint.json", """{ "rules": { "ACCEL001": "info" } }""");
        Assert.Equal(DiagnosticSeverity.Info, Single(await VerifyWith(NicOnVm, config), "ACCEL001").Severity);
    }

    [Fact]
    public async Task Accellint_json_level_none_turns_the_rule_off()
    {
        var config = new InMemoryAdditionalText("/repo/accellint.json", """{ "rules": { "ACCEL001": "none" } }""");
        await VerifyWith(NicOnVm.Replace("{|ACCEL001:", string.Empty).Replace("|}", string.Empty), config);
    }

    [Fact]
    public async Task Accellint_json_regions_and_tags_replace_the_defaults()
    {
        var config = new InMemoryAdditionalText("/repo/accellint.json", """
            {
              "acceleratedConnections": {
                "regions": ["Brazil South"],
                "requiredTags": { "nva": "yes" }
              }
            }
            """);
        await VerifyWith("""
            class C
            {
                void M()
                {
                    var inBrazil = new NetworkInterfaceData
                    {
                        Location = AzureLocation.BrazilSouth,
                        EnableAcceleratedNetworking = true,
                        AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections,
                        AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                        Tags = { { "nva", "yes" } },
                    };
                    var inEastUs = new NetworkInterfaceData
                    {
                        Location = AzureLocation.EastUS,
                        EnableAcceleratedNetworking = true,
                        {|ACCEL003:{|ACCEL004:AuxiliaryMode = NetworkInterfaceAuxiliaryMode.AcceleratedConnections|}|},
                        AuxiliarySku = NetworkInterfaceAuxiliarySku.A1,
                        Tags = { { "fastpathenabled", "true" } },
                    };
                }
            }
            """, config);
    }

    [Fact]
    public async Task Accellint_json_catalog_extends_the_sizes()
    {
        var config = new InMemoryAdditionalText("/repo/accellint.json", """{ "catalog": "skus.csv" }""");
        var catalog = new InMemoryAdditionalText("/repo/skus.csv", "name,series,vcpus,accelerated_networking,an_required,source\nStandard_Q9_v9,test,2,false,false,test\n");
        await VerifyWith("""
            class C
            {
                void M()
                {
                    var vm = new VirtualMachineData(AzureLocation.EastUS)
                    {
                        HardwareProfile = new VirtualMachineHardwareProfile { VmSize = "Standard_Q9_v9" },
                        NetworkProfile = new VirtualMachineNetworkProfile
                        {
                            NetworkInterfaceConfigurations = { new VirtualMachineNetworkInterfaceConfiguration("primary") { {|ACCEL001:EnableAcceleratedNetworking = true|} } },
                        },
                    };
                }
            }
            """, config, catalog);
    }

    [Fact]
    public async Task The_nearest_accellint_json_above_the_source_file_wins()
    {
        var root = ("/repo/accellint.json", """{ "rules": { "ACCEL001": "error" } }""");
        var nested = ("/repo/src/deploy/accellint.json", """{ "rules": { "ACCEL001": "info" } }""");
        var sibling = ("/repo/infra/accellint.json", """{ "rules": { "ACCEL001": "none" } }""");

        var inDeploy = Test(NicOnVm.Replace("{|ACCEL001:", "{|#0:"), path: "/repo/src/deploy/Vm.cs");
        inDeploy.TestState.AdditionalFiles.AddRange(new[] { root, nested, sibling }.Select(f => (f.Item1, SourceText.From(f.Item2))));
        inDeploy.ExpectedDiagnostics.Add(new DiagnosticResult("ACCEL001", DiagnosticSeverity.Info).WithLocation(0));
        Assert.Equal(DiagnosticSeverity.Info, Single(await Run(inDeploy), "ACCEL001").Severity);

        var inSrc = Test(NicOnVm.Replace("{|ACCEL001:", "{|#0:"), path: "/repo/src/Vm.cs");
        inSrc.TestState.AdditionalFiles.AddRange(new[] { root, nested, sibling }.Select(f => (f.Item1, SourceText.From(f.Item2))));
        inSrc.ExpectedDiagnostics.Add(new DiagnosticResult("ACCEL001", DiagnosticSeverity.Error).WithLocation(0));
        Assert.Equal(DiagnosticSeverity.Error, Single(await Run(inSrc), "ACCEL001").Severity);
    }

    [Fact]
    public async Task A_config_that_is_not_above_the_source_file_still_applies_when_it_is_the_only_one()
    {
        var test = Test(NicOnVm.Replace("{|ACCEL001:", "{|#0:"), path: "/repo/src/Vm.cs");
        test.TestState.AdditionalFiles.Add(("/shared/accellint.json", """{ "rules": { "ACCEL001": "error" } }"""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("ACCEL001", DiagnosticSeverity.Error).WithLocation(0));
        Assert.Equal(DiagnosticSeverity.Error, Single(await Run(test), "ACCEL001").Severity);
    }

    [Fact]
    public async Task A_broken_accellint_json_keeps_the_defaults_for_csharp()
    {
        // The C# finding keeps its default severity; the broken config is ACCEL000 on the config itself.
        var test = Test(NicOnVm);
        test.TestState.AdditionalFiles.Add(("/repo/accellint.json", """{ "rules": { "ACCEL001": """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("ACCEL000", DiagnosticSeverity.Error).WithLocation("/repo/accellint.json", 1, 25));
        Assert.Equal(DiagnosticSeverity.Warning, Single(await Run(test), "ACCEL001").Severity);
    }
}
