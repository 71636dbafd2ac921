using ClinicCms.Core.Content;
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

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        CompleteVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        CompleteVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // Every version row carries what the published snapshot loads (URL segment, packed values), whoever wrote it.
    private void CompleteVersions()
    {
        foreach (var entry in ChangeTracker.Entries<ContentVersion>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            entry.Entity.CompleteForSnapshot();
        }
    }
}

public sealed class SqliteCmsDbContext(DbContextOptions<SqliteCmsDbContext> options) : CmsDbContext(options);

public sealed class NpgsqlCmsDbContext(DbContextOptions<NpgsqlCmsDbContext> options) : CmsDbContext(options);
