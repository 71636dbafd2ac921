using ClinicCms.Tests;
using ClinicCms.Web.Data;
using ClinicCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClinicCms.Browser.Tests.Site;

/// <summary>
/// The public site on a real port (Kestrel) with its own database and the repository's starter content, and a
/// chromium to look at it. Shared by the site's browser tests.
/// </summary>
public sealed class SiteServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{DatabaseSettings.ConnectionStringName}", _database.ConnectionString);
        builder.UseSetting(DatabaseSettings.ProviderNameKey, _database.ProviderName);
        builder.UseSetting("uSync:Folder", Path.Combine(TestPaths.RepositoryRoot, "uSync"));

        // Serve wwwroot through the build's static web assets, as a published site serves its own wwwroot.
        builder.UseStaticWebAssets();
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
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    /// <summary>Skips the calling test when there is no browser (only possible outside CI).</summary>
    public SiteServer Ready()
    {
        if (Browser is null)
        {
            Assert.Skip(BrowserLauncher.MissingReason);
        }

        return this;
    }

    /// <summary>Where screenshots go: <c>CLINICCMS_SCREENSHOTS</c>, else TestResults/screenshots beside the tests.</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("CLINICCMS_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(TestPaths.RepositoryRoot, "tests", "ClinicCms.Browser.Tests", "TestResults", "screenshots")).FullName;

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
