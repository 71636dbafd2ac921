using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Core.Published.Converters;

/// <summary>A Content Picker: the picked node if it is published.</summary>
public sealed class ContentPickerConverter : IPropertyValueConverter
{
    public IReadOnlyCollection<string> EditorAliases { get; } = [Aliases.ContentPicker];

    public Type ValueType(ComposedProperty property) => typeof(IPublishedContent);

    public object? Convert(ComposedProperty property, string text, PublishedSnapshot snapshot) =>
        UdiValue.ParseList(text).Select(u => snapshot.Content(u.Guid)).FirstOrDefault(c => c is not null);
}
