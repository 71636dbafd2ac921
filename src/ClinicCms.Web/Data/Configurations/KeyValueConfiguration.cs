using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicCms.Web.Data.Configurations;

internal sealed class KeyValueConfiguration : IEntityTypeConfiguration<KeyValue>
{
    public void Configure(EntityTypeBuilder<KeyValue> entry)
    {
        entry.ToTable("cmsKeyValue");
        entry.HasKey(e => e.Key);
        entry.Property(e => e.Key).HasMaxLength(255);
    }
}
