using ClinicCms.Core.Content;
using ClinicCms.Core.Published;
using ClinicCms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.Published;

/// <summary>
/// Reads the published version of nodes (documents with a published version, media always) for the snapshot: the tree
/// columns and the packed values only, so start-up parses no JSON. Each node keeps its short values; its long texts
/// are left in the database for <paramref name="store"/> to read when a page needs them.
/// </summary>
internal static class PublishedDataLoader
{
    public static async Task<List<PublishedNodeData>> LoadAsync(CmsDbContext db, IReadOnlyCollection<Guid>? keys, IPublishedValuesStore store, CancellationToken cancellationToken)
    {
        var nodes = db.Nodes.AsNoTracking().Where(n => !n.Trashed && n.PublishedVersionId != null);
        if (keys is not null)
        {
            nodes = nodes.Where(n => keys.Contains(n.Key));
        }

        var rows = nodes
            .Join(db.Versions, n => n.PublishedVersionId, v => v.Id, (n, v) => new
            {
                n.Id, n.Key, n.Kind, n.ParentKey, n.Level, n.SortOrder, n.ContentTypeAlias, n.CreateDate,
                VersionId = v.Id, v.Date, v.Name, v.UrlSegment, v.TemplateKey, v.PackedValues,
                Values = v.PackedValues == null ? v.Values : null, // only for rows written without the packed form
            })
            .AsAsyncEnumerable();

        // Row by row, so a large site's long texts are garbage as soon as they are read, never all in memory at once.
        var data = new List<PublishedNodeData>();
        await foreach (var r in rows.WithCancellation(cancellationToken))
        {
            data.Add(new PublishedNodeData
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
                VersionId = r.VersionId,
                PackedValues = PackedPropertyValues.WithoutLongTexts(PublishedValuesStore.Packed(r.PackedValues, r.Values)),
                Store = store,
            });
        }

        return data;
    }
}
