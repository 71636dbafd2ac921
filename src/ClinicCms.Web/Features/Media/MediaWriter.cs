using ClinicCms.Core.Content;
using ClinicCms.Core.Media;
using ClinicCms.Core.Schema;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Schema;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.Media;

/// <summary>
/// The plumbing every media write shares: finding nodes, appending versions (a media item's latest version is
/// always its published one: media have no drafts), the audit trail, cache instructions for the other web
/// instances and the snapshot refresh after commit.
/// </summary>
public sealed class MediaWriter(
    CmsDbContext db,
    SchemaService schema,
    PublishedSnapshotService snapshots,
    InstanceIdentity instance,
    TimeProvider clock)
{
    public CmsDbContext Db => db;

    public SchemaRegistry Schema => schema.Current;

    public DateTime Now() => clock.GetUtcNow().UtcDateTime;

    public Task<ContentNode?> FindAsync(Guid key, CancellationToken cancellationToken) =>
        db.Nodes.AsTracking().SingleOrDefaultAsync(n => n.Key == key && n.Kind == ContentItemKind.Media, cancellationToken);

    public async Task<PropertyValues> ValuesAsync(ContentNode node, CancellationToken cancellationToken)
    {
        var text = await db.Versions.Where(v => v.NodeId == node.Id && v.Number == node.VersionNumber).Select(v => v.Values).SingleAsync(cancellationToken);
        return PropertyValuesJson.Deserialize(text);
    }

    /// <summary>The nodes below a node, at any depth (by path, as Umbraco stores it).</summary>
    public Task<List<ContentNode>> DescendantsAsync(ContentNode node, CancellationToken cancellationToken)
    {
        var prefix = node.Path + ",";
        return db.Nodes.AsTracking().Where(n => n.Kind == ContentItemKind.Media && n.Path.StartsWith(prefix)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The folder a new or moved item of a type may go into (null for the root), or why it may not: the parent
    /// must be an existing, untrashed media item whose type allows that child type.
    /// </summary>
    public async Task<(ContentNode? Parent, string? Problem)> ParentAsync(Guid parentKey, ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        if (parentKey == Guid.Empty)
        {
            return type.AllowAtRoot ? (null, null) : (null, $"A {type.Name} cannot be at the root of the media library.");
        }

        var parent = await db.Nodes.AsTracking().SingleOrDefaultAsync(n => n.Key == parentKey && n.Kind == ContentItemKind.Media, cancellationToken);
        if (parent is null || parent.Trashed)
        {
            return (null, "The folder does not exist or is in the recycle bin.");
        }

        return Schema.AllowedChildren(parent.ContentTypeAlias).Any(t => t.Key == type.Key)
            ? (parent, null)
            : (null, $"A {type.Name} cannot be placed in \"{parent.Name}\" (a {parent.ContentTypeAlias}).");
    }

    public async Task<int> NextSortOrderAsync(Guid parentKey, CancellationToken cancellationToken) =>
        (await db.Nodes.Where(n => n.ParentKey == parentKey && n.Kind == ContentItemKind.Media).MaxAsync(n => (int?)n.SortOrder, cancellationToken) ?? -1) + 1;

    /// <summary>Adds a version with new values; call <see cref="PointAtLatest"/> after it is saved.</summary>
    public ContentVersion AppendVersion(ContentNode node, string name, PropertyValues values, ContentUser user)
    {
        var now = Now();
        var version = new ContentVersion
        {
            Number = node.VersionNumber + 1,
            Name = name,
            Values = PropertyValuesJson.Serialize(values),
            Date = now,
            UserId = user.Id,
            UserName = user.Name,
            WasPublished = true,
        };
        node.Versions.Add(version);
        node.VersionNumber = version.Number;
        node.Name = name;
        node.UpdateDate = now;
        node.WriterName = user.Name;
        return version;
    }

    public static void PointAtLatest(ContentNode node, ContentVersion version)
    {
        node.DraftVersionId = version.Id;
        node.PublishedVersionId = version.Id;
        node.PublishDate = version.Date;
    }

    public void Audit(Guid key, string action, ContentUser user, int? version, string? comment = null) =>
        db.Audit.Add(new AuditEntry { NodeKey = key, Action = action, Date = Now(), UserId = user.Id, UserName = user.Name, VersionNumber = version, Comment = comment });

    /// <summary>Tells the other web instances to re-read these nodes; written in the same transaction as the change.</summary>
    public void Notify(IEnumerable<Guid> keys) => db.CacheInstructions.Add(CacheInstructionBody.Create(instance, keys));

    public Task RefreshAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken) => snapshots.RefreshAsync(db, keys, cancellationToken);

    public static bool IsImage(ContentNode node) => node.ContentTypeAlias.Equals(MediaConventions.Image, StringComparison.OrdinalIgnoreCase);
}
