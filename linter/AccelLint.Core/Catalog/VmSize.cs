namespace AccelLint.Catalog;

/// <summary>One catalog row: a VM size, its vCPUs and whether it supports (or requires) accelerated networking.</summary>
public sealed record VmSize(string Name, string Series, int VCpus, bool AcceleratedNetworking, bool AcceleratedNetworkingRequired, string Source);
