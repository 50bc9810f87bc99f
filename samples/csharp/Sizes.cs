using Azure.ResourceManager.Compute.Models;

namespace AccelLint.Samples.CSharp;

/// <summary>The sizes the deployments use, kept in one file: the analyzer reads them from any file of the project.</summary>
internal static class Sizes
{
    /// <summary>A2_v2: cheap for a build agent, but without accelerated networking.</summary>
    public static readonly VirtualMachineSizeType BuildAgent = VirtualMachineSizeType.StandardA2V2;
}
