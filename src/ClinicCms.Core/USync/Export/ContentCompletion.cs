using ClinicCms.Core.Content;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.USync.Export;

/// <summary>
/// Turns a stored node into what uSync writes for it: level, path and parent name from the tree, the template's
/// current alias, and every property of its type, empty ones included (one per culture for variant properties).
/// Media leave out the four properties Umbraco computes from the file, as uSync does.
/// </summary>
public static class ContentCompletion
{
    private static readonly HashSet<string> ComputedMediaProperties =
        new(["umbracoWidth", "umbracoHeight", "umbracoBytes", "umbracoExtension"], StringComparer.OrdinalIgnoreCase);

    public static ContentItem Complete(ContentItem node, ContentTree tree, SchemaRegistry schema)
    {
        var template = node.Template is { } t ? schema.Template(t.Key) is { } found ? t with { Alias = found.Alias } : t : null;
        return node with
        {
            Level = tree.Level(node),
            Path = tree.Path(node),
            ParentName = tree.ParentName(node),
            SortOrder = node.SortOrder ?? 0,
            Template = template,
            Properties = Properties(node, schema),
        };
    }

    private static PropertyValues Properties(ContentItem node, SchemaRegistry schema)
    {
        var type = node.Kind == ContentItemKind.Media ? schema.MediaType(node.ContentTypeAlias) : schema.DocumentType(node.ContentTypeAlias);
        if (type is null)
        {
            return node.Properties;
        }

        var cultures = node.CultureNames.Select(n => n.Culture).ToList();
        var properties = new List<KeyValuePair<string, IEnumerable<PropertyValue>>>();
        foreach (var property in schema.Compose(type).Properties)
        {
            if (node.Kind == ContentItemKind.Media && ComputedMediaProperties.Contains(property.Alias))
            {
                continue;
            }

            var values = node.Properties[property.Alias].ToList();
            var variesByCulture = property.Type.Variations is ContentVariation.Culture or ContentVariation.CultureAndSegment;
            if (variesByCulture)
            {
                values.AddRange(cultures
                    .Where(c => !values.Any(v => string.Equals(v.Culture, c, StringComparison.OrdinalIgnoreCase)))
                    .Select(c => new PropertyValue(c, null, string.Empty)));
            }
            else if (values.Count == 0)
            {
                values.Add(PropertyValue.Invariant(string.Empty));
            }

            properties.Add(new(property.Alias, values));
        }

        return PropertyValues.From(properties);
    }
}
