using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicCms.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("cmsAudit");
        entry.HasIndex(e => new { e.NodeKey, e.Date });
        entry.Property(e => e.Action).HasMaxLength(64);
        entry.Property(e => e.UserName).HasMaxLength(255);
    }
}
