using ClinicCms.Web.Data;
using ClinicCms.Web.Features.USync;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Infrastructure;

/// <summary>Sites on their own uSync folder, and what the uSync tests read back from them.</summary>
public static class USyncTestSite
{
    /// <summary>A started site whose start-up imported <paramref name="folder"/> (a copy a test may change), or nothing when null.</summary>
    public static CmsApplication Start(string? folder, params (string Key, string? Value)[] settings)
    {
        var site = new CmsApplication();
        site.Settings["uSync:Folder"] = folder ?? Path.Combine(Path.GetTempPath(), "cliniccms-no-usync-" + Guid.NewGuid().ToString("N"));
        foreach (var (key, value) in settings)
        {
            site.Settings[key] = value;
        }

        _ = site.Server;
        return site;
    }

    public static Task<USyncRunResult> USyncAsync(this CmsApplication site, Func<USyncService, Task<USyncRunResult>> run) =>
        site.InScopeAsync(services => run(services.GetRequiredService<USyncService>()));

    /// <summary>
    /// Every schema row and every node as the database holds them, by key: two snapshots differ exactly where an
    /// import changed something (a new version, a move, a rename, a new or removed row).
    /// </summary>
    public static Task<Dictionary<Guid, string>> SnapshotAsync(this CmsApplication site) => site.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CmsDbContext>();
        var rows = new Dictionary<Guid, string>();
        foreach (var item in await db.SchemaItems.AsNoTracking().ToListAsync())
        {
            rows[item.Key] = $"{item.ItemType}|{item.Alias}|{item.Definition}";
        }

        foreach (var node in await db.Nodes.AsNoTracking().ToListAsync())
        {
            rows[node.Key] = $"{node.ParentKey}|{node.Level}|{node.SortOrder}|{node.Name}|{node.VersionNumber}|{node.TemplateKey}|{node.Trashed}|{node.PublishedVersionId}";
        }

        return rows;
    });

    public static IEnumerable<Guid> ChangedKeys(Dictionary<Guid, string> before, Dictionary<Guid, string> after) =>
        before.Keys.Union(after.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k));
}
