using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicCms.Web.Data.Configurations;

internal sealed class CacheInstructionConfiguration : IEntityTypeConfiguration<CacheInstruction>
{
    public void Configure(EntityTypeBuilder<CacheInstruction> entry)
    {
        entry.ToTable("cmsCacheInstruction");
        entry.Property(e => e.Originator).HasMaxLength(255);
    }
}
