using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Plan;
using ClinicCms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.USync;

/// <summary>
/// What happens to the uSync folder at start-up, by uSync's settings: <c>ImportAtStartup</c> imports the schema
/// (<c>Settings</c>), the content (<c>Content</c>) or both (<c>All</c>) when their files changed since the last import
/// (by hash, so an unchanged folder costs one read); <c>ImportOnFirstBoot</c> imports everything into a site without
/// content. Start-up never forces: nodes edited in this environment are left alone and logged as conflicts.
/// </summary>
public sealed class USyncStartup(USyncService service, USyncPlanApplier applier, CmsDbContext db, IOptions<USyncOptions> options, ILogger<USyncStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value.Settings;
        var mode = settings.ImportAtStartup;
        var siteIsEmpty = !await db.Nodes.AnyAsync(cancellationToken);
        var hasSchema = await db.SchemaItems.AnyAsync(cancellationToken);
        var importSchema = Is(mode, "All") || Is(mode, "Settings") || !hasSchema || (siteIsEmpty && settings.ImportOnFirstBoot);
        var importContent = Is(mode, "All") || Is(mode, "Content") || (siteIsEmpty && settings.ImportOnFirstBoot);
        if (!importSchema && !importContent)
        {
            return;
        }

        var scope = importSchema && importContent ? USyncScope.All : importSchema ? USyncScope.Schema : USyncScope.Content;
        if (!siteIsEmpty && service.ReadHashes(scope) is { } hashes && await StoredHashesMatchAsync(hashes, cancellationToken))
        {
            // The usual restart: the files are byte for byte those of the last import, so there is nothing to parse or plan.
            logger.LogDebug("uSync files unchanged since the last import");
            return;
        }

        USyncPlan plan;
        USyncSet set;
        string folder;
        try
        {
            (plan, set, folder) = await service.PlanAsync(new USyncRunRequest(Scope: scope), progress: null, cancellationToken);
        }
        catch (DirectoryNotFoundException e)
        {
            logger.LogInformation("{Message}; nothing to import", e.Message);
            return;
        }

        var schemaUnchanged = !importSchema || set.SchemaHash == await GetAsync(USyncService.SchemaHashKey, cancellationToken);
        var contentUnchanged = !importContent || (!siteIsEmpty && set.ContentHash == await GetAsync(USyncService.ContentHashKey, cancellationToken));
        if (schemaUnchanged && contentUnchanged)
        {
            logger.LogDebug("uSync files unchanged since the last import");
            return;
        }

        foreach (var problem in plan.Problems.Where(p => !p.IsError))
        {
            logger.LogWarning("uSync: {Problem}", problem);
        }

        foreach (var conflict in plan.Items.Where(i => i.Change == USyncChange.Conflict))
        {
            logger.LogWarning("uSync: not imported at start-up, {Name} ({File}) was {Note}", conflict.Name, conflict.File, conflict.Note);
        }

        try
        {
            var count = await applier.ApplyAsync(plan, USyncService.Hashes(set, scope), cancellationToken);
            logger.LogInformation("uSync: {Plan} from {Folder}; {Count} change(s) applied", plan, folder, count);
        }
        catch (USyncImportException e) when (hasSchema)
        {
            // Keep serving the schema the site already has; the log names every broken file and line.
            logger.LogError("{Message}", e.Message);
        }
    }

    private async Task<bool> StoredHashesMatchAsync(Dictionary<string, string> hashes, CancellationToken cancellationToken)
    {
        foreach (var (key, hash) in hashes)
        {
            if (await GetAsync(key, cancellationToken) != hash)
            {
                return false;
            }
        }

        return true;
    }

    private async Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        await db.KeyValues.Where(k => k.Key == key).Select(k => k.Value).SingleOrDefaultAsync(cancellationToken);

    private static bool Is(string value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
