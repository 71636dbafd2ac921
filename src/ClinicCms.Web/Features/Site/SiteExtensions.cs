using ClinicCms.Web.Features.Site.Builders;
using ClinicCms.Web.Features.Site.Caching;
using ClinicCms.Web.Features.Site.Seo;

namespace ClinicCms.Web.Features.Site;

public static class SiteExtensions
{
    public static WebApplicationBuilder AddPublicSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddControllersWithViews();
        builder.Services.AddOutputCache(o => o.AddPolicy(PublishedPageCachePolicy.Name, new PublishedPageCachePolicy()));
        builder.Services.AddSingleton<SiteUrls>();
        builder.Services.AddSingleton<PageBuilder>();
        builder.Services.AddSingleton<OutputCacheEvictor>();
        return builder;
    }

    /// <summary>Maps the SEO files, then the catch-all page route last, so every other endpoint (back office, APIs, files) wins.</summary>
    public static WebApplication MapPublicSite(this WebApplication app)
    {
        app.Services.GetRequiredService<OutputCacheEvictor>().Subscribe();

        app.MapSeoEndpoints();
        app.MapControllerRoute("published-content", "{**path}", new { controller = "Render", action = "Index" })
            .WithStaticAssets()
            .WithOrder(int.MaxValue);
        return app;
    }
}
