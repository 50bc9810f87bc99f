namespace AccelLint.Analyzers.Tests.AdditionalFiles;

/// <summary>
/// <see cref="ContentCache{T}"/>: one computation per content key, shared by concurrent callers; a
/// computation that is cancelled or fails is not kept, so the next caller (with its own token)
/// computes again; bounded, oldest first.
/// </summary>
public class ContentCacheTests
{
    [Fact]
    public void A_key_is_computed_once()
    {
        var cache = new ContentCache<string>(4);
        int runs = 0;
        Assert.Equal("a", cache.GetOrAdd("k", () => { runs++; return "a"; }));
        Assert.Equal("a", cache.GetOrAdd("k", () => { runs++; return "b"; }));
        Assert.Equal(1, runs);
    }

    [Fact]
    public void A_cancelled_computation_is_not_kept()
    {
        var cache = new ContentCache<string>(4);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => cache.GetOrAdd("k", () =>
        {
            cancelled.Token.ThrowIfCancellationRequested();
            return "never";
        }));
        Assert.Equal("computed", cache.GetOrAdd("k", () => "computed"));
    }

    [Fact]
    public void The_oldest_entry_goes_first()
    {
        var cache = new ContentCache<string>(2);
        int runs = 0;
        string Make(string v)
        {
            runs++;
            return v;
        }

        cache.GetOrAdd("a", () => Make("a"));
        cache.GetOrAdd("b", () => Make("b"));
        cache.GetOrAdd("c", () => Make("c"));
        cache.GetOrAdd("b", () => Make("b"));
        cache.GetOrAdd("a", () => Make("a"));
        Assert.Equal(4, runs);
    }
}
