using AccelLint.Model;
using AccelLint.Text;

namespace AccelLint.Evaluation;

/// <summary>
/// An entry template's parameter as the deployer's choice (SPEC §1): its allowed values, each
/// candidate taking that member of the parameter; or its default, which a parameters file may still
/// replace. Shared by the ARM and Bicep front ends.
/// </summary>
internal static class ParameterChoices
{
    /// <summary>The allowed values, each a member of the parameter's choice; the default's member is marked as such.</summary>
    public static Value Of(string name, SourceRef source, IReadOnlyList<Value> allowed, Value? defaultValue, Origin origin)
    {
        var point = new ChoicePoint($"parameter '{name}'", source, IsParameter: true);
        var candidates = new List<Value>(allowed.Count);
        foreach (var member in allowed)
        {
            if (member.Lattice != ValueLattice.Known)
            {
                return UnknownValue.Because($"an allowed value of parameter '{name}' is not known");
            }

            bool isDefault = defaultValue is not null && ValueEquality.DeepEquals(member, defaultValue, ignoreCase: false);
            candidates.Add(member.WithOwnChoicesCopy(Choices.Of(new Choice(point, member.Display(), isDefault))));
        }

        return OneOfValue.Create(candidates, origin);
    }

    /// <summary>The default, taken as the member "its default" of the parameter's choice: the template as written deploys it.</summary>
    public static Value Default(string name, SourceRef source, Value defaultValue)
    {
        if (defaultValue.IsUnknown)
        {
            return defaultValue;
        }

        var point = new ChoicePoint($"parameter '{name}'", source, IsParameter: true);
        return defaultValue.WithChoices(Choices.Of(new Choice(point, "its default", IsDefault: true))) ?? defaultValue;
    }
}
