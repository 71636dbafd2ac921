using ClinicCms.Web.Features.Published;
using Microsoft.AspNetCore.OutputCaching;

namespace ClinicCms.Web.Features.Site;

public static class SiteExtensions
{
    public static WebApplicationBuilder AddPublicSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddControllersWithViews();
        builder.Services.AddOutputCache(o => o.AddPolicy(PublishedPageCachePolicy.Name, new PublishedPageCachePolicy()));
        return builder;
    }

    /// <summary>Maps the catch-all page route last, so every other endpoint (back office, APIs, files) wins.</summary>
    public static WebApplication MapPublicSite(this WebApplication app)
    {
        var outputCache = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<PublishedSnapshotService>().Changed += change =>
            outputCache.EvictByTagAsync(PublishedPageCachePolicy.ContentTag, CancellationToken.None).AsTask();

        app.MapControllerRoute("published-content", "{**path}", new { controller = "Render", action = "Index" })
            .WithOrder(int.MaxValue);
        return app;
    }
}
