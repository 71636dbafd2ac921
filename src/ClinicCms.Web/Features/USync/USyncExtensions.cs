using ClinicCms.Web.Features.USync.ExportOnSave;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClinicCms.Web.Features.USync;

public static class USyncExtensions
{
    /// <summary>uSync: the settings, report/import/export, the start-up import and <c>ExportOnSave</c>.</summary>
    public static WebApplicationBuilder AddUSync(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<USyncOptions>(builder.Configuration.GetSection(USyncOptions.Section));
        services.AddSingleton<USyncFolder>();
        services.AddScoped<USyncPlanApplier>();
        services.AddScoped<USyncService>();
        services.AddScoped<USyncImporter>();
        services.AddScoped<USyncStartup>();

        services.AddSingleton<USyncExportOnSaveQueue>();
        services.AddSingleton<USyncExportOnSaveInterceptor>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<USyncExportOnSaveInterceptor>());
        services.AddHostedService<USyncExportOnSaveWorker>();
        return builder;
    }
}
