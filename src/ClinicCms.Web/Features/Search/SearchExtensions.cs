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
        app.Services.GetRequiredService<SiteSearchIndex>().Subscribe();
        return app;
    }
}
