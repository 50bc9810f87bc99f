namespace AccelLint.Bicep.Syntax;

/// <summary>Splits a resource type string <c>Microsoft.Network/networkInterfaces@2023-09-01</c> at the '@'.</summary>
public static class ResourceTypeReference
{
    /// <summary>(type, apiVersion); apiVersion is null without '@'; both null for a null input.</summary>
    public static (string? ResourceType, string? ApiVersion) Split(string? typeString)
    {
        if (typeString is null)
        {
            return (null, null);
        }

        int at = typeString.IndexOf('@');
        return at < 0 ? (typeString, null) : (typeString.Substring(0, at), typeString.Substring(at + 1));
    }
}
