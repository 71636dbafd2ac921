using System.Text.Json.Nodes;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;
using static Umbraco.Cms.Core.Constants.PropertyEditors;

namespace ClinicCms.Core.Media;

/// <summary>A crop configured on an Image Cropper data type, e.g. <c>hero</c> 1600×900.</summary>
public sealed record ImageCropDefinition(string Alias, string Label, int Width, int Height)
{
    /// <summary>The crops of the Image Cropper that a media type's <c>umbracoFile</c> uses (none for other editors).</summary>
    public static IReadOnlyList<ImageCropDefinition> For(SchemaRegistry schema, string mediaTypeAlias)
    {
        var property = schema.ComposeMediaType(mediaTypeAlias)?.Properties
            .FirstOrDefault(p => p.Alias.Equals(MediaConventions.FileProperty, StringComparison.OrdinalIgnoreCase));
        return property is null || property.EditorAlias != Aliases.ImageCropper ? [] : Parse(property.DataType.ParseConfig());
    }

    public static IReadOnlyList<ImageCropDefinition> Parse(JsonObject config) =>
        [.. (config.Get("crops") as JsonArray ?? []).OfType<JsonObject>()
            .Select(c => (Alias: c.GetString("alias"), Label: c.GetString("label"), Width: c.GetInt("width") ?? 0, Height: c.GetInt("height") ?? 0))
            .Where(c => c.Alias is { Length: > 0 } && c.Width > 0 && c.Height > 0)
            .Select(c => new ImageCropDefinition(c.Alias!, c.Label ?? c.Alias!, c.Width, c.Height))];
}
