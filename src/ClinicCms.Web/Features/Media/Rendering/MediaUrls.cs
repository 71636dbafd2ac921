using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClinicCms.Core.PropertyEditors;

namespace ClinicCms.Web.Features.Media.Rendering;

/// <summary>
/// URLs of processed images, in the parameters the media handler understands. Each carries <c>v=</c>, a short
/// hash of the image's file and focal point, so a browser fetches again when the focal point moves (alt text
/// changes do not change it).
/// </summary>
public static class MediaUrls
{
    public static string Version(string? umbracoFile) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(umbracoFile ?? string.Empty)))[..8];

    /// <summary>A square thumbnail around the focal point, for the back office's lists.</summary>
    public static string Thumbnail(string src, int size, string version) =>
        string.Create(CultureInfo.InvariantCulture, $"{src}?width={size}&height={size}&rmode=crop&v={version}");

    /// <summary>A crop of the Image Cropper at a width; the height follows the crop's proportions.</summary>
    public static string Crop(string src, string cropAlias, int width, FocalPoint? focalPoint, string version) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{src}?crop={Uri.EscapeDataString(cropAlias)}&width={width}{(focalPoint is null ? "" : $"&rxy={focalPoint.Left:0.##},{focalPoint.Top:0.##}")}&v={version}");

    /// <summary>The whole image at a width.</summary>
    public static string Width(string src, int width, string version) =>
        string.Create(CultureInfo.InvariantCulture, $"{src}?width={width}&v={version}");
}
