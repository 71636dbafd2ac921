using ClinicCms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ClinicCms.Web.Tests.Data;

/// <summary>
/// The site runs on EF Core compiled models (<c>src/ClinicCms.Web/Data/CompiledModels</c>, so a cold start does not
/// build the model) and skips Migrate's model check when no migration is pending. A compiled model that fell behind the
/// entity configuration would silently stop saving a new column, so both providers are checked here: the compiled
/// model and the migrations must match what the configuration builds (the databases are never opened).
/// </summary>
public sealed class CompiledModelTests
{
    public static TheoryData<string> Providers => ["Sqlite", "Npgsql"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_site_runs_on_a_compiled_model_that_matches_the_entity_configuration(string provider)
    {
        using var db = Create(provider);
        Assert.IsType<RuntimeModel>(db.Model, exactMatch: false);

        // The migrations differ cannot read a compiled model, so both are compared as text: every table, column (store
        // type, nullability, length, conversion), key, index and foreign key.
        var configured = db.GetService<IDesignTimeModel>().Model;
        Assert.True(Describe(configured).SequenceEqual(Describe(db.Model)),
            $"The compiled model of {provider} is out of date: from src/ClinicCms.Web run " +
            $"dotnet ef dbcontext optimize --context {provider}CmsDbContext --output-dir Data/CompiledModels/{provider} " +
            $"--namespace ClinicCms.Web.Data.CompiledModels.{provider}");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_migrations_match_the_entity_configuration(string provider)
    {
        using var db = Create(provider);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} migrations do not match the model: regenerate the Initial migration (README, database model).");
    }

    private static IEnumerable<string> Describe(IModel model) =>
        from entity in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal)
        from line in new[] { $"{entity.Name} -> {entity.GetTableName()}" }
            .Concat(entity.GetProperties().Select(p =>
                $"  {p.Name}: {p.ClrType.Name} {p.GetColumnName()} {p.GetRelationalTypeMapping().StoreType} null={p.IsNullable} " +
                $"max={p.GetMaxLength()} generated={p.ValueGenerated} converter={p.GetTypeMapping().Converter?.GetType().Name}"))
            .Concat(entity.GetKeys().Select(k => $"  key {string.Join(",", k.Properties.Select(p => p.Name))} primary={k.IsPrimaryKey()}"))
            .Concat(entity.GetIndexes().Select(i => $"  index {i.GetDatabaseName()} {string.Join(",", i.Properties.Select(p => p.Name))} unique={i.IsUnique}"))
            .Concat(entity.GetForeignKeys().Select(f =>
                $"  fk {string.Join(",", f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} {f.DeleteBehavior} required={f.IsRequired}"))
            .OrderBy(l => l, StringComparer.Ordinal)
        select line;

    private static CmsDbContext Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteCmsDbContext(new DbContextOptionsBuilder<SqliteCmsDbContext>().UseSqlite("Data Source=:memory:").Options),
        _ => new NpgsqlCmsDbContext(new DbContextOptionsBuilder<NpgsqlCmsDbContext>().UseNpgsql("Host=localhost;Database=unused").Options),
    };
}
