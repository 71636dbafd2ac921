using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice.Content;
using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.BackOffice;

public static class BackOfficeExtensions
{
    /// <summary>The back office at <c>/umbraco</c>: users and groups (Identity), its cookie, Razor Pages and their services.</summary>
    public static WebApplicationBuilder AddBackOffice(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var settings = new BackOfficeOptions
        {
            TimeOut = configuration.GetValue("Umbraco:CMS:Global:TimeOut", TimeSpan.FromMinutes(20)),
            AbsoluteTimeOut = configuration.GetValue("ClinicCms:BackOffice:AbsoluteTimeOut", TimeSpan.FromHours(10)),
        };
        services.AddSingleton(Options.Create(settings));
        services.Configure<UnattendedOptions>(configuration.GetSection(UnattendedOptions.Section));

        services.AddIdentityCore<BackOfficeUser>(o =>
            {
                // Umbraco's defaults: long passwords rather than character-class rules.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = true;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<BackOfficeGroup>()
            .AddEntityFrameworkStores<CmsDbContext>();

        services.AddAuthentication(BackOfficeAuthentication.Scheme)
            .AddCookie(BackOfficeAuthentication.Scheme, o => BackOfficeAuthentication.Configure(o, settings));
        services.AddAuthorizationBuilder()
            .AddPolicy(BackOfficePolicies.User, p => p.AddAuthenticationSchemes(BackOfficeAuthentication.Scheme).RequireAuthenticatedUser())
            .AddPolicy(BackOfficePolicies.Administrator, p => p.AddAuthenticationSchemes(BackOfficeAuthentication.Scheme).RequireRole(UserGroups.Administrators));

        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/BackOffice", BackOfficePolicies.User);
            o.Conventions.AllowAnonymousToFolder("/BackOffice/Login");
            o.Conventions.AuthorizeFolder("/BackOffice/Users", BackOfficePolicies.Administrator);
            o.Conventions.AuthorizeFolder("/BackOffice/Settings", BackOfficePolicies.Administrator);
        });
        services.AddAntiforgery(o => o.HeaderName = "RequestVerificationToken");

        services.AddScoped<BackOfficeSignIn>();
        services.AddScoped<BackOfficeUserService>();
        services.AddScoped<ContentTreeQueries>();
        services.AddScoped<Media.MediaTreeQueries>();
        services.AddScoped<Media.MediaPageBuilder>();
        services.AddScoped<Media.MediaRemoval>();
        services.AddScoped<EditorPageBuilder>();
        services.AddScoped<Preview.PreviewSnapshotBuilder>();
        services.AddSingleton<Settings.USyncJobs>();
        services.AddHostedService<BackOfficeInstaller>();
        services.PostConfigure<StaticFileOptions>(BackOfficeAssets.AddCacheHeaders);
        services.Configure<SecurityHeadersOptions>(o => o.ForPath("/umbraco", BackOfficeAssets.ContentSecurityPolicy));
        return builder;
    }

    /// <summary>The back office's response headers and its pages (authentication runs from <c>Program.cs</c>, after routing).</summary>
    public static WebApplication MapBackOffice(this WebApplication app)
    {
        app.Use(BackOfficeAssets.BackOfficeHeaders);
        app.MapRazorPages();
        return app;
    }
}
