using ClinicCms.Core.Content;
using ClinicCms.Core.Published;
using ClinicCms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.Published;

/// <summary>
/// Reads the published version of nodes (documents with a published version, media always) for the snapshot: the tree
/// columns and the packed values only, so start-up parses no JSON.
/// </summary>
internal static class PublishedDataLoader
{
    public static async Task<List<PublishedNodeData>> LoadAsync(CmsDbContext db, IReadOnlyCollection<Guid>? keys, CancellationToken cancellationToken)
    {
        var nodes = db.Nodes.AsNoTracking().Where(n => !n.Trashed && n.PublishedVersionId != null);
        if (keys is not null)
        {
            nodes = nodes.Where(n => keys.Contains(n.Key));
        }

        var rows = await nodes
            .Join(db.Versions, n => n.PublishedVersionId, v => v.Id, (n, v) => new
            {
                n.Id, n.Key, n.Kind, n.ParentKey, n.Level, n.SortOrder, n.ContentTypeAlias, n.CreateDate,
                v.Date, v.Name, v.UrlSegment, v.TemplateKey, v.PackedValues,
                Values = v.PackedValues == null ? v.Values : null, // only for rows written without the packed form
            })
            .ToListAsync(cancellationToken);

        return [.. rows.Select(r => new PublishedNodeData
        {
            Id = r.Id,
            Key = r.Key,
            Kind = r.Kind,
            ParentKey = r.ParentKey,
            Level = r.Level,
            SortOrder = r.SortOrder,
            ContentTypeAlias = r.ContentTypeAlias,
            Name = r.Name,
            UrlSegment = r.UrlSegment ?? UrlSegments.ForName(r.Name),
            CreateDate = r.CreateDate,
            UpdateDate = r.Date,
            TemplateKey = r.TemplateKey,
            PackedValues = r.PackedValues ?? PackedPropertyValues.Pack(r.Values ?? string.Empty),
        })];
    }
}
