using ClinicCms.Core.Published;
using ClinicCms.Web.Features.Published;
using Microsoft.AspNetCore.OutputCaching;

namespace ClinicCms.Web.Features.Site.Caching;

/// <summary>
/// Evicts exactly the cached pages a snapshot change affects: those that showed a node whose data or URL changed,
/// listed children that changed, picked articles by a topic a changed article has or had, or were not found
/// while a new page appeared. Sitemap and search answers go on any change; a schema change evicts every page.
/// </summary>
public sealed class OutputCacheEvictor(IOutputCacheStore store, HotPageCache hotPages, PublishedSnapshotService snapshots, ILogger<OutputCacheEvictor> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PublishedSnapshot? _seen;

    /// <summary>Starts from the snapshot as it is now (after start-up's import), then follows every change.</summary>
    public void Subscribe()
    {
        _seen = snapshots.Current;
        snapshots.Changed += OnChangedAsync;
    }

    private async Task OnChangedAsync(SnapshotChange change)
    {
        await _gate.WaitAsync();
        try
        {
            var before = _seen;
            var after = snapshots.Current;
            _seen = after;
            if (change.Everything || before is null)
            {
                await EvictAsync([CacheTags.Page]);
                return;
            }

            var diff = SnapshotDiff.Compute(before, after);
            if (diff.SchemaChanged)
            {
                await EvictAsync([CacheTags.Page]);
                return;
            }

            if (diff.IsEmpty)
            {
                return;
            }

            var tags = new HashSet<string> { CacheTags.AnyContent };
            tags.UnionWith(diff.ContentChanged.Concat(diff.UrlChanged).Select(CacheTags.Content));
            tags.UnionWith(diff.ChildrenChanged.Select(CacheTags.Children));
            tags.UnionWith(diff.ContentChanged.SelectMany(k => Topics(before, k).Concat(Topics(after, k))).Select(CacheTags.Topic));
            tags.UnionWith(diff.ContentChanged.SelectMany(k => new[] { Reviewer(before, k), Reviewer(after, k) }).OfType<Guid>().Select(CacheTags.ReviewedBy));
            if (diff.Added.Count > 0 || diff.UrlChanged.Count > 0)
            {
                tags.Add(CacheTags.NotFound);
            }

            await EvictAsync(tags);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static IEnumerable<string> Topics(PublishedSnapshot snapshot, Guid key) =>
        snapshot.Content(key)?.Value("tags") as IEnumerable<string> ?? [];

    private static Guid? Reviewer(PublishedSnapshot snapshot, Guid key) =>
        (snapshot.Content(key)?.Value("reviewedBy") as IPublishedContent)?.Key;

    private async Task EvictAsync(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            hotPages.EvictByTag(tag);
            await store.EvictByTagAsync(tag, CancellationToken.None);
        }

        logger.LogDebug("Evicted cached pages tagged {Tags}", string.Join(", ", tags));
    }
}
