namespace AccelLint.Model;

/// <summary>Resource ids as the front ends build them, and the key used to link a VM to its NICs.</summary>
public static class ResourceIds
{
    public const string SubscriptionPlaceholder = "{subscriptionId}";
    public const string ResourceGroupPlaceholder = "{resourceGroupName}";

    public static string ResourceGroupId(string? subscription = null, string? resourceGroup = null) =>
        $"/subscriptions/{subscription ?? SubscriptionPlaceholder}/resourceGroups/{resourceGroup ?? ResourceGroupPlaceholder}";

    /// <summary>A resource id: <c>.../providers/Microsoft.Network/virtualNetworks/vnet/subnets/default</c>.</summary>
    public static string Build(string type, IReadOnlyList<string> names, string? subscription = null, string? resourceGroup = null)
    {
        var segments = type.Split('/');
        var result = new System.Text.StringBuilder(ResourceGroupId(subscription, resourceGroup));
        result.Append("/providers/").Append(segments[0]);
        for (int i = 1; i < segments.Length; i++)
        {
            result.Append('/').Append(segments[i]);
            if (i - 1 < names.Count)
            {
                result.Append('/').Append(names[i - 1]);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// The link key of an id or of a type and name: <c>microsoft.network/networkinterfaces/nic1</c>.
    /// Null when the text holds no <c>/providers/</c> part.
    /// </summary>
    public static string? LinkKey(string id)
    {
        int providers = id.LastIndexOf("/providers/", StringComparison.OrdinalIgnoreCase);
        if (providers < 0)
        {
            // A bare "Microsoft.Network/networkInterfaces/nic1".
            int slash = id.IndexOf('/');
            return slash > 0 && id.IndexOf('.') > 0 && id.IndexOf('.') < slash ? id.Trim('/').ToLowerInvariant() : null;
        }

        return id.Substring(providers + "/providers/".Length).Trim('/').ToLowerInvariant();
    }

    public static string LinkKey(string type, string name)
    {
        var segments = type.Split('/');
        var names = name.Split('/');
        var result = new System.Text.StringBuilder(segments[0]);
        for (int i = 1; i < segments.Length; i++)
        {
            result.Append('/').Append(segments[i]);
            if (i - 1 < names.Length)
            {
                result.Append('/').Append(names[i - 1]);
            }
        }

        return result.ToString().ToLowerInvariant();
    }
}
