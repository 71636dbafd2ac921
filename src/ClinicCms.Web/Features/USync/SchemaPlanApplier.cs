using ClinicCms.Core.Schema;
using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Plan;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Schema;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.USync;

/// <summary>Applies a plan's schema, domain and relation type rows to <c>cmsSchemaItem</c> (records stored as JSON).</summary>
internal static class SchemaPlanApplier
{
    public static async Task<int> ApplyAsync(CmsDbContext db, IReadOnlyList<USyncPlanItem> changes, DateTime now, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return 0;
        }

        var keys = changes.Select(c => c.Key).Concat(changes.Select(c => c.Replaces).OfType<Guid>()).Distinct().ToList();
        var rows = await db.SchemaItems.AsTracking().Where(i => keys.Contains(i.Key)).ToDictionaryAsync(i => (i.ItemType, i.Key), cancellationToken);
        foreach (var change in changes)
        {
            if (change.Replaces is { } replaced && rows.Remove((change.Type, replaced), out var old))
            {
                db.SchemaItems.Remove(old);
            }

            if (change.Change == USyncChange.Delete)
            {
                if (rows.Remove((change.Type, change.Key), out var deleted))
                {
                    db.SchemaItems.Remove(deleted);
                }

                continue;
            }

            var item = change.Item ?? throw new InvalidOperationException($"The plan has no record for {change.Type} {change.Name}.");
            var definition = SchemaItemJson.SerializeObject(item);
            if (rows.TryGetValue((change.Type, change.Key), out var row))
            {
                row.Alias = AliasOf(item);
                row.Definition = definition;
                row.UpdateDate = now;
            }
            else
            {
                rows[(change.Type, change.Key)] = db.SchemaItems.Add(new SchemaItem
                {
                    Key = change.Key,
                    ItemType = change.Type,
                    Alias = AliasOf(item),
                    Definition = definition,
                    UpdateDate = now,
                }).Entity;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return changes.Count;
    }

    private static string AliasOf(object item) => item switch
    {
        LanguageDefinition l => l.IsoCode,
        DictionaryItemDefinition d => d.ItemKey,
        DataTypeDefinition d => d.Name,
        TemplateDefinition t => t.Alias,
        ContentTypeDefinition t => t.Alias,
        DomainDefinition d => d.Name,
        RelationTypeDefinition r => r.Alias,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "not a schema record"),
    };
}
