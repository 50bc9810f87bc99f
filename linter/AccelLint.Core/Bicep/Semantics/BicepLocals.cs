using AccelLint.Model;

namespace AccelLint.Bicep.Semantics;

/// <summary>Local names in scope (loop item and index, lambda and function parameters), innermost first.</summary>
internal sealed class BicepLocals
{
    public static readonly BicepLocals Empty = new(null, string.Empty, UnknownValue.Instance);

    private readonly BicepLocals? parent;
    private readonly string name;
    private readonly Value value;

    private BicepLocals(BicepLocals? parent, string name, Value value)
    {
        this.parent = parent;
        this.name = name;
        this.value = value;
    }

    public BicepLocals With(string localName, Value localValue) => new(this, localName, localValue);

    public bool TryGet(string localName, out Value result)
    {
        for (var scope = this; scope is not null && scope.parent is not null; scope = scope.parent)
        {
            if (string.Equals(scope.name, localName, StringComparison.Ordinal))
            {
                result = scope.value;
                return true;
            }
        }

        result = UnknownValue.Instance;
        return false;
    }
}
