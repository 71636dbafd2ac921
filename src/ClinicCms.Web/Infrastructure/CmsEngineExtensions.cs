using ClinicCms.Core.Published;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Content;
using ClinicCms.Web.Features.Published;
using ClinicCms.Web.Features.Schema;
using ClinicCms.Web.Features.Site;
using ClinicCms.Web.Features.USync;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace ClinicCms.Web.Infrastructure;

public static class CmsEngineExtensions
{
    /// <summary>The content engine: schema, content operations and the published snapshot.</summary>
    public static WebApplicationBuilder AddCmsEngine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<InstanceIdentity>();
        services.AddSingleton<StartupWork>();
        services.AddSingleton<SchemaService>();
        services.AddOptions<PublishedCacheOptions>().Bind(builder.Configuration.GetSection(PublishedCacheOptions.Section))
            .Validate(o => o.ConvertedValuesMegabytes > 0, $"{PublishedCacheOptions.Section}:ConvertedValuesMegabytes must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IPublishedValuesStore, PublishedValuesStore>();
        services.AddSingleton<PublishedSnapshotService>();
        services.AddSingleton<IPublishedModelFactory, PublishedModels.PublishedModelFactory>();
        services.AddSingleton<RichTextSanitizer>();
        services.AddSingleton<ValueSanitizer>();
        services.AddScoped<ContentService>();
        services.AddScoped<ContentTreeService>();
        services.AddScoped<RecycleBinService>();
        services.AddScoped<ContentRollbackService>();
        services.AddHostedService<CacheInstructionPoller>();
        return builder;
    }

    /// <summary>
    /// Prepares the site before it takes requests: migrates the database, imports uSync files as configured and
    /// builds the published snapshot, so the first request is answered from memory.
    /// </summary>
    public static async Task InitialiseCmsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        // The first request needs every controller's and Razor page's action descriptor (a few tenths of a second of
        // reflection): build them on another core while this thread reads the database; MapBackOffice then finds them.
        var startup = app.Services.GetRequiredService<StartupWork>();
        startup.Run(() => _ = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors);
        await app.Services.MigrateCmsDatabaseAsync(cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CmsDbContext>();
        var schema = await services.GetRequiredService<SchemaService>().ReloadAsync(db, cancellationToken);
        var snapshots = services.GetRequiredService<PublishedSnapshotService>();
        await snapshots.LoadAllAsync(db, schema, cancellationToken);

        // Every article page lists related articles from the site-wide index (each article's topics and reviewer: most
        // of a first page's CPU time on a large site). Build it on another core while start-up goes on; a request that
        // needs it first waits for this build (bench/README.md, cold start).
        startup.Run(() => SiteIndex.For(snapshots.Current));
        await services.GetRequiredService<USyncStartup>().RunAsync(cancellationToken);
    }
}
