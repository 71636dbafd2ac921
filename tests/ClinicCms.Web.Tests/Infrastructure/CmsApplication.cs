using ClinicCms.Tests;
using ClinicCms.Web.Data;
using ClinicCms.Web.Infrastructure.Threading;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicCms.Web.Tests.Infrastructure;

/// <summary>
/// The whole site in memory on its own database, with the repository's uSync folder imported at start, as
/// <c>dotnet run</c> does on a fresh clone. Settings can be overridden per test class.
/// </summary>
public class CmsApplication : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TestDatabase _database;

    // The search index's folder (ClinicCms:Search:IndexFolder), removed with the site.
    private readonly string _searchIndex = Directory.CreateTempSubdirectory("cliniccms-search-").FullName;

    public CmsApplication()
        : this(TestDatabase.Create())
    {
    }

    protected CmsApplication(TestDatabase database) => _database = database;

    public TestDatabase Database => _database;

    /// <summary>Extra configuration, e.g. another uSync folder; applied before the site starts.</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["uSync:Folder"] = Path.Combine(TestPaths.RepositoryRoot, "uSync"),
    };

    /// <summary>Where this site keeps its search index (a folder of its own, removed on dispose).</summary>
    public string SearchIndexFolder => _searchIndex;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{DatabaseSettings.ConnectionStringName}", _database.ConnectionString);
        builder.UseSetting(DatabaseSettings.ProviderNameKey, _database.ProviderName);
        builder.UseSetting(Web.Features.Search.SearchIndexFolder.Setting, _searchIndex);
        // The test server has no sockets; inline I/O would only change how this test process's own PostgreSQL
        // connections complete (ApplicationThreadsTests cover it, the browser tests run on Kestrel with it on).
        builder.UseSetting(InlineIoExtensions.Setting, "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Runs code with scoped services (a DbContext, the content service) as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> action) =>
        InScopeAsync(async services => { await action(services); return true; });

    ValueTask IAsyncLifetime.InitializeAsync()
    {
        _ = Server; // start the site: migrations and the uSync import run now
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_searchIndex, recursive: true);
        GC.SuppressFinalize(this);
    }
}
