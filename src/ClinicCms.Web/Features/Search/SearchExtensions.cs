using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Infrastructure;

namespace ClinicCms.Web.Features.Search;

public static class SearchExtensions
{
    public static WebApplicationBuilder AddSiteSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SiteSearchIndex>();
        builder.Services.AddSingleton<SiteSearch>();
        return builder;
    }

    /// <summary>Builds the index from the published snapshot and keeps it in step; <c>/search</c> is a controller.</summary>
    public static WebApplication MapSiteSearch(this WebApplication app)
    {
        if (app.Services.GetRequiredService<PublishedSnapshotService>().Current.Count <= SiteSearchIndex.RebuildBeforeStartLimit)
        {
            app.Services.GetRequiredService<SiteSearchIndex>().Subscribe();
            return app;
        }

        // A large site: opening the index and checking it against the pages (a few tenths of a second of CPU) need not
        // hold up the first page; a search arriving meanwhile waits for the index to open (bench/README.md, cold start).
        var logger = app.Services.GetRequiredService<ILogger<SiteSearchIndex>>();
        app.Services.GetRequiredService<StartupWork>().Run(() =>
        {
            try
            {
                app.Services.GetRequiredService<SiteSearchIndex>().Subscribe();
            }
            catch (Exception e)
            {
                logger.LogError(e, "Opening the search index failed");
            }
        });
        return app;
    }
}
