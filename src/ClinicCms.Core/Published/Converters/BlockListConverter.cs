using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Core.Published.Converters;

/// <summary>A Block List: each block's content and settings as element models, in layout order.</summary>
public sealed class BlockListConverter : IPropertyValueConverter
{
    public IReadOnlyCollection<string> EditorAliases { get; } = [Aliases.BlockList];

    public Type ValueType(ComposedProperty property) => typeof(BlockListModel);

    public object? Convert(ComposedProperty property, string text, PublishedSnapshot snapshot)
    {
        var items = new List<BlockListItem>();
        foreach (var (content, settings) in BlockListValue.Parse(text).Items())
        {
            if (Element(content, snapshot) is { } element)
            {
                items.Add(new BlockListItem(content.Key, element, settings is null ? null : Element(settings, snapshot)));
            }
        }

        return new BlockListModel(items);
    }

    private static IPublishedElement? Element(BlockItemData data, PublishedSnapshot snapshot) =>
        snapshot.Schema.ContentType(data.ContentTypeKey) is { } type
            ? snapshot.ModelFactory.CreateModel(new PublishedElement(data.Key, snapshot.Schema.Compose(type), data.Values, snapshot))
            : null;
}
