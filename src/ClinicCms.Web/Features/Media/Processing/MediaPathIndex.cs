using System.Collections.Frozen;
using ClinicCms.Core.Published;

namespace ClinicCms.Web.Features.Media.Processing;

/// <summary>
/// The media items of the published snapshot by file URL (<c>/media/abcd1234/photo.jpg</c>). A request is answered
/// only for a URL found here, so trashed or deleted media and stray files answer 404, and the file path read from
/// storage is the one the item stores, never one built from the request. Rebuilt when the snapshot changes.
/// </summary>
public sealed class MediaPathIndex
{
    private volatile Entry? _entry;

    public IPublishedContent? Find(PublishedSnapshot snapshot, string path)
    {
        var entry = _entry;
        if (entry is null || entry.Version != snapshot.Version || !ReferenceEquals(entry.Snapshot, snapshot))
        {
            entry = new Entry(snapshot.Version, snapshot, snapshot.AllMedia
                .Where(m => m.Url.StartsWith(MediaPaths.UrlPrefix, StringComparison.OrdinalIgnoreCase))
                .DistinctBy(m => m.Url, StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(m => m.Url, StringComparer.OrdinalIgnoreCase));
            _entry = entry;
        }

        return entry.Media.GetValueOrDefault(path);
    }

    private sealed record Entry(long Version, PublishedSnapshot Snapshot, FrozenDictionary<string, IPublishedContent> Media);
}
