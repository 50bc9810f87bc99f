namespace AccelLint.Model;

public abstract class ArrayValue : Value
{
    public override ValueKind Kind => ValueKind.Array;

    public abstract int Count { get; }

    public abstract Value this[int index] { get; }

    public IEnumerable<Value> Items
    {
        get
        {
            for (int i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }
    }

    public override string Display() => Display(0);

    internal override string Display(int depth) =>
        depth > 4 ? "[...]" : "[" + string.Join(", ", Items.Take(8).Select(i => i.Display(depth + 1))) + (Count > 8 ? ", ..." : string.Empty) + "]";
}

public sealed class ListValue : ArrayValue
{
    public static readonly ListValue Empty = new(Array.Empty<Value>());

    private readonly IReadOnlyList<Value> items;

    public ListValue(IReadOnlyList<Value> items) => this.items = items;

    public override int Count => items.Count;

    public override Value this[int index] => items[index];
}
