using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClinicCms.Web.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers <see cref="CmsDbContext"/> on the configured provider (SQLite unless told otherwise), with every
    /// <see cref="IInterceptor"/> a feature registers (e.g. uSync's ExportOnSave).
    /// </summary>
    public static WebApplicationBuilder AddCmsDatabase(this WebApplicationBuilder builder)
    {
        var settings = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(settings);

        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.Services.AddDbContextPool<CmsDbContext, SqliteCmsDbContext>((services, o) => o
                    .UseSqlite(settings.ConnectionString, sqlite => sqlite.CommandTimeout(60))
                    .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                    .AddInterceptors(services.GetServices<IInterceptor>()));
                break;
            case DatabaseProvider.Npgsql:
                builder.Services.AddDbContextPool<CmsDbContext, NpgsqlCmsDbContext>((services, o) => o
                    .UseNpgsql(settings.ConnectionString)
                    .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                    .AddInterceptors(services.GetServices<IInterceptor>()));
                break;
        }

        return builder;
    }

    /// <summary>Brings the database schema up to date; on SQLite also switches to write-ahead logging for concurrent readers.</summary>
    public static async Task MigrateCmsDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();

        // Migrate first checks the model against the migrations, which builds the whole model from OnModelCreating: the
        // site runs on the compiled model (Data/CompiledModels), so a restart with nothing to apply skips that work.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    internal static bool IsUniqueViolation(this DbUpdateException e) => e.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        Npgsql.PostgresException pg => pg.SqlState == "23505",
        _ => false,
    };
}
