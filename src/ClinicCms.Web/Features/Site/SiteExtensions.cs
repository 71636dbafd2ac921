using ClinicCms.Web.Features.Site.Builders;
using ClinicCms.Web.Features.Site.Caching;
using ClinicCms.Web.Features.Site.Seo;
using ClinicCms.Web.Infrastructure;

namespace ClinicCms.Web.Features.Site;

public static class SiteExtensions
{
    /// <summary>
    /// <c>false</c> renders every public page on every request instead of serving it from the output cache (to
    /// measure rendering in <c>bench/</c>, or to debug a view). Default <c>true</c>.
    /// </summary>
    public const string OutputCacheSetting = "ClinicCms:Site:OutputCache";

    /// <summary>Whether public pages are kept in the output cache (<see cref="OutputCacheSetting"/>, default on).</summary>
    public static bool CachesPages(IConfiguration configuration) => configuration.GetValue(OutputCacheSetting, defaultValue: true);

    public static WebApplicationBuilder AddPublicSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddControllersWithViews();
        var cachePages = CachesPages(builder.Configuration);
        builder.Services.AddOutputCache(o =>
        {
            // A crawl of a 10,000-page site filled ASP.NET Core's default 100 MB and took the site past its memory
            // budget (bench/README.md); pages past this size are rendered again (from the snapshot) when next asked for.
            // The hot page cache keeps a second copy of up to 16 MB of these pages, so 16 MB here: together they hold
            // 32 MB of pages, not 48.
            o.SizeLimit = 16L * 1024 * 1024;
            if (cachePages)
            {
                o.AddPolicy(PublishedPageCachePolicy.Name, new PublishedPageCachePolicy());
            }
            else
            {
                o.AddPolicy(PublishedPageCachePolicy.Name, policy => policy.NoCache());
            }
        });
        builder.Services.AddSingleton<SiteUrls>();
        builder.Services.AddSingleton<PageBuilder>();
        builder.Services.AddSingleton<SiteTemplates>();
        builder.Services.AddSingleton<OutputCacheEvictor>();
        builder.Services.AddSingleton<HotPageCache>();
        return builder;
    }

    /// <summary>
    /// Cached public pages are answered first, before any other middleware (see <see cref="HotPageMiddleware"/>);
    /// everything else, and every first request for a page, goes on through the pipeline.
    /// </summary>
    public static WebApplication UseHotPageCache(this WebApplication app)
    {
        app.UseMiddleware<HotPageMiddleware>();
        return app;
    }

    /// <summary>Maps the SEO files, then the catch-all page route last, so every other endpoint (back office, APIs, files) wins.</summary>
    public static WebApplication MapPublicSite(this WebApplication app)
    {
        app.Services.GetRequiredService<OutputCacheEvictor>().Subscribe();
        // Finding the templates among the compiled types (reflection, tens of milliseconds cold) is start-up work for
        // the other core, not the first page's.
        app.Services.GetRequiredService<StartupWork>().Run(() => app.Services.GetRequiredService<SiteTemplates>());

        app.MapSeoEndpoints();
        app.MapControllerRoute("published-content", "{**path}", new { controller = "Render", action = "Index" })
            .WithStaticAssets()
            .WithOrder(int.MaxValue);
        return app;
    }
}
