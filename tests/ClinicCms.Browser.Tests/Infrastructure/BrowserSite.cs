using ClinicCms.Tests;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.BackOffice.Security;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClinicCms.Browser.Tests.Infrastructure;

/// <summary>
/// The whole site on a real Kestrel port with its own database (the repository's uSync content imported) and media
/// folder, an administrator, a writer and an editor, and Debian's chromium driven by Playwright. When chromium is missing the
/// tests skip, unless CI is set: then they fail.
/// </summary>
public sealed class BrowserSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "a-long-test-password";
    public const string AdminEmail = "admin@clinic.test";
    public const string WriterEmail = "writer@clinic.test";
    public const string EditorEmail = "editor@clinic.test";

    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly string _mediaFolder = Path.Combine(Path.GetTempPath(), "cliniccms-browser-media", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Every request that reached the server (method and path), in order: what the browser did not take from its cache.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> ServerRequests { get; } = new();
    public IBrowser? Browser { get; private set; }

    /// <summary>
    /// Skips the calling test when there is no chromium, which only happens outside CI: under CI the launcher
    /// fails instead (<see cref="BrowserLauncher"/>).
    /// </summary>
    public void SkipUnlessReady()
    {
        if (Browser is null)
        {
            Assert.Skip(BrowserLauncher.MissingReason);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{DatabaseSettings.ConnectionStringName}", _database.ConnectionString);
        builder.UseSetting(DatabaseSettings.ProviderNameKey, _database.ProviderName);
        builder.UseSetting("uSync:Folder", Path.Combine(TestPaths.RepositoryRoot, "uSync"));
        builder.UseSetting("Umbraco:CMS:Unattended:InstallUnattended", "true");
        builder.UseSetting("Umbraco:CMS:Unattended:UnattendedUserName", "Asha Admin");
        builder.UseSetting("Umbraco:CMS:Unattended:UnattendedUserEmail", AdminEmail);
        builder.UseSetting("Umbraco:CMS:Unattended:UnattendedUserPassword", Password);

        // Uploads, their cache and the upload folder live in a temporary folder, never in the source tree's wwwroot.
        builder.UseSetting(Web.Features.Media.MediaPaths.MediaRootKey, Path.Combine(_mediaFolder, "media"));
        builder.UseSetting(Web.Features.Media.MediaPaths.CacheFolderKey, Path.Combine(_mediaFolder, "cache"));
        builder.UseSetting("ClinicCms:Media:UploadTempFolder", Path.Combine(_mediaFolder, "uploads"));
        // Serve wwwroot (the site's CSS, the back office's bundle) through the build's static web assets, as a published site does.
        builder.UseStaticWebAssets();
        builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new RequestRecorder(ServerRequests)));
    }

    private sealed class RequestRecorder(System.Collections.Concurrent.ConcurrentQueue<string> requests) : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    public async ValueTask InitializeAsync()
    {
        if (await BrowserLauncher.LaunchAsync() is not { } launched)
        {
            return;
        }

        (_playwright, Browser) = launched;
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);

        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<BackOfficeUserService>();
            await users.CreateAsync("Wendy Writer", WriterEmail, Password, [UserGroups.Writers]);
            await users.CreateAsync("Eddie Editor", EditorEmail, Password, [UserGroups.Editors]);
        }
    }

    /// <summary>A fresh browser context (its own cookies), signed in as the given user.</summary>
    public async Task<IPage> SignInAsync(string email)
    {
        var page = await (await Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl })).NewPageAsync();
        await page.GotoAsync("/umbraco");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Login" }).ClickAsync();
        await page.WaitForURLAsync("**/umbraco/section/content");
        return page;
    }

    /// <summary>Saves a full-page screenshot when <c>CLINICCMS_SCREENSHOTS</c> names a folder, to look at what a test saw.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("CLINICCMS_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    /// <summary>Writes a measured figure next to the screenshots (same switch), for reports.</summary>
    public static async Task NoteAsync(string line)
    {
        if (Environment.GetEnvironmentVariable("CLINICCMS_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.AppendAllTextAsync(Path.Combine(folder, "notes.txt"), line + Environment.NewLine);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        await _database.DisposeAsync();
        try { Directory.Delete(_mediaFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
