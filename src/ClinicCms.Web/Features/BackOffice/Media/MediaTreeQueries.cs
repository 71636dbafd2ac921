using ClinicCms.Core.Content;
using ClinicCms.Core.Media;
using ClinicCms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>
/// The media tree: folders only (the files are listed by the folder's collection, paged), one query per level with
/// whether each folder holds folders of its own, and the open item's folders expanded. A library of thousands of
/// images therefore costs the tree nothing.
/// </summary>
public sealed class MediaTreeQueries(CmsDbContext db)
{
    public const int PageSize = 100;

    public async Task<(IReadOnlyList<MediaFolderNode> Items, bool More)> ChildrenAsync(Guid parentKey, int skip = 0, CancellationToken cancellationToken = default)
    {
        var rows = await Folders()
            .Where(n => n.ParentKey == parentKey)
            .OrderBy(n => n.SortOrder).ThenBy(n => n.Id)
            .Skip(skip).Take(PageSize + 1)
            .Select(n => new MediaFolderNode(n.Key, n.Name,
                db.Nodes.Any(c => c.ParentKey == n.Key && c.Kind == ContentItemKind.Media && !c.Trashed && c.ContentTypeAlias == MediaConventions.Folder)))
            .ToListAsync(cancellationToken);
        return ([.. rows.Take(PageSize)], rows.Count > PageSize);
    }

    /// <summary>The root folders, with the folders above <paramref name="openKey"/> (and the folder itself) expanded.</summary>
    public async Task<IReadOnlyList<MediaFolderNode>> TreeAsync(Guid? openKey, CancellationToken cancellationToken = default)
    {
        var expanded = new List<Guid>();
        if (openKey is { } key && await db.Nodes.Where(n => n.Key == key && n.Kind == ContentItemKind.Media).Select(n => n.Path).SingleOrDefaultAsync(cancellationToken) is { } path)
        {
            var ids = path.Split(',').Select(int.Parse).Where(id => id > 0).ToList();
            var folders = await Folders().Where(n => ids.Contains(n.Id)).Select(n => new { n.Id, n.Key }).ToListAsync(cancellationToken);
            expanded.AddRange(folders.OrderBy(f => ids.IndexOf(f.Id)).Select(f => f.Key));
        }

        var levels = new Dictionary<Guid, (IReadOnlyList<MediaFolderNode> Items, bool More)>();
        foreach (var parent in expanded.Prepend(Guid.Empty))
        {
            levels[parent] = await ChildrenAsync(parent, 0, cancellationToken);
        }

        return Build(Guid.Empty);

        IReadOnlyList<MediaFolderNode> Build(Guid parent) =>
            [.. levels[parent].Items.Select(n => levels.TryGetValue(n.Key, out var children)
                ? n with { Children = Build(n.Key), MoreChildren = children.More }
                : n)];
    }

    /// <summary>
    /// Folders outside the recycle bin for the Move page, in tree order (each followed by its own folders), the
    /// shallowest first when there are more than <paramref name="limit"/>. Ordered here rather than by the path
    /// column, whose text order depends on the database's collation.
    /// </summary>
    public async Task<IReadOnlyList<(Guid Key, string Name, int Level, string Path)>> AllFoldersAsync(int limit, CancellationToken cancellationToken = default)
    {
        var rows = await Folders().OrderBy(n => n.Level).ThenBy(n => n.SortOrder).ThenBy(n => n.Id).Take(limit)
            .Select(n => new { n.Key, n.ParentKey, n.Name, n.Level, n.Path }).ToListAsync(cancellationToken);
        var children = rows.ToLookup(r => r.ParentKey);
        var ordered = new List<(Guid, string, int, string)>();
        Add(Guid.Empty);
        return ordered;

        void Add(Guid parent)
        {
            foreach (var row in children[parent])
            {
                ordered.Add((row.Key, row.Name, row.Level, row.Path));
                Add(row.Key);
            }
        }
    }

    private IQueryable<ContentNode> Folders() =>
        db.Nodes.Where(n => n.Kind == ContentItemKind.Media && !n.Trashed && n.ContentTypeAlias == MediaConventions.Folder);
}
