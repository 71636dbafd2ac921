using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;
using ClinicCms.Core.USync;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Schema;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.USync;

/// <summary>
/// Applies a validated set of uSync files to the database in one transaction: schema items matched by Key
/// (Delete markers remove them), and content and media for an empty site. Invalid sets change nothing.
/// </summary>
public sealed class USyncImporter(
    CmsDbContext db,
    SchemaService schema,
    PublishedSnapshotService snapshots,
    InstanceIdentity instance,
    TimeProvider clock,
    ILogger<USyncImporter> logger)
{
    public const string SchemaHashKey = "uSync.SchemaHash";
    public const string ContentHashKey = "uSync.ContentHash";

    /// <summary>Checks the set against itself and the current site; throws with every error when it is invalid.</summary>
    public async Task ValidateAsync(USyncSet set, CancellationToken cancellationToken = default)
    {
        var nodeKeys = (await db.Nodes.Select(n => n.Key).ToListAsync(cancellationToken)).ToHashSet();
        var problems = set.Problems.Concat(USyncSetValidator.Validate(set, schema.Current, nodeKeys)).ToList();
        foreach (var warning in problems.Where(p => !p.IsError))
        {
            logger.LogWarning("uSync: {Problem}", warning);
        }

        if (problems.Any(p => p.IsError))
        {
            throw new USyncImportException(problems);
        }
    }

    /// <summary>Imports schema items and, when <paramref name="includeContent"/>, content and media; all or nothing.</summary>
    public async Task<int> ImportAsync(USyncSet set, bool includeContent, CancellationToken cancellationToken = default)
    {
        await ValidateAsync(set, cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        var count = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var imported = await ImportSchemaAsync(set, cancellationToken);
            await SetAsync(SchemaHashKey, set.SchemaHash, cancellationToken);
            if (includeContent)
            {
                imported += await ImportContentAsync(set, cancellationToken);
                await SetAsync(ContentHashKey, set.ContentHash, cancellationToken);
            }

            db.CacheInstructions.Add(CacheInstructionBody.Create(instance, [], schema: true));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return imported;
        });

        db.ChangeTracker.Clear();
        var registry = await schema.ReloadAsync(db, cancellationToken);
        await snapshots.LoadAllAsync(db, registry, cancellationToken);
        return count;
    }

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        await db.KeyValues.Where(k => k.Key == key).Select(k => k.Value).SingleOrDefaultAsync(cancellationToken);

    private async Task<int> ImportSchemaAsync(USyncSet set, CancellationToken cancellationToken)
    {
        var existing = await db.SchemaItems.AsTracking().ToDictionaryAsync(i => (i.ItemType, i.Key), cancellationToken);
        var count = 0;
        count += Upsert(existing, USyncItemType.Language, set.Languages, l => l.Key, l => l.IsoCode);
        count += Upsert(existing, USyncItemType.Dictionary, set.Dictionary, d => d.Key, d => d.ItemKey);
        count += Upsert(existing, USyncItemType.DataType, set.DataTypes, d => d.Key, d => d.Name);
        count += Upsert(existing, USyncItemType.Template, set.Templates, t => t.Key, t => t.Alias);
        count += Upsert(existing, USyncItemType.ContentType, set.ContentTypes, t => t.Key, t => t.Alias);
        count += Upsert(existing, USyncItemType.MediaType, set.MediaTypes, t => t.Key, t => t.Alias);
        count += Upsert(existing, USyncItemType.MemberType, set.MemberTypes, t => t.Key, t => t.Alias);

        foreach (var marker in set.Empties.Where(e => e.Marker.Change == EmptyChange.Delete && e.Type.IsSchema()))
        {
            if (existing.TryGetValue((marker.Type, marker.Marker.Key), out var item))
            {
                db.SchemaItems.Remove(item);
                count++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

    private int Upsert<T>(Dictionary<(USyncItemType, Guid), SchemaItem> existing, USyncItemType type, List<USyncEntry<T>> entries, Func<T, Guid> key, Func<T, string> alias)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var count = 0;
        foreach (var entry in entries)
        {
            var definition = SchemaItemJson.Serialize(entry.Item);
            if (existing.TryGetValue((type, key(entry.Item)), out var item))
            {
                if (item.Definition == definition)
                {
                    continue;
                }

                item.Definition = definition;
                item.Alias = alias(entry.Item);
                item.UpdateDate = now;
            }
            else
            {
                db.SchemaItems.Add(new SchemaItem { Key = key(entry.Item), ItemType = type, Alias = alias(entry.Item), Definition = definition, UpdateDate = now });
            }

            count++;
        }

        return count;
    }

    private async Task<int> ImportContentAsync(USyncSet set, CancellationToken cancellationToken)
    {
        var items = set.Media.Concat(set.Content).Select(e => e.Item)
            .OrderBy(i => i.Kind).ThenBy(i => i.Level).ThenBy(i => i.SortOrder ?? 0)
            .ToList();
        var nodes = await db.Nodes.AsTracking().ToDictionaryAsync(n => n.Key, cancellationToken);
        var registry = set.ToRegistry();
        var now = clock.GetUtcNow().UtcDateTime;
        var created = new List<(ContentNode Node, ContentItem Item)>();

        foreach (var item in items.Where(i => !nodes.ContainsKey(i.Key)))
        {
            var node = new ContentNode
            {
                Key = item.Key,
                Kind = item.Kind,
                ParentKey = item.Trashed ? item.TrashedParentKey ?? item.ParentKey : item.ParentKey,
                Level = item.Level,
                SortOrder = item.SortOrder ?? 0,
                ContentTypeAlias = item.ContentTypeAlias,
                Name = item.Name,
                TemplateKey = item.Template is { } t ? registry.Template(t.Key)?.Key ?? registry.Template(t.Alias)?.Key : null,
                CreateDate = item.CreateDate == default ? now : item.CreateDate,
                UpdateDate = now,
                Trashed = item.Trashed,
                TrashedParentKey = item.Trashed ? item.TrashedParentKey ?? item.ParentKey : null,
                VersionNumber = 1,
                ImportedVersionNumber = 1,
                Edited = !item.Published && item.Kind == ContentItemKind.Content,
                CreatorName = ContentUser.USync.Name,
                WriterName = ContentUser.USync.Name,
            };
            node.Versions.Add(new ContentVersion
            {
                Number = 1,
                Name = item.Name,
                TemplateKey = node.TemplateKey,
                Values = PropertyValuesJson.Serialize(item.Properties),
                Date = now,
                UserName = ContentUser.USync.Name,
                WasPublished = item.Published || item.Kind == ContentItemKind.Media,
            });
            db.Nodes.Add(node);
            db.Audit.Add(new AuditEntry { NodeKey = item.Key, Action = AuditActions.Import, Date = now, UserName = ContentUser.USync.Name, VersionNumber = 1 });
            nodes[item.Key] = node;
            created.Add((node, item));
        }

        // What the snapshot loads (packed values, URL segments) is the import's heaviest work: do it on every core.
        Parallel.ForEach(created, c =>
        {
            var version = c.Node.Versions[0];
            version.PackedValues = PackedPropertyValues.Pack(c.Item.Properties);
            version.UrlSegment = UrlSegments.ForName(c.Item.Name);
        });
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (node, item) in created)
        {
            var version = node.Versions[0];
            node.DraftVersionId = version.Id;
            node.PublishedVersionId = version.WasPublished && !item.Trashed ? version.Id : null;
            node.PublishDate = node.PublishedVersionId is null ? null : now;
            node.Path = PathOf(node, nodes);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("uSync imported {Count} content and media items", created.Count);
        return created.Count;
    }

    private static string PathOf(ContentNode node, Dictionary<Guid, ContentNode> nodes)
    {
        var ids = new List<int> { node.Id };
        for (var parent = node.ParentKey; parent != Guid.Empty && nodes.TryGetValue(parent, out var p) && ids.Count < 100; parent = p.ParentKey)
        {
            ids.Add(p.Id);
        }

        ids.Add(-1);
        ids.Reverse();
        return string.Join(',', ids);
    }

    private async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        var entry = await db.KeyValues.AsTracking().SingleOrDefaultAsync(k => k.Key == key, cancellationToken);
        if (entry is null)
        {
            db.KeyValues.Add(new KeyValue { Key = key, Value = value, UpdateDate = clock.GetUtcNow().UtcDateTime });
        }
        else
        {
            entry.Value = value;
            entry.UpdateDate = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
