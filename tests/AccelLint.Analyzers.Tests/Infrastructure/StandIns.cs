namespace AccelLint.Analyzers.Tests.Infrastructure;

/// <summary>
/// Stand-ins for the Azure SDK packages the registry here does not hold (Azure.ResourceManager.Network,
/// Azure.ResourceManager.RecoveryServicesSiteRecovery), with the real namespaces and member names
/// (shared/facts/FACTS.md §6). The analyzer matches types by metadata name, so it treats these as the
/// real packages. Compute types come from the real Azure.ResourceManager.Compute 1.2.0.
/// </summary>
public static class StandIns
{
    public const string Source = """
        namespace Azure.ResourceManager.Network.Models
        {
            public abstract class NetworkTrackedResourceData
            {
                public Azure.Core.ResourceIdentifier Id { get; set; }
                public string Name { get; }
                public Azure.Core.AzureLocation? Location { get; set; }
                public System.Collections.Generic.IDictionary<string, string> Tags { get; } = new System.Collections.Generic.Dictionary<string, string>();
            }

            public readonly partial struct NetworkInterfaceAuxiliaryMode
            {
                private readonly string _value;
                public NetworkInterfaceAuxiliaryMode(string value) { _value = value; }
                public static NetworkInterfaceAuxiliaryMode None { get; } = new NetworkInterfaceAuxiliaryMode("None");
                public static NetworkInterfaceAuxiliaryMode MaxConnections { get; } = new NetworkInterfaceAuxiliaryMode("MaxConnections");
                public static NetworkInterfaceAuxiliaryMode Floating { get; } = new NetworkInterfaceAuxiliaryMode("Floating");
                public static NetworkInterfaceAuxiliaryMode AcceleratedConnections { get; } = new NetworkInterfaceAuxiliaryMode("AcceleratedConnections");
                public static implicit operator NetworkInterfaceAuxiliaryMode(string value) => new NetworkInterfaceAuxiliaryMode(value);
                public override string ToString() => _value;
            }

            public readonly partial struct NetworkInterfaceAuxiliarySku
            {
                private readonly string _value;
                public NetworkInterfaceAuxiliarySku(string value) { _value = value; }
                public static NetworkInterfaceAuxiliarySku None { get; } = new NetworkInterfaceAuxiliarySku("None");
                public static NetworkInterfaceAuxiliarySku A1 { get; } = new NetworkInterfaceAuxiliarySku("A1");
                public static NetworkInterfaceAuxiliarySku A2 { get; } = new NetworkInterfaceAuxiliarySku("A2");
                public static NetworkInterfaceAuxiliarySku A4 { get; } = new NetworkInterfaceAuxiliarySku("A4");
                public static NetworkInterfaceAuxiliarySku A8 { get; } = new NetworkInterfaceAuxiliarySku("A8");
                public static implicit operator NetworkInterfaceAuxiliarySku(string value) => new NetworkInterfaceAuxiliarySku(value);
                public override string ToString() => _value;
            }

            public class NetworkInterfaceIPConfigurationData
            {
                public string Name { get; set; }
            }
        }

        namespace Azure.ResourceManager.Network
        {
            public class NetworkInterfaceData : Azure.ResourceManager.Network.Models.NetworkTrackedResourceData
            {
                public bool? EnableAcceleratedNetworking { get; set; }
                public bool? EnableIPForwarding { get; set; }
                public Azure.ResourceManager.Network.Models.NetworkInterfaceAuxiliaryMode? AuxiliaryMode { get; set; }
                public Azure.ResourceManager.Network.Models.NetworkInterfaceAuxiliarySku? AuxiliarySku { get; set; }
                public System.Collections.Generic.IList<Azure.ResourceManager.Network.Models.NetworkInterfaceIPConfigurationData> IPConfigurations { get; } = new System.Collections.Generic.List<Azure.ResourceManager.Network.Models.NetworkInterfaceIPConfigurationData>();
            }

            public class NetworkInterfaceResource
            {
                public Azure.Core.ResourceIdentifier Id { get; }
                public NetworkInterfaceData Data { get; }
            }

            public static class NetworkInterfaceCollectionExtensions
            {
                public static NetworkInterfaceResource CreateOrUpdate(this object collection, string name, NetworkInterfaceData data) => null;
            }
        }

        namespace Azure.ResourceManager.RecoveryServicesSiteRecovery.Models
        {
            public class VmNicInputDetails
            {
                public string NicId { get; set; }
                public bool? EnableAcceleratedNetworkingOnRecovery { get; set; }
                public bool? EnableAcceleratedNetworkingOnTfo { get; set; }
                public string RecoveryNicName { get; set; }
            }

            public class UpdateReplicationProtectedItemInputProperties
            {
                public string RecoveryAzureVmName { get; set; }
                public string RecoveryAzureVmSize { get; set; }
                public System.Collections.Generic.IList<VmNicInputDetails> VmNics { get; } = new System.Collections.Generic.List<VmNicInputDetails>();
            }
        }
        """;
}
