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

    // Content is written in chunks: each chunk's versions (their JSON is most of the import's memory) leave the change
    // tracker once written, and packing them for the snapshot runs on every core. Paths and version pointers are set
    // once every node has its id. All of it stays inside the caller's transaction.
    private const int ContentChunk = 500;

    private async Task<int> ImportContentAsync(USyncSet set, CancellationToken cancellationToken)
    {
        var existing = await db.Nodes.Select(n => new { n.Key, n.Id, n.ParentKey }).ToListAsync(cancellationToken);
        var tree = existing.ToDictionary(n => n.Key, n => (n.Id, n.ParentKey));
        var items = set.Media.Concat(set.Content).Select(e => e.Item)
            .Where(i => !tree.ContainsKey(i.Key))
            .OrderBy(i => i.Kind).ThenBy(i => i.Level).ThenBy(i => i.SortOrder ?? 0)
            .ToList();
        var registry = set.ToRegistry();
        var now = clock.GetUtcNow().UtcDateTime;
        var created = new List<(ContentNode Node, ContentItem Item, int VersionId)>(items.Count);

        foreach (var chunk in items.Chunk(ContentChunk))
        {
            var nodes = new ContentNode[chunk.Length];
            Parallel.For(0, chunk.Length, i => nodes[i] = NewNode(chunk[i], registry, now));
            for (var i = 0; i < chunk.Length; i++)
            {
                db.Nodes.Add(nodes[i]);
                db.Audit.Add(new AuditEntry { NodeKey = chunk[i].Key, Action = AuditActions.Import, Date = now, UserName = ContentUser.USync.Name, VersionNumber = 1 });
            }

            await db.SaveChangesAsync(cancellationToken);
            for (var i = 0; i < chunk.Length; i++)
            {
                var node = nodes[i];
                var version = node.Versions[0];
                tree[node.Key] = (node.Id, node.ParentKey);
                created.Add((node, chunk[i], version.Id));

                // Untracked and out of the node's list, or the final save would find the version again and re-insert it.
                db.Entry(version).State = EntityState.Detached;
                node.Versions.Clear();
            }

            foreach (var audit in db.ChangeTracker.Entries<AuditEntry>().ToList())
            {
                audit.State = EntityState.Detached;
            }
        }

        foreach (var (node, item, versionId) in created)
        {
            var published = (item.Published || item.Kind == ContentItemKind.Media) && !item.Trashed;
            node.DraftVersionId = versionId;
            node.PublishedVersionId = published ? versionId : null;
            node.PublishDate = published ? now : null;
            node.Path = PathOf(node.Id, node.ParentKey, tree);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("uSync imported {Count} content and media items", created.Count);
        return created.Count;
    }

    // Runs on several threads at once: builds objects only, touches no shared state.
    private static ContentNode NewNode(ContentItem item, SchemaRegistry registry, DateTime now)
    {
        var templateKey = item.Template is { } t ? registry.Template(t.Key)?.Key ?? registry.Template(t.Alias)?.Key : null;
        var node = new ContentNode
        {
            Key = item.Key,
            Kind = item.Kind,
            ParentKey = item.Trashed ? item.TrashedParentKey ?? item.ParentKey : item.ParentKey,
            Level = item.Level,
            SortOrder = item.SortOrder ?? 0,
            ContentTypeAlias = item.ContentTypeAlias,
            Name = item.Name,
            TemplateKey = templateKey,
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
        // Name and Values clear the stored segment and packed form when set, so those come after them.
        node.Versions.Add(new ContentVersion
        {
            Number = 1,
            Name = item.Name,
            UrlSegment = UrlSegments.ForName(item.Name),
            TemplateKey = templateKey,
            Values = PropertyValuesJson.Serialize(item.Properties),
            PackedValues = PackedPropertyValues.Pack(item.Properties),
            Date = now,
            UserName = ContentUser.USync.Name,
            WasPublished = item.Published || item.Kind == ContentItemKind.Media,
        });
        return node;
    }

    private static string PathOf(int id, Guid parentKey, Dictionary<Guid, (int Id, Guid ParentKey)> tree)
    {
        var ids = new List<int> { id };
        for (var parent = parentKey; parent != Guid.Empty && tree.TryGetValue(parent, out var p) && ids.Count < 100; parent = p.ParentKey)
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
