using ClinicCms.Core.Content;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Media;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>
/// What the Trash and Delete pages show before they act: the item, how many items a folder holds, and which content
/// uses any of them (the same check the media services make before trashing or deleting).
/// </summary>
public sealed class MediaRemoval(CmsDbContext db, MediaUsageService usage, MediaTreeQueries tree)
{
    public async Task<MediaRemovalSummary?> LoadAsync(Guid key, bool trashed, CancellationToken cancellationToken)
    {
        var node = await db.Nodes.Where(n => n.Key == key && n.Kind == ContentItemKind.Media && n.Trashed == trashed)
            .Select(n => new { n.Name, n.Path, n.ParentKey }).SingleOrDefaultAsync(cancellationToken);
        if (node is null)
        {
            return null;
        }

        var below = node.Path + ",";
        var descendants = await db.Nodes.Where(n => n.Kind == ContentItemKind.Media && n.Path.StartsWith(below)).Select(n => n.Key).ToListAsync(cancellationToken);
        var open = trashed || node.ParentKey == Guid.Empty ? (Guid?)null : node.ParentKey;
        return new MediaRemovalSummary(
            node.Name,
            descendants.Count,
            await usage.FindAsync([key, .. descendants], cancellationToken),
            new MediaTreeSidebar(await tree.TreeAsync(open, cancellationToken), open, InRecycleBin: trashed));
    }

    public Task<Guid?> ParentAsync(Guid key, CancellationToken cancellationToken) =>
        db.Nodes.Where(n => n.Key == key && n.Kind == ContentItemKind.Media).Select(n => (Guid?)n.ParentKey).SingleOrDefaultAsync(cancellationToken);
}
