using System.Collections.Concurrent;

namespace ClinicCms.Web.Features.Site.Caching;

/// <summary>
/// Copies of the cached public answers most recently sent, served by <see cref="HotPageMiddleware"/> before the rest
/// of the pipeline runs (bench: a hit through the output cache cost 56 µs of CPU, most of it middleware). It mirrors
/// the output cache: only what the output cache stored, with the same tags, evicted with it by
/// <see cref="OutputCacheEvictor"/>. Bounded by <see cref="SizeLimit"/>; past it, the output cache answers as before.
/// </summary>
public sealed class HotPageCache
{
    private readonly ConcurrentDictionary<string, HotPage> _pages;
    private readonly ConcurrentDictionary<string, HotPage>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, HashSet<string>> _keysByTag = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _bytes;
    private long _generation;

    public HotPageCache()
    {
        _pages = new(StringComparer.Ordinal);
        _lookup = _pages.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public long SizeLimit { get; init; } = 16L * 1024 * 1024;

    /// <summary>Changes on every eviction: an answer rendered before one is not stored after it.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Looks a page up by a key built on the stack: a hit allocates nothing.</summary>
    public bool TryGet(ReadOnlySpan<char> key, out HotPage page) => _lookup.TryGetValue(key, out page!);

    public void Store(string key, HotPage page, long generation)
    {
        lock (_gate)
        {
            if (generation != _generation)
            {
                return;
            }

            var replaced = _pages.TryGetValue(key, out var old) ? old.Body.Length : 0;
            if (_bytes - replaced + page.Body.Length > SizeLimit)
            {
                return;
            }

            _pages[key] = page;
            _bytes += page.Body.Length - replaced;
            foreach (var tag in page.Tags)
            {
                if (!_keysByTag.TryGetValue(tag, out var keys))
                {
                    _keysByTag[tag] = keys = new HashSet<string>(StringComparer.Ordinal);
                }

                keys.Add(key);
            }
        }
    }

    public void EvictByTag(string tag)
    {
        lock (_gate)
        {
            _generation++;
            if (!_keysByTag.Remove(tag, out var keys))
            {
                return;
            }

            foreach (var key in keys)
            {
                if (_pages.TryRemove(key, out var page))
                {
                    _bytes -= page.Body.Length;
                }
            }
        }
    }
}
