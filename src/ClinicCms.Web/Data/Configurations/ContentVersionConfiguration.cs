using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicCms.Web.Data.Configurations;

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> version)
    {
        version.ToTable("cmsContentVersion");
        version.HasIndex(v => new { v.NodeId, v.Number }).IsUnique();
        version.Property(v => v.Name).HasMaxLength(255);
        version.Property(v => v.UrlSegment).HasMaxLength(255);
        version.Property(v => v.UserName).HasMaxLength(255);

        // Reading a row sets the fields, not the properties, so loading a version keeps its stored segment and packed values.
        version.Property(v => v.Name).HasField("_name").UsePropertyAccessMode(PropertyAccessMode.PreferField);
        version.Property(v => v.Values).HasField("_values").UsePropertyAccessMode(PropertyAccessMode.PreferField);
    }
}
