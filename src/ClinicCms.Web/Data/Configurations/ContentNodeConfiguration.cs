using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicCms.Web.Data.Configurations;

internal sealed class ContentNodeConfiguration : IEntityTypeConfiguration<ContentNode>
{
    public void Configure(EntityTypeBuilder<ContentNode> node)
    {
        node.ToTable("cmsNode");
        node.HasIndex(n => n.Key).IsUnique();
        node.HasIndex(n => new { n.Kind, n.ParentKey, n.SortOrder });
        node.HasIndex(n => n.Path);
        node.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        node.Property(n => n.Path).HasMaxLength(900);
        node.Property(n => n.ContentTypeAlias).HasMaxLength(255);
        node.Property(n => n.Name).HasMaxLength(255);
        node.Property(n => n.CreatorName).HasMaxLength(255);
        node.Property(n => n.WriterName).HasMaxLength(255);
        node.Property(n => n.ImportedFingerprint).HasMaxLength(64);
        node.Property(n => n.VersionNumber).IsConcurrencyToken();
        node.HasMany(n => n.Versions).WithOne(v => v.Node).HasForeignKey(v => v.NodeId).OnDelete(DeleteBehavior.Cascade);
    }
}
