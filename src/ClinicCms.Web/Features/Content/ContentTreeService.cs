using ClinicCms.Core.Content;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Schema;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.Content;

/// <summary>
/// Moves and sorts nodes in the content tree. Each change runs in one transaction, is recorded in the audit trail
/// and reaches the public site (and the other web instances) as soon as it commits.
/// </summary>
public sealed class ContentTreeService(
    CmsDbContext db,
    SchemaService schema,
    PublishedSnapshotService snapshots,
    InstanceIdentity instance,
    TimeProvider clock)
{
    /// <summary>Moves a node (with everything below it) under another parent, or to the root when <paramref name="newParentKey"/> is empty.</summary>
    public async Task<ContentResult> MoveAsync(Guid key, Guid newParentKey, ContentUser user, CancellationToken cancellationToken = default)
    {
        if (!user.Can(ContentPermissions.Move))
        {
            return ContentResult.Forbidden(key, ContentPermissions.Move);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var node = await FindAsync(key, cancellationToken);
        if (node is null || node.Trashed)
        {
            return ContentResult.NotFound(key);
        }

        var refusal = await PlaceAsync(node, newParentKey, cancellationToken);
        if (refusal is not null)
        {
            return ContentResult.Refused(key, node.VersionNumber, refusal);
        }

        var changed = await PublishedSubtreeAsync(node, cancellationToken);
        AuditAndNotify(key, AuditActions.Move, user, node.VersionNumber, changed);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await snapshots.RefreshAsync(db, changed, cancellationToken);
        return new ContentResult(ContentResultStatus.Success, key, node.VersionNumber, []);
    }

    /// <summary>Puts the children of a node (or the root nodes) in the given order; children not listed keep their place after them.</summary>
    public async Task<ContentResult> SortAsync(Guid parentKey, IReadOnlyList<Guid> orderedKeys, ContentUser user, CancellationToken cancellationToken = default)
    {
        if (!user.Can(ContentPermissions.Sort))
        {
            return ContentResult.Forbidden(parentKey, ContentPermissions.Sort);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var children = await db.Nodes.AsTracking()
            .Where(n => n.ParentKey == parentKey && n.Kind == ContentItemKind.Content && !n.Trashed)
            .OrderBy(n => n.SortOrder).ThenBy(n => n.Id)
            .ToListAsync(cancellationToken);
        var position = orderedKeys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var ordered = children.OrderBy(c => position.GetValueOrDefault(c.Key, int.MaxValue)).ToList();
        var changed = new List<Guid>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].SortOrder != i)
            {
                ordered[i].SortOrder = i;
                if (ordered[i].PublishedVersionId is not null)
                {
                    changed.Add(ordered[i].Key);
                }
            }
        }

        AuditAndNotify(parentKey, AuditActions.Sort, user, null, changed);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await snapshots.RefreshAsync(db, changed, cancellationToken);
        return new ContentResult(ContentResultStatus.Success, parentKey, 0, []);
    }

    private Task<ContentNode?> FindAsync(Guid key, CancellationToken cancellationToken) => TreePlacement.FindAsync(db, key, cancellationToken);

    private Task<string?> PlaceAsync(ContentNode node, Guid newParentKey, CancellationToken cancellationToken) =>
        TreePlacement.PlaceAsync(db, schema.Current, node, newParentKey, clock.GetUtcNow().UtcDateTime, cancellationToken);

    private Task<List<Guid>> PublishedSubtreeAsync(ContentNode node, CancellationToken cancellationToken) =>
        TreePlacement.PublishedSubtreeAsync(db, node, cancellationToken);

    private void AuditAndNotify(Guid key, string action, ContentUser user, int? version, IReadOnlyCollection<Guid> changed, string? comment = null) =>
        TreePlacement.AuditAndNotify(db, instance, clock.GetUtcNow().UtcDateTime, key, action, user, version, changed, comment);
}
