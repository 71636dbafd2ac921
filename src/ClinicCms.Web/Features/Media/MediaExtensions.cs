using ClinicCms.Web.Features.Media.Api;
using ClinicCms.Web.Features.Media.Processing;
using ClinicCms.Web.Features.Media.Rendering;
using ClinicCms.Web.Features.Media.Storage;
using ClinicCms.Web.Features.Media.Uploads;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.Media;

public static class MediaExtensions
{
    /// <summary>The media library: storage, uploads, the recycle bin, image processing and the back office's endpoints.</summary>
    public static WebApplicationBuilder AddMediaLibrary(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MediaOptions>().Bind(builder.Configuration.GetSection(MediaOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.AllowedSizes.Length > 0 && o.AllowedSizes.All(s => s is > 0 and <= 10_000), "ClinicCms:Media:AllowedSizes needs sizes from 1 to 10000 pixels.")
            .ValidateOnStart();
        services.AddSingleton(sp => MediaPaths.From(builder.Configuration, builder.Environment, sp.GetRequiredService<IOptions<MediaOptions>>().Value));
        services.AddSingleton<IMediaFileStore, PhysicalMediaFileStore>();
        services.AddSingleton<ProcessedImageCache>();
        services.AddSingleton<MediaPathIndex>();
        services.AddSingleton<MediaMetrics>();
        services.AddSingleton<MediaFileHandler>();
        services.AddSingleton<ResponsiveImages>();
        services.AddScoped<MediaWriter>();
        services.AddScoped<MediaService>();
        services.AddScoped<MediaTreeService>();
        services.AddScoped<MediaUsageService>();
        services.AddScoped<MediaQueryService>();
        services.AddScoped<MediaUploadService>();
        services.AddScoped<AntiforgeryHeaderFilter>();
        services.AddAntiforgery();
        services.AddMediaAuthorization();
        return builder;
    }

    /// <summary>
    /// Serves <c>/media/…</c> before the static files: media files are answered only for items in the published
    /// snapshot (so trashed media is never reachable, even when the media folder sits in wwwroot).
    /// </summary>
    public static WebApplication UseMediaFiles(this WebApplication app)
    {
        var handler = app.Services.GetRequiredService<MediaFileHandler>();
        app.Map(MediaPaths.UrlPrefix.TrimEnd('/'), media => media.Run(handler.HandleAsync));
        return app;
    }

    public static WebApplication MapMediaLibrary(this WebApplication app)
    {
        app.MapMediaEndpoints();
        return app;
    }
}
