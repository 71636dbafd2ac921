using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Core.Published.Converters;

/// <summary>Multi URL Picker: links resolved to current URLs; links to unpublished nodes are left out.</summary>
public sealed class MultiUrlPickerConverter : IPropertyValueConverter
{
    public IReadOnlyCollection<string> EditorAliases { get; } = [Aliases.MultiUrlPicker];

    public static bool IsSingle(ComposedProperty property) => property.DataType.ParseConfig().GetInt("maxNumber") == 1;

    public Type ValueType(ComposedProperty property) => IsSingle(property) ? typeof(Link) : typeof(IReadOnlyList<Link>);

    public object? Convert(ComposedProperty property, string text, PublishedSnapshot snapshot)
    {
        var links = new List<Link>();
        foreach (var item in MultiUrlPickerValue.Parse(text))
        {
            if (item.Udi is { } udi)
            {
                var isMedia = udi.EntityType == Umbraco.Cms.Core.Constants.UdiEntityType.Media;
                if ((isMedia ? snapshot.Media(udi.Guid) : snapshot.Content(udi.Guid)) is { } target)
                {
                    links.Add(new Link(item.Name ?? target.Name, target.Url + item.QueryString, item.Target, isMedia ? LinkType.Media : LinkType.Content, target));
                }
            }
            else if (!string.IsNullOrWhiteSpace(item.Url))
            {
                links.Add(new Link(item.Name ?? item.Url, item.Url + item.QueryString, item.Target, LinkType.External, null));
            }
        }

        return IsSingle(property) ? links.FirstOrDefault() : links;
    }
}
