using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;
using ClinicCms.Core.USync.Plan;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Content;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.USync;

/// <summary>
/// Applies a plan's content and media rows in a few set-based steps, whatever the number of nodes: one delete
/// statement, one query for the nodes to update, inserts and updates batched by EF in two saves, then paths and
/// levels for the whole tree. Every created or updated node gets a new version and the fingerprint of what it now is.
/// </summary>
internal sealed class ContentPlanApplier(CmsDbContext db, SchemaRegistry schema, DateTime now)
{
    private readonly List<(ContentNode Node, ContentVersion Version)> _written = [];

    public async Task<IReadOnlyCollection<Guid>> ApplyAsync(IReadOnlyList<USyncPlanItem> changes, CancellationToken cancellationToken)
    {
        var deletes = changes.Where(c => c.Change == USyncChange.Delete).Select(c => c.Key).ToList();
        if (deletes.Count > 0)
        {
            await db.Nodes.Where(n => deletes.Contains(n.Key)).ExecuteDeleteAsync(cancellationToken);
            db.Audit.AddRange(deletes.Select(key => Audit(key, AuditActions.Delete, null)));
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
            var values = Merge(PropertyValuesJson.Deserialize(drafts.GetValueOrDefault(node.Id)), item.Properties);
            Write(node, item, node.VersionNumber + 1, values);
        }

        foreach (var create in changes.Where(c => c.Change == USyncChange.Create))
        {
            var item = (ContentItem)create.Item!;
            var node = new ContentNode { Key = item.Key, Kind = item.Kind, ContentTypeAlias = item.ContentTypeAlias, Name = item.Name, CreatorName = ContentUser.USync.Name };
            db.Nodes.Add(node);
            Write(node, item, 1, item.Properties);
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var (node, version) in _written)
        {
            node.DraftVersionId = version.Id;
            node.PublishedVersionId = version.WasPublished ? version.Id : null;
            node.PublishDate = version.WasPublished ? now : null;
            node.ImportedFingerprint = ContentFingerprint.Of(StoredContent.ToItem(node, version, schema));
        }

        await UpdatePathsAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return [.. _written.Select(w => w.Node.Key).Concat(deletes)];
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
        node.Versions.Add(version);
        db.Audit.Add(Audit(item.Key, AuditActions.Import, number));
        _written.Add((node, version));
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

    private async Task UpdatePathsAsync(CancellationToken cancellationToken)
    {
        var tracked = db.ChangeTracker.Entries<ContentNode>().Select(e => e.Entity).ToDictionary(n => n.Id);
        var all = await db.Nodes.AsNoTracking().Select(n => new { n.Id, n.Key, n.ParentKey, n.Path, n.Level }).ToListAsync(cancellationToken);
        var byKey = all.ToDictionary(n => n.Key);
        var paths = new Dictionary<Guid, (string Path, int Level)>();

        (string Path, int Level) PathOf(Guid key, int depth)
        {
            if (paths.TryGetValue(key, out var known))
            {
                return known;
            }

            var node = byKey[key];
            var parent = depth < 200 && byKey.ContainsKey(node.ParentKey) ? PathOf(node.ParentKey, depth + 1) : ("-1", 0);
            return paths[key] = ($"{parent.Item1},{node.Id}", parent.Item2 + 1);
        }

        foreach (var node in all)
        {
            var (path, level) = PathOf(node.Key, 0);
            if (tracked.TryGetValue(node.Id, out var entity))
            {
                (entity.Path, entity.Level) = (path, level);
            }
            else if (node.Path != path || node.Level != level)
            {
                await db.Nodes.Where(n => n.Id == node.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.Path, path).SetProperty(n => n.Level, level), cancellationToken);
            }
        }
    }

    private AuditEntry Audit(Guid key, string action, int? version) =>
        new() { NodeKey = key, Action = action, Date = now, UserName = ContentUser.USync.Name, VersionNumber = version };
}
