using System.Collections.Frozen;
using ClinicCms.Core.Schema;

namespace ClinicCms.Core.Published.Converters;

/// <summary>The converter for each editor alias; editors without one give their raw text.</summary>
public sealed class PropertyValueConverters
{
    private static readonly TextConverter Fallback = new();
    private readonly FrozenDictionary<string, IPropertyValueConverter> _byAlias;

    public PropertyValueConverters(IEnumerable<IPropertyValueConverter> converters) =>
        _byAlias = converters.SelectMany(c => c.EditorAliases.Select(a => (Alias: a, Converter: c)))
            .ToFrozenDictionary(x => x.Alias, x => x.Converter, StringComparer.OrdinalIgnoreCase);

    public static PropertyValueConverters Default { get; } = new(
    [
        new TextConverter(), new RichTextConverter(), new BlockListConverter(), new ContentPickerConverter(),
        new MultiNodeTreePickerConverter(), new MediaPickerConverter(), new DateTimeConverter(), new TrueFalseConverter(),
        new IntegerConverter(), new DecimalConverter(), new TagsConverter(), new MultiUrlPickerConverter(), new ImageCropperConverter(),
    ]);

    public IPropertyValueConverter For(string editorAlias) => _byAlias.GetValueOrDefault(editorAlias) ?? Fallback;

    public object? Convert(ComposedProperty property, string? text, PublishedSnapshot snapshot) =>
        string.IsNullOrEmpty(text) ? EmptyValue(property) : For(property.EditorAlias).Convert(property, text, snapshot);

    // Lists and flags have a natural empty value; templates should not have to null-check them.
    private object? EmptyValue(ComposedProperty property) => For(property.EditorAlias).ValueType(property) switch
    {
        var t when t == typeof(bool) => false,
        var t when t == typeof(BlockListModel) => BlockListModel.Empty,
        var t when t == typeof(IReadOnlyList<string>) => Array.Empty<string>(),
        var t when t == typeof(IReadOnlyList<IPublishedContent>) => Array.Empty<IPublishedContent>(),
        var t when t == typeof(IReadOnlyList<MediaWithCrops>) => Array.Empty<MediaWithCrops>(),
        var t when t == typeof(IReadOnlyList<Link>) => Array.Empty<Link>(),
        _ => null,
    };
}
