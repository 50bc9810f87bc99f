using static AccelLint.Analyzers.Tests.CSharp.CSharpHarness;

namespace AccelLint.Analyzers.Tests.CSharp;

/// <summary>
/// Site Recovery replication updates: <c>VmNicInputDetails</c> in the update properties' <c>VmNics</c>,
/// with the recovery VM size (ACCEL001, ACCEL009) and the source NIC built in the same method (ACCEL012).
/// </summary>
public class SiteRecoveryTests
{
    [Fact]
    public Task Recovery_flag_with_an_unsupported_recovery_size_is_ACCEL001_on_the_flag() => Verify("""
        class C
        {
            void M(string sourceNicId)
            {
                var update = new UpdateReplicationProtectedItemInputProperties
                {
                    RecoveryAzureVmSize = "Standard_B1s",
                    VmNics = { new VmNicInputDetails { NicId = sourceNicId, {|ACCEL001:EnableAcceleratedNetworkingOnRecovery = true|} } },
                };
            }
        }
        """);

    [Fact]
    public Task Test_failover_flag_with_an_unsupported_recovery_size_is_ACCEL001_on_that_flag() => Verify("""
        class C
        {
            void M(string sourceNicId)
            {
                var update = new UpdateReplicationProtectedItemInputProperties
                {
                    RecoveryAzureVmSize = "Standard_B1s",
                    VmNics =
                    {
                        new VmNicInputDetails
                        {
                            NicId = sourceNicId,
                            EnableAcceleratedNetworkingOnRecovery = false,
                            {|ACCEL001:EnableAcceleratedNetworkingOnTfo = true|},
                        },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Both_flags_are_reported_each() => Verify("""
        class C
        {
            void M(string sourceNicId)
            {
                var update = new UpdateReplicationProtectedItemInputProperties
                {
                    RecoveryAzureVmSize = "Standard_A1_v2",
                    VmNics =
                    {
                        new VmNicInputDetails
                        {
                            NicId = sourceNicId,
                            {|ACCEL001:EnableAcceleratedNetworkingOnRecovery = true|},
                            {|ACCEL001:EnableAcceleratedNetworkingOnTfo = true|},
                        },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Supported_recovery_size_is_clean() => Verify("""
        class C
        {
            void M(string sourceNicId)
            {
                var update = new UpdateReplicationProtectedItemInputProperties
                {
                    RecoveryAzureVmSize = "Standard_D2s_v3",
                    VmNics = { new VmNicInputDetails { NicId = sourceNicId, EnableAcceleratedNetworkingOnRecovery = true } },
                };
            }
        }
        """);

    [Fact]
    public Task Unknown_recovery_size_is_not_reported() => Verify("""
        class C
        {
            void M(string sourceNicId, string size)
            {
                var update = new UpdateReplicationProtectedItemInputProperties
                {
                    RecoveryAzureVmSize = size,
                    VmNics = { new VmNicInputDetails { NicId = sourceNicId, EnableAcceleratedNetworkingOnRecovery = true } },
                };
            }
        }
        """);

    [Fact]
    public Task Recovery_size_missing_from_the_catalog_is_ACCEL009() => Verify("""
        class C
        {
            void M(string sourceNicId)
            {
                var update = new UpdateReplicationProtectedItemInputProperties
                {
                    RecoveryAzureVmSize = "Standard_Q9_v9",
                    VmNics = { new VmNicInputDetails { NicId = sourceNicId, {|ACCEL009:EnableAcceleratedNetworkingOnRecovery = true|} } },
                };
            }
        }
        """);

    [Fact]
    public Task Size_and_nic_input_assigned_after_creation() => Verify("""
        class C
        {
            const string RecoverySize = "Standard_B1s";

            void M(string sourceNicId)
            {
                var details = new VmNicInputDetails();
                details.NicId = sourceNicId;
                {|ACCEL001:details.EnableAcceleratedNetworkingOnRecovery = true|};
                var update = new UpdateReplicationProtectedItemInputProperties();
                var size = RecoverySize;
                update.RecoveryAzureVmSize = size;
                update.VmNics.Add(details);
            }
        }
        """);

    [Fact]
    public Task Source_nic_without_accelerated_networking_is_ACCEL012_and_the_bad_size_ACCEL001() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData { Location = AzureLocation.EastUS };
                var nic = nics.CreateOrUpdate("source-nic", nicData);
                var update = new UpdateReplicationProtectedItemInputProperties
                {
                    RecoveryAzureVmSize = "Standard_B1s",
                    VmNics = { new VmNicInputDetails { NicId = nic.Id, {|ACCEL001:{|ACCEL012:EnableAcceleratedNetworkingOnRecovery = true|}|} } },
                };
            }
        }
        """);

    [Fact]
    public Task Source_nic_without_accelerated_networking_is_ACCEL012_on_a_good_size() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData { Location = AzureLocation.EastUS, EnableAcceleratedNetworking = false };
                var nic = nics.CreateOrUpdate("source-nic", nicData);
                var update = new UpdateReplicationProtectedItemInputProperties
                {
                    RecoveryAzureVmSize = "Standard_D4s_v3",
                    VmNics = { new VmNicInputDetails { NicId = nic.Id, {|ACCEL012:EnableAcceleratedNetworkingOnTfo = true|} } },
                };
            }
        }
        """);

    [Fact]
    public Task Source_nic_with_accelerated_networking_is_clean() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData { Location = AzureLocation.EastUS, EnableAcceleratedNetworking = true };
                var nic = nics.CreateOrUpdate("source-nic", nicData);
                var update = new UpdateReplicationProtectedItemInputProperties
                {
                    RecoveryAzureVmSize = "Standard_D4s_v3",
                    VmNics = { new VmNicInputDetails { NicId = nic.Id, EnableAcceleratedNetworkingOnRecovery = true, EnableAcceleratedNetworkingOnTfo = true } },
                };
            }
        }
        """);

    [Fact]
    public Task Source_nic_with_unknown_accelerated_networking_is_not_reported() => Verify("""
        class C
        {
            void M(object nics, bool accelerate)
            {
                var nicData = new NetworkInterfaceData { Location = AzureLocation.EastUS, EnableAcceleratedNetworking = accelerate };
                var nic = nics.CreateOrUpdate("source-nic", nicData);
                var update = new UpdateReplicationProtectedItemInputProperties
                {
                    RecoveryAzureVmSize = "Standard_D4s_v3",
                    VmNics = { new VmNicInputDetails { NicId = nic.Id, EnableAcceleratedNetworkingOnRecovery = true } },
                };
            }
        }
        """);

    [Fact]
    public Task Recovery_flag_false_is_clean() => Verify("""
        class C
        {
            void M(object nics)
            {
                var nicData = new NetworkInterfaceData { Location = AzureLocation.EastUS };
                var nic = nics.CreateOrUpdate("source-nic", nicData);
                var update = new UpdateReplicationProtectedItemInputProperties
                {
                    RecoveryAzureVmSize = "Standard_B1s",
                    VmNics = { new VmNicInputDetails { NicId = nic.Id, EnableAcceleratedNetworkingOnRecovery = false } },
                };
            }
        }
        """);

    [Fact]
    public Task Source_nic_is_matched_by_id_among_several() => Verify("""
        class C
        {
            void M(object nics)
            {
                var fastData = new NetworkInterfaceData { EnableAcceleratedNetworking = true };
                var fast = nics.CreateOrUpdate("fast-nic", fastData);
                var slowData = new NetworkInterfaceData { EnableAcceleratedNetworking = false };
                var slow = nics.CreateOrUpdate("slow-nic", slowData);
                var update = new UpdateReplicationProtectedItemInputProperties
                {
                    RecoveryAzureVmSize = "Standard_D4s_v3",
                    VmNics =
                    {
                        new VmNicInputDetails { NicId = fast.Id, EnableAcceleratedNetworkingOnRecovery = true },
                        new VmNicInputDetails { NicId = slow.Id, {|ACCEL012:EnableAcceleratedNetworkingOnRecovery = true|} },
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Source_nic_id_from_a_parameter_is_not_matched_to_a_nic_built_here() => Verify("""
        class C
        {
            void M(object nics, string sourceNicId)
            {
                var otherData = new NetworkInterfaceData { EnableAcceleratedNetworking = false };
                nics.CreateOrUpdate("other-nic", otherData);
                var update = new UpdateReplicationProtectedItemInputProperties
                {
                    RecoveryAzureVmSize = "Standard_D4s_v3",
                    VmNics = { new VmNicInputDetails { NicId = sourceNicId, EnableAcceleratedNetworkingOnRecovery = true } },
                };
            }
        }
        """);

    [Fact]
    public Task Nic_input_in_no_update_has_no_recovery_size() => Verify("""
        class C
        {
            VmNicInputDetails M(string sourceNicId) => new VmNicInputDetails { NicId = sourceNicId, EnableAcceleratedNetworkingOnRecovery = true };
        }
        """);
}
