using ClinicCms.Core.Schema;
using ClinicCms.Core.USync;
using ClinicCms.Core.USync.Plan;
using ClinicCms.Web.Data;
using ClinicCms.Web.Features.Schema;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.USync;

/// <summary>Reads the site from the database as a <see cref="USyncState"/>: two queries, no tracking.</summary>
internal static class USyncStateLoader
{
    public static async Task<USyncState> LoadAsync(CmsDbContext db, bool includeContent = true, CancellationToken cancellationToken = default)
    {
        var schemaItems = await db.SchemaItems.AsNoTracking().ToListAsync(cancellationToken);
        T[] Of<T>(params USyncItemType[] types) =>
            [.. schemaItems.Where(i => types.Contains(i.ItemType)).Select(i => SchemaItemJson.Deserialize<T>(i.Definition))];

        var state = new USyncState
        {
            Languages = Of<LanguageDefinition>(USyncItemType.Language),
            Dictionary = Of<DictionaryItemDefinition>(USyncItemType.Dictionary),
            DataTypes = Of<DataTypeDefinition>(USyncItemType.DataType),
            Templates = Of<TemplateDefinition>(USyncItemType.Template),
            ContentTypes = Of<ContentTypeDefinition>(USyncItemType.ContentType, USyncItemType.MediaType, USyncItemType.MemberType),
            Domains = Of<DomainDefinition>(USyncItemType.Domain),
            RelationTypes = Of<RelationTypeDefinition>(USyncItemType.RelationType),
        };

        if (!includeContent)
        {
            return state;
        }

        var schema = state.ToRegistry();
        var rows = await db.Nodes.AsNoTracking()
            .Join(db.Versions, n => n.DraftVersionId, v => v.Id, (n, v) => new { Node = n, v.Name, v.TemplateKey, v.Values, v.CultureNames })
            .ToListAsync(cancellationToken);

        var nodes = new List<Core.Content.ContentItem>(rows.Count);
        var edited = new HashSet<Guid>();
        foreach (var row in rows)
        {
            var item = StoredContent.ToItem(row.Node, row.Name, row.TemplateKey, row.Values, row.CultureNames, schema);
            nodes.Add(item);
            if (row.Node.ImportedFingerprint != ContentFingerprint.Of(item))
            {
                edited.Add(item.Key);
            }
        }

        return new USyncState
        {
            Languages = state.Languages,
            Dictionary = state.Dictionary,
            DataTypes = state.DataTypes,
            Templates = state.Templates,
            ContentTypes = state.ContentTypes,
            Domains = state.Domains,
            RelationTypes = state.RelationTypes,
            Nodes = nodes,
            EditedNodes = edited,
        };
    }
}
