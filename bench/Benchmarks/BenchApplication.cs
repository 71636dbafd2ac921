using ClinicCms.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClinicCms.Benchmarks;

/// <summary>
/// The site in memory (TestServer) in Production mode, on its own SQLite database in a temporary folder, with the
/// generated site: a copy of <c>BENCH_DB</c> when bench/run.sh has one imported (a restart, no import), else imported
/// from the generated uSync files on first start. The output cache is off, so every request renders.
/// </summary>
public sealed class BenchApplication : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cliniccms-benchmarks-").FullName;
    private readonly string _generated;

    public BenchApplication(string generated)
    {
        _generated = generated;

        // The factory looks for the web project beside a solution above the benchmark's own folder, which a build
        // into bench/run.sh's temporary folder does not have: name it (the repository holding the uSync folder).
        var repository = Directory.GetParent(ClinicCms.Bench.SiteGenerator.ProjectFolders.USync())!.Parent!.FullName;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CLINICCMS_WEB", Path.Combine(repository, "src", "ClinicCms.Web"));
        if (Environment.GetEnvironmentVariable("BENCH_DB") is { Length: > 0 } imported && File.Exists(imported))
        {
            File.Copy(imported, Path.Combine(_folder, "site.db"));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting($"ConnectionStrings:{DatabaseSettings.ConnectionStringName}",
            $"Data Source={Path.Combine(_folder, "site.db")};Cache=Shared;Foreign Keys=True;Pooling=True");
        builder.UseSetting(DatabaseSettings.ProviderNameKey, "Microsoft.Data.Sqlite");
        builder.UseSetting("uSync:Folder", Path.Combine(_generated, "uSync"));
        builder.UseSetting("ClinicCms:Site:OutputCache", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
