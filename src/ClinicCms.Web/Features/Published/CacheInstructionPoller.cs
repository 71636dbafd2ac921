using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Schema;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.Published;

/// <summary>
/// Applies the changes other web instances made: polls the cache instructions table and refreshes the snapshot,
/// so a publish on one instance shows on all of them within a second.
/// </summary>
public sealed class CacheInstructionPoller(
    IServiceScopeFactory scopes,
    InstanceIdentity instance,
    PublishedSnapshotService snapshots,
    SchemaService schema,
    IConfiguration configuration,
    ILogger<CacheInstructionPoller> logger) : BackgroundService
{
    private long _lastSeen = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(configuration.GetValue("ClinicCms:LoadBalancing:PollIntervalMilliseconds", 250));
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await PollAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Reading cache instructions failed; will retry");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        if (_lastSeen < 0)
        {
            // Start from now: the snapshot was loaded from the database at start-up.
            _lastSeen = await db.CacheInstructions.MaxAsync(i => (long?)i.Id, cancellationToken) ?? 0;
            return;
        }

        var pending = await db.CacheInstructions.AsNoTracking()
            .Where(i => i.Id > _lastSeen)
            .OrderBy(i => i.Id)
            .Take(1000)
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return;
        }

        _lastSeen = pending[^1].Id;
        var foreign = pending.Where(i => i.Originator != instance.Id).Select(CacheInstructionBody.Read).ToList();
        if (foreign.Any(b => b.Schema))
        {
            await snapshots.ApplySchemaAsync(await schema.ReloadAsync(db, cancellationToken));
        }

        var keys = foreign.SelectMany(b => b.Content).Distinct().ToList();
        await snapshots.RefreshAsync(db, keys, cancellationToken);
    }
}
