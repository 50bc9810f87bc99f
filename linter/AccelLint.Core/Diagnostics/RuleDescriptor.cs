using System.Globalization;

namespace AccelLint.Diagnostics;

/// <summary>What a rule is: its ID, titles, default level, message format and help link.</summary>
/// <param name="MessageFormat">
/// The rule's sentence as a composite format (<c>{0}</c>, <c>{1}</c>, ...): the words every message of the
/// rule shares, with the clauses and values that differ as arguments (<see cref="Finding.Arguments"/>).
/// For the rules that run on the model, the last argument is the tail the engine composes: the
/// choices the finding holds under, the final period, the suggestion and the module note.
/// </param>
public sealed record RuleDescriptor(string Id, string Name, string Title, string Description, DiagnosticLevel DefaultLevel, string MessageFormat)
{
    public string HelpUri => RuleIds.HelpUri(Id);

    /// <summary>How many arguments <see cref="MessageFormat"/> takes: one more than its highest placeholder.</summary>
    public int ArgumentCount { get; } = CountPlaceholders(MessageFormat);

    /// <summary>The message for these arguments; their number must be <see cref="ArgumentCount"/>.</summary>
    public string Format(IReadOnlyList<string> arguments)
    {
        if (arguments.Count != ArgumentCount)
        {
            throw new ArgumentException($"{Id} takes {ArgumentCount} message arguments, not {arguments.Count}.", nameof(arguments));
        }

        return string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments.ToArray<object>());
    }

    /// <summary>One more than the highest placeholder index of a composite format (<c>{{</c> and <c>}}</c> are literal braces).</summary>
    public static int CountPlaceholders(string format)
    {
        int count = 0;
        for (int i = 0; i < format.Length; i++)
        {
            if (format[i] != '{')
            {
                continue;
            }

            if (i + 1 < format.Length && format[i + 1] == '{')
            {
                i++;
                continue;
            }

            int end = i + 1;
            while (end < format.Length && char.IsDigit(format[end]))
            {
                end++;
            }

            if (end > i + 1)
            {
                count = Math.Max(count, int.Parse(format.Substring(i + 1, end - i - 1), CultureInfo.InvariantCulture) + 1);
            }

            i = end - 1;
        }

        return count;
    }
}
