namespace AccelLint.Analyzers.CSharp;

/// <summary>Dictionaries of lists (the indexes the C# front end builds once per method).</summary>
internal static class ListMaps
{
    /// <summary>Adds <paramref name="value"/> to the list of <paramref name="key"/>, creating the list the first time.</summary>
    public static void AddTo<TKey, TValue>(this Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = new List<TValue>();
            map[key] = list;
        }

        list.Add(value);
    }
}
