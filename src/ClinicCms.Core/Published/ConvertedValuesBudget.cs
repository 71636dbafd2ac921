namespace ClinicCms.Core.Published;

/// <summary>
/// Bounds the memory that converted property values take in one snapshot. A node keeps what it converted (its
/// unpacked values and the typed results) while it is among the recently read; when the estimated total passes the
/// budget, the least recently read nodes give theirs up, down to three quarters of the budget, and convert again on
/// their next read. Hot pages (the home page every page reads, popular articles) render from memory, and a crawl of
/// a large site cannot fill the heap.
/// </summary>
public sealed class ConvertedValuesBudget(long bytes)
{
    /// <summary>
    /// Room for the converted values of about 250 typical articles (64 KB each): the pages read over and over (home,
    /// lists, popular articles) stay converted, and a crawl of every page, which no budget could hold, does not keep
    /// the site's text in the heap twice (bench/README.md, memory figures).
    /// </summary>
    public const long DefaultBytes = 16L * 1024 * 1024;

    private readonly Lock _lock = new();
    private List<(PublishedContent Node, ConvertedValues Entry)> _held = [];
    private long _used;

    public long Bytes { get; } = bytes;

    /// <summary>The estimated bytes held now.</summary>
    public long Used { get { lock (_lock) { return _used; } } }

    /// <summary>Nodes holding converted values now.</summary>
    public int Nodes { get { lock (_lock) { return _held.Count(h => h.Node.CachedValues == h.Entry); } } }

    internal void Admit(PublishedContent node, ConvertedValues entry)
    {
        lock (_lock)
        {
            _held.Add((node, entry));
            _used += entry.Cost;
            if (_used > Bytes)
            {
                Evict(keep: entry);
            }
        }
    }

    private void Evict(ConvertedValues keep)
    {
        var live = _held.Where(h => h.Node.CachedValues == h.Entry).OrderBy(h => h.Entry.LastRead).ToList();
        var target = Bytes / 4 * 3;
        var used = live.Sum(h => h.Entry.Cost);
        var kept = new List<(PublishedContent, ConvertedValues)>(live.Count);
        foreach (var held in live)
        {
            if (used > target && held.Entry != keep && held.Node.Release(held.Entry))
            {
                used -= held.Entry.Cost;
                continue;
            }

            kept.Add(held);
        }

        _held = kept;
        _used = used;
    }
}
