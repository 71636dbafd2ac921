using ClinicCms.Core.Content;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Schema;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.Content;

/// <summary>
/// The Recycle Bin: deleting a node moves it (and everything below it) there, off the public site; from there it can
/// be restored or deleted for good. Each change runs in one transaction and is recorded in the audit trail.
/// </summary>
public sealed class RecycleBinService(
    CmsDbContext db,
    SchemaService schema,
    PublishedSnapshotService snapshots,
    InstanceIdentity instance,
    TimeProvider clock)
{
    /// <summary>Moves a node and everything below it to the Recycle Bin; they leave the public site.</summary>
    public async Task<ContentResult> TrashAsync(Guid key, ContentUser user, CancellationToken cancellationToken = default)
    {
        if (!user.Can(ContentPermissions.Delete))
        {
            return ContentResult.Forbidden(key, ContentPermissions.Delete);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var node = await FindAsync(key, cancellationToken);
        if (node is null || node.Trashed)
        {
            return ContentResult.NotFound(key);
        }

        var subtree = await SubtreeKeysAsync(node, cancellationToken);
        var now = Now();
        await db.Nodes.Where(n => subtree.Contains(n.Key)).ExecuteUpdateAsync(set => set
            .SetProperty(n => n.Trashed, true)
            .SetProperty(n => n.Edited, true)
            .SetProperty(n => n.PublishedVersionId, (int?)null)
            .SetProperty(n => n.UpdateDate, now), cancellationToken);
        await db.Nodes.Where(n => n.Key == key).ExecuteUpdateAsync(set => set.SetProperty(n => n.TrashedParentKey, node.ParentKey), cancellationToken);

        AuditAndNotify(key, AuditActions.Delete, user, node.VersionNumber, subtree, "Moved to the Recycle Bin");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await snapshots.RefreshAsync(db, subtree, cancellationToken);
        return new ContentResult(ContentResultStatus.Success, key, node.VersionNumber, []);
    }

    /// <summary>
    /// Takes a node out of the Recycle Bin, back under its old parent or under <paramref name="parentKey"/> when given.
    /// Restored nodes are unpublished drafts: they go live again only when someone publishes them.
    /// </summary>
    public async Task<ContentResult> RestoreAsync(Guid key, ContentUser user, Guid? parentKey = null, CancellationToken cancellationToken = default)
    {
        if (!user.Can(ContentPermissions.Delete))
        {
            return ContentResult.Forbidden(key, ContentPermissions.Delete);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var node = await FindAsync(key, cancellationToken);
        if (node is null || !node.Trashed || node.TrashedParentKey is null)
        {
            return ContentResult.NotFound(key);
        }

        var subtree = await SubtreeKeysAsync(node, cancellationToken);
        var target = parentKey ?? node.TrashedParentKey.Value;
        var refusal = await PlaceAsync(node, target, cancellationToken);
        if (refusal is not null)
        {
            return ContentResult.Refused(key, node.VersionNumber, parentKey is null
                ? $"\"{node.Name}\" cannot go back where it was: {refusal} Choose where to restore it."
                : refusal);
        }

        node.TrashedParentKey = null;
        await db.Nodes.Where(n => subtree.Contains(n.Key)).ExecuteUpdateAsync(set => set.SetProperty(n => n.Trashed, false), cancellationToken);
        node.Trashed = false;
        AuditAndNotify(key, AuditActions.Restore, user, node.VersionNumber, []);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ContentResult(ContentResultStatus.Success, key, node.VersionNumber, []);
    }

    /// <summary>Deletes a node in the Recycle Bin, with everything below it and all their versions, for good.</summary>
    public async Task<ContentResult> DeleteAsync(Guid key, ContentUser user, CancellationToken cancellationToken = default)
    {
        if (!user.Can(ContentPermissions.Delete))
        {
            return ContentResult.Forbidden(key, ContentPermissions.Delete);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var node = await FindAsync(key, cancellationToken);
        if (node is null)
        {
            return ContentResult.NotFound(key);
        }

        if (!node.Trashed)
        {
            return ContentResult.Refused(key, node.VersionNumber, $"\"{node.Name}\" must be in the Recycle Bin before it can be deleted.");
        }

        var subtree = await SubtreeKeysAsync(node, cancellationToken);
        await db.Versions.Where(v => subtree.Contains(v.Node!.Key)).ExecuteDeleteAsync(cancellationToken);
        await db.Nodes.Where(n => subtree.Contains(n.Key)).ExecuteDeleteAsync(cancellationToken);
        AuditAndNotify(key, AuditActions.Delete, user, null, [], $"Deleted \"{node.Name}\" for good");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ContentResult(ContentResultStatus.Success, key, 0, []);
    }

    /// <summary>Deletes everything in the Recycle Bin.</summary>
    public async Task<int> EmptyRecycleBinAsync(ContentUser user, CancellationToken cancellationToken = default)
    {
        var keys = await db.Nodes.Where(n => n.Trashed && n.TrashedParentKey != null && n.Kind == ContentItemKind.Content)
            .Select(n => n.Key).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var key in keys)
        {
            deleted += (await DeleteAsync(key, user, cancellationToken)).Succeeded ? 1 : 0;
        }

        return deleted;
    }

    private Task<ContentNode?> FindAsync(Guid key, CancellationToken cancellationToken) => TreePlacement.FindAsync(db, key, cancellationToken);

    private Task<string?> PlaceAsync(ContentNode node, Guid newParentKey, CancellationToken cancellationToken) =>
        TreePlacement.PlaceAsync(db, schema.Current, node, newParentKey, Now(), cancellationToken);

    private Task<List<Guid>> SubtreeKeysAsync(ContentNode node, CancellationToken cancellationToken) =>
        TreePlacement.SubtreeKeysAsync(db, node, cancellationToken);

    private void AuditAndNotify(Guid key, string action, ContentUser user, int? version, IReadOnlyCollection<Guid> changed, string? comment = null) =>
        TreePlacement.AuditAndNotify(db, instance, Now(), key, action, user, version, changed, comment);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
