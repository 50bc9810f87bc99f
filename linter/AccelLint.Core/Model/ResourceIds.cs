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
        // The common case, a top-level type and one name, in one concatenation.
        int slash = type.IndexOf('/');
        if (names.Count == 1 && slash > 0 && type.IndexOf('/', slash + 1) < 0)
        {
            return string.Concat(new[]
            {
                "/subscriptions/", subscription ?? SubscriptionPlaceholder, "/resourceGroups/", resourceGroup ?? ResourceGroupPlaceholder,
                "/providers/", type, "/", names[0],
            });
        }

        var result = new System.Text.StringBuilder(160)
            .Append("/subscriptions/").Append(subscription ?? SubscriptionPlaceholder)
            .Append("/resourceGroups/").Append(resourceGroup ?? ResourceGroupPlaceholder)
            .Append("/providers/");
        AppendTypeAndNames(result, type, names);
        return result.ToString();
    }

    /// <summary>Interleaves the type's segments after the namespace with the names: <c>ns/t1/n1/t2/n2</c>.</summary>
    private static void AppendTypeAndNames(System.Text.StringBuilder result, string type, IReadOnlyList<string> names)
    {
        int slash = type.IndexOf('/');
        result.Append(type, 0, slash < 0 ? type.Length : slash);
        int name = 0;
        while (slash >= 0)
        {
            int next = type.IndexOf('/', slash + 1);
            result.Append(type, slash, (next < 0 ? type.Length : next) - slash);
            if (name < names.Count)
            {
                result.Append('/').Append(names[name++]);
            }

            slash = next;
        }
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

        int start = providers + "/providers/".Length;
        int end = id.Length;
        while (start < end && id[start] == '/')
        {
            start++;
        }

        while (end > start && id[end - 1] == '/')
        {
            end--;
        }

        return id.Substring(start, end - start).ToLowerInvariant();
    }

    public static string LinkKey(string type, string name)
    {
        // The common case, a top-level type and a plain name, needs no builder.
        int slash = type.IndexOf('/');
        if (slash > 0 && type.IndexOf('/', slash + 1) < 0 && name.IndexOf('/') < 0)
        {
            return string.Concat(type, "/", name).ToLowerInvariant();
        }

        var result = new System.Text.StringBuilder(type.Length + name.Length + 8);
        AppendTypeAndNames(result, type, name.Split('/'));
        return result.ToString().ToLowerInvariant();
    }
}
