using ClinicCms.Core.Published;

namespace ClinicCms.Web.Features.Published;

/// <summary>
/// What differs between two snapshots, node by node (documents and media): whose published data changed (or who appeared or went),
/// whose URL changed (a parent renamed or moved), whose list of children changed (added, removed, re-sorted).
/// Comparing whole snapshots (by reference, cheap) instead of trusting one change's keys means that two changes
/// applied in quick succession can never hide each other.
/// </summary>
public sealed record SnapshotDiff(
    IReadOnlySet<Guid> ContentChanged,
    IReadOnlySet<Guid> UrlChanged,
    IReadOnlySet<Guid> ChildrenChanged,
    IReadOnlySet<Guid> Added,
    IReadOnlySet<Guid> Removed,
    bool SchemaChanged)
{
    public bool IsEmpty => ContentChanged.Count + UrlChanged.Count + ChildrenChanged.Count == 0 && !SchemaChanged;

    public static SnapshotDiff Compute(PublishedSnapshot before, PublishedSnapshot after)
    {
        var content = new HashSet<Guid>();
        var urls = new HashSet<Guid>();
        var children = new HashSet<Guid>();
        var added = new HashSet<Guid>();
        var removed = new HashSet<Guid>();

        var old = before.AllContent.Concat(before.AllMedia).ToDictionary(c => c.Key);
        foreach (var now in after.AllContent.Concat(after.AllMedia))
        {
            if (!old.Remove(now.Key, out var was))
            {
                added.Add(now.Key);
                content.Add(now.Key);
                continue;
            }

            if (!ReferenceEquals(before.Data(now.Key), after.Data(now.Key)))
            {
                content.Add(now.Key);
            }

            if (was.Url != now.Url)
            {
                urls.Add(now.Key);
            }

            if (!was.Children.Select(c => c.Key).SequenceEqual(now.Children.Select(c => c.Key)))
            {
                children.Add(now.Key);
            }
        }

        foreach (var gone in old.Keys)
        {
            removed.Add(gone);
            content.Add(gone);
        }

        return new(content, urls, children, added, removed, !ReferenceEquals(before.Schema, after.Schema));
    }
}
