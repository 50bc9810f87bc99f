using AccelLint.Model;

namespace AccelLint.Arm;

/// <summary>
/// Where an expression is evaluated: a template context plus the copy loops around it
/// (resource copy, property copy, variable copy), each with its current index or unknown.
/// </summary>
internal sealed class ArmScope
{
    private readonly ArmScope? parent;
    private readonly string? loopName;
    private readonly Value loopIndex;

    public ArmScope(ArmContext context)
    {
        Context = context;
        loopIndex = UnknownValue.Instance;
    }

    private ArmScope(ArmScope parent, string loopName, Value index)
    {
        Context = parent.Context;
        this.parent = parent;
        this.loopName = loopName;
        loopIndex = index;
    }

    public ArmContext Context { get; }

    public ArmScope WithLoop(string name, long? index) =>
        new(this, name, index is long i ? new IntValue(i) : UnknownValue.Instance);

    /// <summary><c>copyIndex()</c> (innermost loop) or <c>copyIndex('name')</c>; unknown outside any loop.</summary>
    public Value CopyIndex(string? name)
    {
        for (var scope = this; scope is not null; scope = scope.parent)
        {
            if (scope.loopName is not null && (name is null || string.Equals(scope.loopName, name, StringComparison.OrdinalIgnoreCase)))
            {
                return scope.loopIndex;
            }
        }

        return UnknownValue.Instance;
    }
}
