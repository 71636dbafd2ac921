using ClinicCms.Core.Content;
using ClinicCms.Core.Media;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Schema;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.Media;

/// <summary>
/// "Used by": the content that points at media items, in its latest draft or its published version, including
/// pickers inside blocks and images in rich text. Read from the database when asked (not kept in a relation table):
/// the database narrows the candidates to versions that mention media at all, then each is read with the schema.
/// </summary>
public sealed class MediaUsageService(CmsDbContext db, SchemaService schema)
{
    public async Task<IReadOnlyList<MediaUsage>> FindAsync(IReadOnlyCollection<Guid> mediaKeys, CancellationToken cancellationToken = default)
    {
        if (mediaKeys.Count == 0)
        {
            return [];
        }

        var candidates = await (
            from node in db.Nodes
            where node.Kind == ContentItemKind.Content
            join version in db.Versions on node.Id equals version.NodeId
            where version.Id == node.DraftVersionId || version.Id == node.PublishedVersionId
            where EF.Functions.Like(version.Values, "%mediaKey%") || EF.Functions.Like(version.Values, "%umb://media/%")
            select new
            {
                node.Key, node.Name, node.ContentTypeAlias, node.Trashed, node.DraftVersionId, node.PublishedVersionId,
                VersionId = version.Id, version.Values,
            }).ToListAsync(cancellationToken);

        var registry = schema.Current;
        var wanted = mediaKeys.ToHashSet();
        var usages = new List<MediaUsage>();
        foreach (var node in candidates.GroupBy(c => c.Key))
        {
            var first = node.First();
            if (registry.ComposeDocumentType(first.ContentTypeAlias) is not { } type)
            {
                continue;
            }

            var found = node.SelectMany(v => MediaReferenceFinder.Find(registry, type, PropertyValuesJson.Deserialize(v.Values))
                    .Where(r => wanted.Contains(r.MediaKey))
                    .Select(r => (Reference: r, Draft: v.VersionId == first.DraftVersionId, Published: v.VersionId == first.PublishedVersionId)))
                .ToList();
            foreach (var media in found.GroupBy(f => f.Reference.MediaKey))
            {
                usages.Add(new MediaUsage(
                    first.Key, first.Name, first.ContentTypeAlias, media.Key,
                    InDraft: media.Any(m => m.Draft), InPublished: media.Any(m => m.Published), first.Trashed,
                    [.. media.Select(m => m.Reference.Path).Distinct().Order(StringComparer.Ordinal)]));
            }
        }

        return [.. usages.OrderBy(u => u.ContentName, StringComparer.OrdinalIgnoreCase)];
    }
}
