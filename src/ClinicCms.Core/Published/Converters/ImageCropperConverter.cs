using System.Text.Json.Nodes;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Core.Published.Converters;

/// <summary>Image Cropper (a media item's <c>umbracoFile</c>): the file path and focal point, or a bare path.</summary>
public sealed class ImageCropperConverter : IPropertyValueConverter
{
    public IReadOnlyCollection<string> EditorAliases { get; } = [Aliases.ImageCropper];

    public Type ValueType(ComposedProperty property) => typeof(ImageCropperValue);

    public object? Convert(ComposedProperty property, string text, PublishedSnapshot snapshot) => Parse(text);

    public static ImageCropperValue? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (ValueJson.TryParse(text) is not JsonObject obj)
        {
            return new ImageCropperValue(text.Trim(), null);
        }

        var focal = obj.Get("focalPoint") as JsonObject;
        return obj.GetString("src") is { Length: > 0 } src
            ? new ImageCropperValue(src, focal is null ? null : new FocalPoint(Fraction(focal, "left"), Fraction(focal, "top")))
            : null;
    }

    private static decimal Fraction(JsonObject obj, string name) =>
        obj.Get(name) is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : 0.5m;
}
