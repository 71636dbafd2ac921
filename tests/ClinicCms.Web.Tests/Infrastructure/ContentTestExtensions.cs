using ClinicCms.Core.Content;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Infrastructure;

public static class ContentTestExtensions
{
    public static readonly ContentUser Editor = new(null, "Test Editor");

    /// <summary>The latest version of a node: its number and values, as an editor opening it would see them.</summary>
    public static Task<(int Version, string Name, PropertyValues Values)> LatestAsync(this CmsApplication site, Guid key) =>
        site.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var node = await db.Nodes.SingleAsync(n => n.Key == key);
            var version = await db.Versions.SingleAsync(v => v.NodeId == node.Id && v.Number == node.VersionNumber);
            return (node.VersionNumber, version.Name, PropertyValuesJson.Deserialize(version.Values));
        });

    public static Task<ContentResult> ContentAsync(this CmsApplication site, Func<ContentService, Task<ContentResult>> action) =>
        site.InScopeAsync(services => action(services.GetRequiredService<ContentService>()));

    /// <summary>Opens a node, changes one value and saves it on top of the latest version.</summary>
    public static async Task<ContentResult> EditAsync(this CmsApplication site, Guid key, string alias, string? value, bool publish = false)
    {
        var (version, name, values) = await site.LatestAsync(key);
        var edit = new ContentEdit(name, values.Set(alias, value));
        return await site.ContentAsync(content => publish
            ? content.SaveAndPublishAsync(key, edit, version, Editor)
            : content.SaveAsync(key, edit, version, Editor));
    }
}
