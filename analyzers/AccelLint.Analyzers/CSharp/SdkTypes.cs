using Microsoft.CodeAnalysis;

namespace AccelLint.Analyzers.CSharp;

/// <summary>
/// The Azure SDK types the C# front end understands, resolved once per compilation by metadata
/// name (so the real packages and look-alike stand-ins behave the same). Null when none is referenced.
/// </summary>
internal sealed class SdkTypes
{
    private SdkTypes(Compilation compilation)
    {
        NetworkInterfaceData = Find(compilation, "Azure.ResourceManager.Network.NetworkInterfaceData");
        VirtualMachineData = Find(compilation, "Azure.ResourceManager.Compute.VirtualMachineData");
        ScaleSetData = Find(compilation, "Azure.ResourceManager.Compute.VirtualMachineScaleSetData");
        VmNicConfiguration = Find(compilation, "Azure.ResourceManager.Compute.Models.VirtualMachineNetworkInterfaceConfiguration");
        ScaleSetNicConfiguration = Find(compilation, "Azure.ResourceManager.Compute.Models.VirtualMachineScaleSetNetworkConfiguration");
        VmNicInputDetails = Find(compilation, "Azure.ResourceManager.RecoveryServicesSiteRecovery.Models.VmNicInputDetails");
        VmSizeType = Find(compilation, "Azure.ResourceManager.Compute.Models.VirtualMachineSizeType");
        AzureLocation = Find(compilation, "Azure.Core.AzureLocation");
    }

    public INamedTypeSymbol? NetworkInterfaceData { get; }

    public INamedTypeSymbol? VirtualMachineData { get; }

    public INamedTypeSymbol? ScaleSetData { get; }

    public INamedTypeSymbol? VmNicConfiguration { get; }

    public INamedTypeSymbol? ScaleSetNicConfiguration { get; }

    public INamedTypeSymbol? VmNicInputDetails { get; }

    public INamedTypeSymbol? VmSizeType { get; }

    public INamedTypeSymbol? AzureLocation { get; }

    /// <summary>The SDK types whose creation makes a method worth modelling.</summary>
    public bool IsRoot(ITypeSymbol? type) =>
        type is not null
        && (Is(type, NetworkInterfaceData) || Is(type, VirtualMachineData) || Is(type, ScaleSetData) || Is(type, VmNicInputDetails)
            || Is(type, VmNicConfiguration) || Is(type, ScaleSetNicConfiguration));

    /// <summary>
    /// The type is <paramref name="expected"/>, or a type of the same full metadata name from another
    /// assembly (a project can see two versions of an SDK package, one under an extern alias).
    /// </summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected)
    {
        if (type is null || expected is null)
        {
            return false;
        }

        var definition = type.OriginalDefinition;
        if (SymbolEqualityComparer.Default.Equals(definition, expected))
        {
            return true;
        }

        if (definition.MetadataName != expected.MetadataName || definition.ContainingType is not null || expected.ContainingType is not null)
        {
            return false;
        }

        INamespaceSymbol? a = definition.ContainingNamespace, b = expected.ContainingNamespace;
        while (a is { IsGlobalNamespace: false } && b is { IsGlobalNamespace: false })
        {
            if (a.Name != b.Name)
            {
                return false;
            }

            a = a.ContainingNamespace;
            b = b.ContainingNamespace;
        }

        return a is { IsGlobalNamespace: true } && b is { IsGlobalNamespace: true };
    }

    public static SdkTypes? Resolve(Compilation compilation)
    {
        var types = new SdkTypes(compilation);
        return types.NetworkInterfaceData is null && types.VirtualMachineData is null && types.ScaleSetData is null && types.VmNicInputDetails is null
            ? null
            : types;
    }

    /// <summary>The public type of that name (several assemblies may define it; a public one wins).</summary>
    private static INamedTypeSymbol? Find(Compilation compilation, string metadataName)
    {
        INamedTypeSymbol? found = null;
        foreach (var type in compilation.GetTypesByMetadataName(metadataName))
        {
            if (type.DeclaredAccessibility == Accessibility.Public)
            {
                return type;
            }

            found ??= type;
        }

        return found;
    }
}
