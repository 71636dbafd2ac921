using ClinicCms.Core.Content;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Schema;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.BackOffice.Content;

/// <summary>
/// The content tree's reads: one query per list of children (with whether each child has children of its own), and
/// one more for the ancestors of the open node. Lists are paged, so a parent with thousands of children stays fast.
/// </summary>
public sealed class ContentTreeQueries(CmsDbContext db, SchemaService schema)
{
    public const int PageSize = 100;

    public Task<(IReadOnlyList<TreeNodeView> Items, bool More)> ChildrenAsync(Guid parentKey, int skip = 0, CancellationToken cancellationToken = default) =>
        ChildrenAsync(parentKey, skip, PageSize, cancellationToken);

    public async Task<(IReadOnlyList<TreeNodeView> Items, bool More)> ChildrenAsync(Guid parentKey, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await Children(db.Nodes.Where(n => n.ParentKey == parentKey))
            .OrderBy(n => n.SortOrder).ThenBy(n => n.Id)
            .Skip(skip).Take(take + 1)
            .Select(Row)
            .ToListAsync(cancellationToken);
        return ([.. rows.Take(take).Select(ToView)], rows.Count > take);
    }

    /// <summary>
    /// The root nodes, with the ancestors of <paramref name="openKey"/> (and the node itself) expanded: one paged query
    /// per level of the open node's path.
    /// </summary>
    public async Task<IReadOnlyList<TreeNodeView>> TreeAsync(Guid? openKey, CancellationToken cancellationToken = default)
    {
        var expanded = new List<Guid>();
        if (openKey is { } key && await db.Nodes.Where(n => n.Key == key).Select(n => n.Path).SingleOrDefaultAsync(cancellationToken) is { } path)
        {
            expanded.AddRange((await AncestorsAsync(path, cancellationToken)).Select(a => a.Key));
        }

        var levels = new Dictionary<Guid, (IReadOnlyList<TreeNodeView> Items, bool More)>();
        foreach (var parent in expanded.Prepend(Guid.Empty))
        {
            levels[parent] = await ChildrenAsync(parent, 0, cancellationToken);
        }

        return Build(Guid.Empty);

        IReadOnlyList<TreeNodeView> Build(Guid parent) =>
            [.. levels[parent].Items.Select(n => levels.TryGetValue(n.Key, out var children)
                ? n with { Children = Build(n.Key), MoreChildren = children.More }
                : n)];
    }

    /// <summary>The ancestors of a node, from the root down, for the breadcrumb.</summary>
    public async Task<IReadOnlyList<(Guid Key, string Name)>> AncestorsAsync(string path, CancellationToken cancellationToken = default)
    {
        var ids = path.Split(',').Select(int.Parse).Where(id => id > 0).ToList();
        var rows = await db.Nodes.Where(n => ids.Contains(n.Id)).Select(n => new { n.Id, n.Key, n.Name }).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => ids.IndexOf(r.Id)).Select(r => (r.Key, r.Name))];
    }

    private IQueryable<ContentNode> Children(IQueryable<ContentNode> nodes) =>
        nodes.Where(n => n.Kind == ContentItemKind.Content && !n.Trashed);

    private System.Linq.Expressions.Expression<Func<ContentNode, TreeRow>> Row =>
        n => new TreeRow(n.Key, n.Name, n.ContentTypeAlias, n.PublishedVersionId != null, n.Edited,
            db.Nodes.Any(c => c.ParentKey == n.Key && !c.Trashed && c.Kind == ContentItemKind.Content));

    private TreeNodeView ToView(TreeRow row) =>
        new(row.Key, row.Name, row.TypeAlias, schema.Current.DocumentType(row.TypeAlias)?.Icon, StateOf(row.Published, row.Edited, false), row.HasChildren);

    public static DocumentState StateOf(bool published, bool edited, bool trashed) =>
        trashed ? DocumentState.Trashed
        : !published ? DocumentState.Draft
        : edited ? DocumentState.PublishedPendingChanges
        : DocumentState.Published;

    private sealed record TreeRow(Guid Key, string Name, string TypeAlias, bool Published, bool Edited, bool HasChildren);
}
