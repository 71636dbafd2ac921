using ClinicCms.Core.Content;
using ClinicCms.Core.Published;
using ClinicCms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.BackOffice.Preview;

/// <summary>
/// Builds the snapshot a preview renders from: the live one with the node's latest draft, and the drafts of any
/// unpublished ancestors (so a never-published page still has a place and a URL in the tree).
/// </summary>
public sealed class PreviewSnapshotBuilder(CmsDbContext db)
{
    public async Task<PublishedSnapshot?> BuildAsync(Guid key, PublishedSnapshot live, CancellationToken cancellationToken)
    {
        var path = await db.Nodes.Where(n => n.Key == key && n.Kind == ContentItemKind.Content && !n.Trashed).Select(n => n.Path).SingleOrDefaultAsync(cancellationToken);
        if (path is null)
        {
            return null;
        }

        var ids = path.Split(',').Select(int.Parse).Where(id => id > 0).ToList();
        var rows = await db.Nodes.Where(n => ids.Contains(n.Id) && (n.Key == key || n.PublishedVersionId == null))
            .Join(db.Versions, n => new { NodeId = n.Id, Number = n.VersionNumber }, v => new { v.NodeId, v.Number }, (n, v) => new
            {
                n.Id, n.Key, n.Kind, n.ParentKey, n.Level, n.SortOrder, n.ContentTypeAlias, n.CreateDate,
                v.Date, v.Name, v.TemplateKey, v.Values,
            })
            .ToListAsync(cancellationToken);

        var drafts = rows.Select(r => new PublishedNodeData
        {
            Id = r.Id,
            Key = r.Key,
            Kind = r.Kind,
            ParentKey = r.ParentKey,
            Level = r.Level,
            SortOrder = r.SortOrder,
            ContentTypeAlias = r.ContentTypeAlias,
            Name = r.Name,
            UrlSegment = UrlSegments.ForName(r.Name),
            CreateDate = r.CreateDate,
            UpdateDate = r.Date,
            TemplateKey = r.TemplateKey,
            Values = PropertyValuesJson.Deserialize(r.Values),
        });
        return live.With(drafts, [], -live.Version);
    }
}
