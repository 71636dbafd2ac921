using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Plan;
using ClinicCms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.USync;

/// <summary>
/// Imports an already read set of files (tests, tools): plans it against the site and applies the plan, or throws
/// <see cref="USyncImportException"/> with every error when the files are invalid, changing nothing.
/// </summary>
public sealed class USyncImporter(CmsDbContext db, USyncPlanApplier applier)
{
    public async Task<USyncPlan> PlanAsync(USyncSet set, bool includeContent, bool force = false, CancellationToken cancellationToken = default)
    {
        var state = await USyncStateLoader.LoadAsync(db, includeContent, cancellationToken);
        return USyncPlanner.Plan(state, set, new USyncPlanOptions(Schema: true, Content: includeContent, Force: force));
    }

    /// <summary>Imports the schema and, when <paramref name="includeContent"/>, content and media; returns the number of changes.</summary>
    public async Task<int> ImportAsync(USyncSet set, bool includeContent, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(set, includeContent, cancellationToken: cancellationToken);
        return await applier.ApplyAsync(plan, USyncService.Hashes(set, includeContent ? USyncScope.All : USyncScope.Schema), cancellationToken);
    }

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        await db.KeyValues.Where(k => k.Key == key).Select(k => k.Value).SingleOrDefaultAsync(cancellationToken);
}
