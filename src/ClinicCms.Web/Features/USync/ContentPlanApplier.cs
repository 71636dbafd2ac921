using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;
using ClinicCms.Core.USync.Plan;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Content;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.USync;

/// <summary>
/// Applies a plan's content and media rows in a few set-based steps, whatever the number of nodes: one delete
/// statement, one query for the nodes to update, multi-row inserts for new nodes, versions and audit entries, then
/// one statement for the version pointers and one per tree level for paths and levels. Every created or updated node
/// gets a new version and the fingerprint of what it now is.
/// </summary>
internal sealed class ContentPlanApplier(CmsDbContext db, SchemaRegistry schema, DateTime now)
{
    private readonly List<ContentNode> _created = [];
    private readonly List<(ContentNode Node, ContentVersion Version, PropertyValues Values)> _versions = [];
    private readonly List<AuditEntry> _audit = [];

    public async Task<IReadOnlyCollection<Guid>> ApplyAsync(IReadOnlyList<USyncPlanItem> changes, CancellationToken cancellationToken)
    {
        var deletes = changes.Where(c => c.Change == USyncChange.Delete).Select(c => c.Key).ToList();
        if (deletes.Count > 0)
        {
            // Versions first: the foreign key cascades only where the connection enforces foreign keys (SQLite's is a setting).
            await db.Versions.Where(v => db.Nodes.Any(n => n.Id == v.NodeId && deletes.Contains(n.Key))).ExecuteDeleteAsync(cancellationToken);
            await db.Nodes.Where(n => deletes.Contains(n.Key)).ExecuteDeleteAsync(cancellationToken);
            _audit.AddRange(deletes.Select(key => Audit(key, AuditActions.Delete, null)));
        }

        var updates = changes.Where(c => c.Change == USyncChange.Update).ToList();
        var updateKeys = updates.Select(u => u.Key).ToList();
        var nodes = updateKeys.Count == 0 ? []
            : await db.Nodes.AsTracking().Where(n => updateKeys.Contains(n.Key)).ToDictionaryAsync(n => n.Key, cancellationToken);
        var draftIds = nodes.Values.Select(n => n.DraftVersionId).OfType<int>().ToList();
        var drafts = draftIds.Count == 0 ? []
            : await db.Versions.AsNoTracking().Where(v => draftIds.Contains(v.Id)).ToDictionaryAsync(v => v.NodeId, v => v.Values, cancellationToken);

        foreach (var update in updates)
        {
            var node = nodes[update.Key];
            var item = (ContentItem)update.Item!;
            Write(node, item, node.VersionNumber + 1, Merge(PropertyValuesJson.Deserialize(drafts.GetValueOrDefault(node.Id)), item.Properties));
        }

        foreach (var create in changes.Where(c => c.Change == USyncChange.Create))
        {
            var item = (ContentItem)create.Item!;
            var node = new ContentNode { Key = item.Key, Kind = item.Kind, ContentTypeAlias = item.ContentTypeAlias, Name = item.Name, CreatorName = ContentUser.USync.Name };
            _created.Add(node);
            Write(node, item, 1, item.Properties);
        }

        await db.SaveChangesAsync(cancellationToken);
        await BulkInsert.InsertAsync(db, _created, cancellationToken);
        var createdKeys = _created.Select(n => n.Key).ToList();
        var ids = createdKeys.Count == 0 ? []
            : await db.Nodes.Where(n => createdKeys.Contains(n.Key)).ToDictionaryAsync(n => n.Key, n => n.Id, cancellationToken);
        foreach (var (node, version, _) in _versions)
        {
            version.NodeId = node.Id != 0 ? node.Id : ids[node.Key];
        }

        // The bulk insert bypasses SaveChanges, so the versions get what the published snapshot loads here, on every
        // core (packing 10,000 articles is the import's heaviest step).
        Parallel.ForEach(_versions, v => v.Version.CompleteForSnapshot(v.Values));
        await BulkInsert.InsertAsync(db, [.. _versions.Select(v => v.Version)], cancellationToken);
        await BulkInsert.InsertAsync(db, _audit, cancellationToken);

        var written = _versions.Select(w => w.Node.Key).ToList();
        await db.Nodes.Where(n => written.Contains(n.Key)).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.DraftVersionId, n => db.Versions.Where(v => v.NodeId == n.Id && v.Number == n.VersionNumber).Select(v => (int?)v.Id).FirstOrDefault())
            .SetProperty(n => n.PublishedVersionId, n => n.PublishDate == null ? null
                : db.Versions.Where(v => v.NodeId == n.Id && v.Number == n.VersionNumber).Select(v => (int?)v.Id).FirstOrDefault()),
            cancellationToken);
        await UpdatePathsAsync(written, cancellationToken);
        return [.. written.Concat(deletes)];
    }

    private void Write(ContentNode node, ContentItem item, int number, PropertyValues values)
    {
        var published = item.Kind == ContentItemKind.Media || (item.Published && !item.Trashed);
        var templateKey = ContentDiff.TemplateKey(item.Template, schema);
        node.Kind = item.Kind;
        node.Name = item.Name;
        node.ParentKey = item.ParentKey;
        node.SortOrder = item.SortOrder ?? node.SortOrder;
        node.ContentTypeAlias = item.ContentTypeAlias;
        node.TemplateKey = templateKey;
        node.CreateDate = item.CreateDate == default ? (node.Id == 0 ? now : node.CreateDate) : item.CreateDate;
        node.UpdateDate = now;
        node.Trashed = item.Trashed;
        node.TrashedParentKey = item.Trashed ? item.TrashedParentKey : null;
        node.PublishedCultures = StoredContent.WritePublished(item.PublishedCultures);
        node.Schedule = StoredContent.WriteSchedule(item.Schedule);
        node.VersionNumber = number;
        node.ImportedVersionNumber = number;
        node.Edited = !published;
        node.PublishDate = published ? now : null;
        node.WriterName = ContentUser.USync.Name;

        var version = new ContentVersion
        {
            Number = number,
            Name = item.Name,
            TemplateKey = templateKey,
            Values = PropertyValuesJson.Serialize(values),
            CultureNames = StoredContent.WriteNames(item.CultureNames),
            Date = now,
            UserName = ContentUser.USync.Name,
            WasPublished = published,
        };
        node.ImportedFingerprint = ContentFingerprint.Of(StoredContent.ToItem(node, version, values, published, schema));
        _versions.Add((node, version, values));
        _audit.Add(Audit(item.Key, AuditActions.Import, number));
    }

    // The file's properties replace the node's; properties the file does not mention keep their values (as uSync).
    private static PropertyValues Merge(PropertyValues current, PropertyValues incoming)
    {
        var merged = current.ToDictionary(p => p.Key, p => (IEnumerable<PropertyValue>)p.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, values) in incoming)
        {
            merged.Remove(alias);
            merged[alias] = values;
        }

        return PropertyValues.From(merged);
    }

    // Paths hold ancestor ids, known only once the rows exist: each tree level takes its parent's path in one statement.
    private async Task UpdatePathsAsync(List<Guid> written, CancellationToken cancellationToken)
    {
        var tree = await db.Nodes.AsNoTracking().Select(n => new { n.Key, n.ParentKey }).ToListAsync(cancellationToken);
        var children = tree.ToLookup(n => n.ParentKey, n => n.Key);
        var parents = tree.ToDictionary(n => n.Key, n => n.ParentKey);
        var affected = new HashSet<Guid>();
        var queue = new Queue<Guid>(written);
        while (queue.TryDequeue(out var key))
        {
            if (affected.Add(key))
            {
                foreach (var child in children[key])
                {
                    queue.Enqueue(child);
                }
            }
        }

        foreach (var level in affected.GroupBy(k => Depth(k, parents)).OrderBy(g => g.Key))
        {
            var keys = level.ToList();
            await db.Nodes.Where(n => keys.Contains(n.Key)).ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Path, n => (db.Nodes.Where(p => p.Key == n.ParentKey).Select(p => p.Path).FirstOrDefault() ?? "-1") + "," + n.Id.ToString())
                .SetProperty(n => n.Level, n => (db.Nodes.Where(p => p.Key == n.ParentKey).Select(p => (int?)p.Level).FirstOrDefault() ?? 0) + 1),
                cancellationToken);
        }
    }

    private static int Depth(Guid key, Dictionary<Guid, Guid> parents)
    {
        var depth = 0;
        for (var k = key; parents.TryGetValue(k, out var parent) && depth < 1000; k = parent)
        {
            depth++;
        }

        return depth;
    }

    private AuditEntry Audit(Guid key, string action, int? version) =>
        new() { NodeKey = key, Action = action, Date = now, UserName = ContentUser.USync.Name, VersionNumber = version };
}
