namespace AccelLint.Diagnostics;

/// <summary>Rule IDs, named by intent. Letters plus digits so that problem matchers read them.</summary>
public static class RuleIds
{
    public const string InvalidInput = "ACCEL000";
    public const string SizeDoesNotSupportAcceleratedNetworking = "ACCEL001";
    public const string AcceleratedConnectionsOnDv5 = "ACCEL002";
    public const string AcceleratedConnectionsRegion = "ACCEL003";
    public const string AcceleratedConnectionsMissingTag = "ACCEL004";
    public const string AcceleratedConnectionsWithoutAcceleratedNetworking = "ACCEL005";
    public const string AcceleratedConnectionsTooFewVCpus = "ACCEL006";
    public const string AcceleratedConnectionsTierMismatch = "ACCEL007";
    public const string AuxiliaryPropertiesApiVersion = "ACCEL008";
    public const string SizeNotInCatalog = "ACCEL009";
    public const string AcceleratedNetworkingRequiredBySize = "ACCEL010";
    public const string AcceleratedNetworkingNotEnabled = "ACCEL011";
    public const string SiteRecoverySourceWithoutAcceleratedNetworking = "ACCEL012";
    public const string ImageTooOldForAcceleratedNetworking = "ACCEL013";
    public const string ModuleNotAvailableLocally = "ACCEL014";

    public const string HelpBaseUri = "https://github.com/accellint/accellint/blob/main/docs/rules/";

    public static string HelpUri(string id) => HelpBaseUri + id + ".md";
}
