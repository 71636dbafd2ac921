using System.Data.Common;
using System.Runtime.CompilerServices;
using ClinicCms.Core.Content;
using ClinicCms.Core.USync;
using ClinicCms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClinicCms.Web.Features.USync.ExportOnSave;

/// <summary>
/// Notices every saved node and schema item, whichever feature saved it, and queues it for <c>ExportOnSave</c> once
/// its transaction commits (a rolled-back save is forgotten). Saves outside a transaction are queued at once.
/// </summary>
public sealed class USyncExportOnSaveInterceptor(USyncExportOnSaveQueue queue) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<USyncSavedItem>> _pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        FlushUnlessInTransaction(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        FlushUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null || queue.IsOff)
        {
            return;
        }

        var items = _pending.GetOrCreateValue(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case ContentNode node:
                    items.Add(new(node.Kind == ContentItemKind.Media ? USyncItemType.Media : USyncItemType.Content, node.Key, node.Name));
                    break;
                case SchemaItem schemaItem:
                    items.Add(new(schemaItem.ItemType, schemaItem.Key, schemaItem.Alias));
                    break;
            }
        }
    }

    private void FlushUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Flush(context);
        }
    }

    private void Flush(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var items))
        {
            foreach (var item in items.Distinct())
            {
                queue.Enqueue(item);
            }

            items.Clear();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var items))
        {
            items.Clear();
        }
    }
}
