using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Plan;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Schema;
using ClinicCms.Web.Features.USync.ExportOnSave;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.USync;

/// <summary>
/// Applies exactly the changes of a <see cref="USyncPlan"/> (creates, updates, deletes; never conflicts or unchanged
/// items) in one transaction, then refreshes the schema and the published snapshot. A plan with errors is refused
/// whole. Saves made here are not written back to the folder by <c>ExportOnSave</c>.
/// </summary>
public sealed class USyncPlanApplier(
    CmsDbContext db,
    SchemaService schema,
    PublishedSnapshotService snapshots,
    InstanceIdentity instance,
    USyncExportOnSaveQueue exportOnSave,
    TimeProvider clock,
    ILogger<USyncPlanApplier> logger)
{
    /// <summary>Applies the plan; <paramref name="keyValues"/> are stored in <c>cmsKeyValue</c> in the same transaction.</summary>
    public async Task<int> ApplyAsync(USyncPlan plan, IReadOnlyDictionary<string, string>? keyValues = null, CancellationToken cancellationToken = default)
    {
        if (plan.HasErrors)
        {
            throw new USyncImportException(plan.Problems);
        }

        var started = clock.GetTimestamp();
        var changes = plan.Changes.ToList();
        var schemaChanges = changes.Where(c => c.Type is not (USyncItemType.Content or USyncItemType.Media)).ToList();
        var contentChanges = changes.Where(c => c.Type is USyncItemType.Content or USyncItemType.Media).ToList();
        using (exportOnSave.Suppress())
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var now = clock.GetUtcNow().UtcDateTime;
                await SchemaPlanApplier.ApplyAsync(db, schemaChanges, now, cancellationToken);
                var registry = schemaChanges.Count == 0 ? schema.Current : SchemaService.Build(await db.SchemaItems.AsNoTracking().ToListAsync(cancellationToken));
                var keys = contentChanges.Count == 0 ? [] : await new ContentPlanApplier(db, registry, now).ApplyAsync(contentChanges, cancellationToken);
                foreach (var (key, value) in keyValues ?? new Dictionary<string, string>())
                {
                    await SetAsync(key, value, now, cancellationToken);
                }

                if (changes.Count > 0)
                {
                    db.CacheInstructions.Add(CacheInstructionBody.Create(instance, keys, schema: schemaChanges.Count > 0));
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }

        db.ChangeTracker.Clear();
        logger.LogDebug("uSync: {Count} change(s) committed after {Seconds:F1} s", changes.Count, clock.GetElapsedTime(started).TotalSeconds);
        if (schemaChanges.Count > 0 || contentChanges.Count > 0)
        {
            var registry = await schema.ReloadAsync(db, cancellationToken);
            if (snapshots.IsLoaded)
            {
                await snapshots.LoadAllAsync(db, registry, cancellationToken);
            }
        }

        return changes.Count;
    }

    private async Task SetAsync(string key, string value, DateTime now, CancellationToken cancellationToken)
    {
        var entry = await db.KeyValues.AsTracking().SingleOrDefaultAsync(k => k.Key == key, cancellationToken);
        if (entry is null)
        {
            db.KeyValues.Add(new KeyValue { Key = key, Value = value, UpdateDate = now });
        }
        else
        {
            entry.Value = value;
            entry.UpdateDate = now;
        }
    }
}
