using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Data;

/// <summary>
/// The site's database. Provider-specific subclasses (<see cref="SqliteCmsDbContext"/>, <see cref="NpgsqlCmsDbContext"/>)
/// carry their own migrations; everything else uses this type.
/// </summary>
public abstract class CmsDbContext(DbContextOptions options)
    : IdentityDbContext<BackOfficeUser, BackOfficeGroup, int>(options)
{
    public DbSet<ContentNode> Nodes => Set<ContentNode>();
    public DbSet<ContentVersion> Versions => Set<ContentVersion>();
    public DbSet<SchemaItem> SchemaItems => Set<SchemaItem>();
    public DbSet<KeyValue> KeyValues => Set<KeyValue>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<CacheInstruction> CacheInstructions => Set<CacheInstruction>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configuration.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CmsDbContext).Assembly);
    }
}

public sealed class SqliteCmsDbContext(DbContextOptions<SqliteCmsDbContext> options) : CmsDbContext(options);

public sealed class NpgsqlCmsDbContext(DbContextOptions<NpgsqlCmsDbContext> options) : CmsDbContext(options);
