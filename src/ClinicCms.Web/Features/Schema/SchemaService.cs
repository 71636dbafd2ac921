using ClinicCms.Core.Schema;
using ClinicCms.Core.USync;
using ClinicCms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicCms.Web.Features.Schema;

/// <summary>Holds the site's current schema, built from the database once and rebuilt after a schema import.</summary>
public sealed class SchemaService
{
    private volatile SchemaRegistry _current = SchemaRegistry.Empty;

    public SchemaRegistry Current => _current;

    public async Task<SchemaRegistry> ReloadAsync(CmsDbContext db, CancellationToken cancellationToken = default)
    {
        var items = await db.SchemaItems.AsNoTracking().ToListAsync(cancellationToken);
        var registry = Build(items);
        _current = registry;
        return registry;
    }

    public static SchemaRegistry Build(IEnumerable<SchemaItem> items)
    {
        var list = items.ToList();
        return new SchemaRegistry(
            Of<DataTypeDefinition>(list, USyncItemType.DataType),
            Of<ContentTypeDefinition>(list, USyncItemType.ContentType, USyncItemType.MediaType, USyncItemType.MemberType),
            Of<TemplateDefinition>(list, USyncItemType.Template),
            Of<LanguageDefinition>(list, USyncItemType.Language));
    }

    private static IEnumerable<T> Of<T>(List<SchemaItem> items, params USyncItemType[] types) =>
        items.Where(i => types.Contains(i.ItemType)).Select(i => SchemaItemJson.Deserialize<T>(i.Definition));
}
