using System.Globalization;
using ClinicCms.Core.Media;
using ClinicCms.Core.Published;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Schema;

namespace ClinicCms.Web.Features.Media.Rendering;

/// <summary>
/// What a public page needs to show an image without layout shift and without sending a phone more pixels than
/// it can use: a <c>srcset</c> over the allowed widths (never wider than the picture or its crop), a fallback
/// <c>src</c>, <c>width</c>/<c>height</c> in the crop's proportions, and the alt text (empty for decorative images).
/// Found by <see cref="ResponsiveImages"/> and printed by <c>Views/Partials/image.cshtml</c>.
/// </summary>
public sealed record ResponsiveImage(string Src, string? SrcSet, int? Width, int? Height, string Alt)
{
    private const int FallbackWidth = 800;

    /// <summary>The image for a media item (null when it is not an image with a file); <paramref name="crop"/> is a crop alias.</summary>
    public static ResponsiveImage? For(IPublishedContent media, FocalPoint? localFocalPoint, string? crop, SchemaRegistry schema, IReadOnlyCollection<int> allowedSizes, int? maxWidth = null)
    {
        if (!media.ContentType.Alias.Equals(MediaConventions.Image, StringComparison.OrdinalIgnoreCase)
            || media.Value<ImageCropperValue>(MediaConventions.FileProperty) is not { } file)
        {
            return null;
        }

        var alt = media.Value<bool>(MediaConventions.IsDecorative) ? string.Empty : media.Value<string>(MediaConventions.AltText)?.Trim() ?? media.Name;
        var (sourceWidth, sourceHeight) = (Pixels(media.Value(MediaConventions.Width)), Pixels(media.Value(MediaConventions.Height)));
        var definition = crop is null ? null : ImageCropDefinition.For(schema, media.ContentType.Alias)
            .FirstOrDefault(c => c.Alias.Equals(crop, StringComparison.OrdinalIgnoreCase));
        double? ratio = definition is not null ? definition.Height / (double)definition.Width
            : sourceWidth is > 0 && sourceHeight is > 0 ? sourceHeight.Value / (double)sourceWidth.Value : null;

        if (file.Src.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            // Vector: one file fits every width.
            return new ResponsiveImage(file.Src, null, sourceWidth, sourceWidth is { } w && ratio is { } r ? (int)Math.Round(w * r) : sourceHeight, alt);
        }

        // The widest useful width: the picture's own width, or for a crop the width it is defined at, at most
        // the width of the part of the picture it keeps.
        int? useful = (sourceWidth, sourceHeight, ratio) switch
        {
            ({ } w, { } h, { } r) when definition is not null => (int)Math.Min(definition.Width, Math.Min(w, h / r)),
            _ when definition is not null => definition.Width,
            ({ } w, _, _) => w,
            _ => null,
        };
        var widths = allowedSizes.Where(s => s <= (useful ?? int.MaxValue) && s <= (maxWidth ?? int.MaxValue)).Order().ToList();
        if (widths.Count == 0)
        {
            return new ResponsiveImage(file.Src, null, sourceWidth, sourceHeight, alt);
        }

        var version = MediaUrls.Version(Stored(media));
        string Url(int width) => definition is not null
            ? MediaUrls.Crop(file.Src, definition.Alias, width, localFocalPoint, version)
            : MediaUrls.Width(file.Src, width, version);

        var largest = widths[^1];
        var fallback = widths.LastOrDefault(w => w <= FallbackWidth, widths[0]);
        var srcSet = string.Join(", ", widths.Select(w => string.Create(CultureInfo.InvariantCulture, $"{Url(w)} {w}w")));
        return new ResponsiveImage(Url(fallback), srcSet, largest, ratio is { } k ? (int)Math.Round(largest * k) : null, alt);
    }

    // The URL version changes with the stored file value (the file and its focal point).
    private static string Stored(IPublishedContent media) =>
        media.Value<ImageCropperValue>(MediaConventions.FileProperty) is { } file
            ? file.Src + "|" + file.FocalPoint?.Left.ToString(CultureInfo.InvariantCulture) + "," + file.FocalPoint?.Top.ToString(CultureInfo.InvariantCulture)
            : string.Empty;

    private static int? Pixels(object? value) =>
        int.TryParse(value?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
