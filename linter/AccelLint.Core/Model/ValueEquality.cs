namespace AccelLint.Model;

public static class ValueEquality
{
    /// <summary>Structural equality of known values; unknown or set values are never equal.</summary>
    public static bool DeepEquals(Value a, Value b, bool ignoreCase, int depth = 0)
    {
        if (depth > 64 || a.Kind != b.Kind)
        {
            return false;
        }

        switch (a)
        {
            case NullValue:
                return true;
            case BoolValue x:
                return x.Value == ((BoolValue)b).Value;
            case IntValue x:
                return x.Value == ((IntValue)b).Value;
            case StringValue x:
                return string.Equals(x.Value, ((StringValue)b).Value, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            case ArrayValue x:
                var y = (ArrayValue)b;
                if (x.Count != y.Count)
                {
                    return false;
                }

                for (int i = 0; i < x.Count; i++)
                {
                    if (!DeepEquals(x[i], y[i], ignoreCase, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            case ObjectValue o:
                var p = (ObjectValue)b;
                var left = o.Properties.ToList();
                if (left.Count != p.Properties.Count())
                {
                    return false;
                }

                foreach (var prop in left)
                {
                    if (!p.TryGetProperty(prop.Name, out var other) || !DeepEquals(prop.Value, other.Value, ignoreCase, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }
}
