using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicCms.Web.Data.Configurations;

internal sealed class SchemaItemConfiguration : IEntityTypeConfiguration<SchemaItem>
{
    public void Configure(EntityTypeBuilder<SchemaItem> item)
    {
        item.ToTable("cmsSchemaItem");
        item.HasKey(i => new { i.ItemType, i.Key });
        item.Property(i => i.ItemType).HasConversion<string>().HasMaxLength(32);
        item.Property(i => i.Alias).HasMaxLength(255);
    }
}
