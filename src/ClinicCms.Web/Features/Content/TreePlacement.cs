using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Published;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.Content;

/// <summary>What moving and restoring share: placing a node under a parent the schema allows, and the subtree below it.</summary>
internal static class TreePlacement
{
    // Puts the node under a new parent (checking the schema allows it there) and rewrites the paths and levels below it.
    public static async Task<string?> PlaceAsync(CmsDbContext db, SchemaRegistry schema, ContentNode node, Guid newParentKey, DateTime now, CancellationToken cancellationToken)
    {
        var parent = newParentKey == Guid.Empty ? null
            : await db.Nodes.AsNoTracking().SingleOrDefaultAsync(n => n.Key == newParentKey && n.Kind == ContentItemKind.Content, cancellationToken);
        if (newParentKey != Guid.Empty && (parent is null || parent.Trashed))
        {
            return "The chosen parent does not exist or is in the Recycle Bin.";
        }

        if (parent is not null && (parent.Key == node.Key || parent.Path.StartsWith(node.Path + ",", StringComparison.Ordinal)))
        {
            return $"\"{node.Name}\" cannot be moved below itself.";
        }

        var allowed = schema.AllowedChildren(parent?.ContentTypeAlias);
        if (!allowed.Any(t => t.Alias.Equals(node.ContentTypeAlias, StringComparison.OrdinalIgnoreCase)))
        {
            var type = schema.DocumentType(node.ContentTypeAlias)?.Name ?? node.ContentTypeAlias;
            return parent is null ? $"A {type} is not allowed at the root." : $"A {type} is not allowed under \"{parent.Name}\".";
        }

        var oldPath = node.Path;
        var newPath = (parent?.Path ?? "-1") + "," + node.Id;
        var levelChange = (parent?.Level ?? 0) + 1 - node.Level;
        if (node.ParentKey != newParentKey)
        {
            node.SortOrder = 1 + (await db.Nodes.Where(n => n.ParentKey == newParentKey && n.Kind == ContentItemKind.Content)
                .MaxAsync(n => (int?)n.SortOrder, cancellationToken) ?? -1);
        }

        node.ParentKey = newParentKey;
        node.Path = newPath;
        node.Level += levelChange;
        node.UpdateDate = now;
        var prefix = oldPath + ",";
        await db.Nodes.Where(n => n.Path.StartsWith(prefix)).ExecuteUpdateAsync(set => set
            .SetProperty(n => n.Path, n => newPath + n.Path.Substring(oldPath.Length))
            .SetProperty(n => n.Level, n => n.Level + levelChange), cancellationToken);
        return null;
    }

    public static Task<ContentNode?> FindAsync(CmsDbContext db, Guid key, CancellationToken cancellationToken) =>
        db.Nodes.AsTracking().SingleOrDefaultAsync(n => n.Key == key && n.Kind == ContentItemKind.Content, cancellationToken);

    public static async Task<List<Guid>> SubtreeKeysAsync(CmsDbContext db, ContentNode node, CancellationToken cancellationToken)
    {
        var prefix = node.Path + ",";
        var keys = await db.Nodes.Where(n => n.Path.StartsWith(prefix)).Select(n => n.Key).ToListAsync(cancellationToken);
        keys.Add(node.Key);
        return keys;
    }

    // The published nodes whose URL a move changes: the node itself and everything published below it.
    public static async Task<List<Guid>> PublishedSubtreeAsync(CmsDbContext db, ContentNode node, CancellationToken cancellationToken)
    {
        var prefix = node.Path + ",";
        var keys = await db.Nodes.Where(n => n.Path.StartsWith(prefix) && n.PublishedVersionId != null).Select(n => n.Key).ToListAsync(cancellationToken);
        if (node.PublishedVersionId is not null)
        {
            keys.Add(node.Key);
        }

        return keys;
    }

    public static void AuditAndNotify(CmsDbContext db, InstanceIdentity instance, DateTime now, Guid key, string action, ContentUser user, int? version, IReadOnlyCollection<Guid> changed, string? comment = null)
    {
        db.Audit.Add(new AuditEntry { NodeKey = key, Action = action, Date = now, UserId = user.Id, UserName = user.Name, VersionNumber = version, Comment = comment });
        if (changed.Count > 0)
        {
            db.CacheInstructions.Add(CacheInstructionBody.Create(instance, changed));
        }
    }
}
