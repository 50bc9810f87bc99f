using System.Collections.Concurrent;

namespace AccelLint.Analyzers;

/// <summary>
/// Results kept across compilations by the content they were computed from (SPEC §9: in an IDE every
/// keystroke is a new compilation, and re-reading <c>accellint.json</c>, its catalog and every template
/// each time is the cost). A key is built from file paths and contents, so an unchanged input is a hit
/// whatever compilation asks. One computation per key runs at a time; a computation that fails or is
/// cancelled is not kept (the next caller computes again with its own cancellation token). Bounded:
/// the oldest entries go first.
/// </summary>
internal sealed class ContentCache<T>
{
    private readonly int capacity;
    private readonly object gate = new();
    private readonly Dictionary<string, Lazy<T>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<string> order = new();

    public ContentCache(int capacity) => this.capacity = capacity;

    /// <summary>How many times each counted name was computed (for tests: a hit computes nothing).</summary>
    public ConcurrentDictionary<string, int> Computations { get; } = new(StringComparer.Ordinal);

    public T GetOrAdd(string key, Func<T> create)
    {
        Lazy<T>? entry;
        lock (gate)
        {
            if (!entries.TryGetValue(key, out entry))
            {
                entry = new Lazy<T>(create, LazyThreadSafetyMode.ExecutionAndPublication);
                entries[key] = entry;
                order.AddLast(key);
                while (order.Count > capacity && order.First is { } oldest)
                {
                    entries.Remove(oldest.Value);
                    order.RemoveFirst();
                }
            }
        }

        try
        {
            return entry.Value;
        }
        catch
        {
            // Lazy keeps the exception: drop the entry so that a later caller (another token) computes it again.
            lock (gate)
            {
                if (entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry))
                {
                    entries.Remove(key);
                    order.Remove(key);
                }
            }

            throw;
        }
    }

    /// <summary>Drops <paramref name="value"/> if it is still the entry for <paramref name="key"/> (it was found stale).</summary>
    public void Invalidate(string key, T value)
    {
        lock (gate)
        {
            if (entries.TryGetValue(key, out var current) && current.IsValueCreated && EqualityComparer<T>.Default.Equals(current.Value, value))
            {
                entries.Remove(key);
                order.Remove(key);
            }
        }
    }

    public void Count(string name) => Computations.AddOrUpdate(name, 1, (_, n) => n + 1);
}
