using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Core.Published.Converters;

/// <summary>A Multinode Treepicker: the published picked nodes, or the single node when the picker takes one.</summary>
public sealed class MultiNodeTreePickerConverter : IPropertyValueConverter
{
    public IReadOnlyCollection<string> EditorAliases { get; } = [Aliases.MultiNodeTreePicker];

    public static bool IsSingle(ComposedProperty property) => property.DataType.ParseConfig().GetInt("maxNumber") == 1;

    public Type ValueType(ComposedProperty property) =>
        IsSingle(property) ? typeof(IPublishedContent) : typeof(IReadOnlyList<IPublishedContent>);

    public object? Convert(ComposedProperty property, string text, PublishedSnapshot snapshot)
    {
        IReadOnlyList<IPublishedContent> picked = [.. UdiValue.ParseList(text)
            .Select(u => snapshot.Content(u.Guid) ?? snapshot.Media(u.Guid))
            .OfType<IPublishedContent>()];
        return IsSingle(property) ? picked.FirstOrDefault() : picked;
    }
}
