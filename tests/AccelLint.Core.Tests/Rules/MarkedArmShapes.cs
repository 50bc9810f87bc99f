namespace AccelLint.Core.Tests.Rules;

/// <summary>
/// The shapes of <see cref="ArmShapes"/> for the size-catalog rules (ACCEL009-011): the same
/// templates, but without the Accelerated Connections tag by default (those rules are about AN).
/// </summary>
internal static class MarkedArmShapes
{
    internal static string Template(string resources, string parameters = "") => ArmShapes.Template(resources, parameters);

    internal static string ParametersFile(string parameters) => ArmShapes.ParametersFile(parameters);

    /// <summary>NIC resource 'nic1' referenced by VM 'vm1' of the given size.</summary>
    internal static string NicOnVm(
        string size,
        string nicProperties,
        string nicTop = "",
        string location = "eastus",
        string apiVersion = "2023-09-01",
        string parameters = "",
        string nicMarker = "",
        string vmTop = "",
        string vmLocation = "eastus",
        string hardware = "") =>
        ArmShapes.NicOnVm(size, nicProperties, nicTop, location, apiVersion, parameters, nicMarker, vmTop, vmLocation, hardware);

    /// <summary>VM 'vm1' with one embedded NIC configuration 'cfg1'.</summary>
    internal static string VmWithConfig(
        string size,
        string configProperties,
        string vmTop = "",
        string configTop = "",
        string location = "eastus",
        string apiVersion = "2023-09-01",
        string parameters = "",
        string configMarker = "",
        string hardware = "") =>
        ArmShapes.VmWithConfig(size, configProperties, vmTop, configTop, location, apiVersion, parameters, configMarker, hardware);

    /// <summary>Scale set 'vmss1' with one embedded NIC configuration 'cfg1'.</summary>
    internal static string ScaleSet(
        string size,
        string configProperties,
        string top = "",
        string configTop = "",
        string location = "eastus",
        string apiVersion = "2023-09-01",
        string parameters = "",
        string configMarker = "") =>
        ArmShapes.ScaleSet(size, configProperties, top, configTop, location, apiVersion, parameters, configMarker);
}
