using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Core.Published.Converters;

/// <summary>Media Picker 3: the picked media items that still exist, or the single one when the picker takes one.</summary>
public sealed class MediaPickerConverter : IPropertyValueConverter
{
    public IReadOnlyCollection<string> EditorAliases { get; } = [Aliases.MediaPicker3];

    public static bool IsSingle(ComposedProperty property) => property.DataType.ParseConfig().GetBool("multiple") is not true;

    public Type ValueType(ComposedProperty property) =>
        IsSingle(property) ? typeof(MediaWithCrops) : typeof(IReadOnlyList<MediaWithCrops>);

    public object? Convert(ComposedProperty property, string text, PublishedSnapshot snapshot)
    {
        IReadOnlyList<MediaWithCrops> picked = [.. MediaPickerValue.Parse(text)
            .Select(i => snapshot.Media(i.MediaKey) is { } media ? new MediaWithCrops(media, i.FocalPoint) : null)
            .OfType<MediaWithCrops>()];
        return IsSingle(property) ? picked.FirstOrDefault() : picked;
    }
}
