using System.Globalization;
using ClinicCms.Core.PropertyEditors;
using ClinicCms.Web.Features.Media;
using ClinicCms.Web.Features.Media.Rendering;
using ClinicCms.Web.Features.Media.Uploads;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>
/// The picture the media workspace shows an image with (at most 800 pixels wide, one of the sizes the site makes; the
/// whole picture, so its URL depends on the file only), and
/// where each crop falls on it around a focal point: the same window the image processor cuts, expressed as CSS
/// <c>object-position</c>, so the crop previews need no image requests of their own and follow the focal point live.
/// </summary>
public sealed record MediaPreview(string Url, int Width, int Height)
{
    private const int PreviewWidth = 800;

    public static MediaPreview? For(MediaItem item, IReadOnlyCollection<int> allowedSizes)
    {
        if (item.Url is null || item.Trashed || item.Width is not > 0 || item.Height is not > 0)
        {
            return null;
        }

        var type = MediaFileType.ForExtension(item.Extension ?? string.Empty);
        if (type == MediaFileType.Svg)
        {
            return new MediaPreview(item.Url, item.Width.Value, item.Height.Value);
        }

        if (type?.IsRasterImage != true)
        {
            return null;
        }

        var width = allowedSizes.Where(s => s <= Math.Min(PreviewWidth, item.Width.Value)).DefaultIfEmpty(0).Max();
        return width == 0
            ? new MediaPreview(item.Url, item.Width.Value, item.Height.Value)
            : new MediaPreview(MediaUrls.Width(item.Url, width, MediaUrls.Version(item.Url)), width, (int)Math.Round(width * (double)item.Height.Value / item.Width.Value));
    }

    /// <summary>The CSS <c>object-position</c> that shows the crop the processor makes of a picture around a focal point.</summary>
    public static string CropPosition(int imageWidth, int imageHeight, int cropWidth, int cropHeight, FocalPoint? focalPoint)
    {
        var focal = focalPoint ?? new FocalPoint(0.5m, 0.5m);
        var ratio = cropWidth / (double)cropHeight;
        var cutWidth = Math.Min(imageWidth, imageHeight * ratio);
        var cutHeight = Math.Min(imageHeight, imageWidth / ratio);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Fraction((double)focal.Left, imageWidth, cutWidth) * 100:0.##}% {Fraction((double)focal.Top, imageHeight, cutHeight) * 100:0.##}%");
    }

    private static double Fraction(double focal, double size, double cut) =>
        size - cut < 0.5 ? 0.5 : Math.Clamp(focal * size - cut / 2, 0, size - cut) / (size - cut);
}
