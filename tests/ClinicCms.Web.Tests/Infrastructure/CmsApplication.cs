using ClinicCms.Tests;
using ClinicCms.Web.Data;
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{DatabaseSettings.ConnectionStringName}", _database.ConnectionString);
        builder.UseSetting(DatabaseSettings.ProviderNameKey, _database.ProviderName);
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
        GC.SuppressFinalize(this);
    }
}
