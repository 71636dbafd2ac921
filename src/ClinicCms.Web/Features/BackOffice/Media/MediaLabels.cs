using System.Globalization;
using ClinicCms.Core.Media;
using ClinicCms.Web.Features.Media;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>How the Media section words an item's type, size, dimensions and alternative text.</summary>
public static class MediaLabels
{
    public static string Type(MediaItem item) => item switch
    {
        { IsFolder: true } => "Folder",
        { Extension: { Length: > 0 } extension } => $"{item.MediaTypeAlias} ({extension.ToUpperInvariant()})",
        _ => item.MediaTypeAlias,
    };

    public static string Icon(MediaItem item) => item.IsFolder ? "icon-folder"
        : item.MediaTypeAlias.Equals(MediaConventions.Image, StringComparison.OrdinalIgnoreCase) ? "icon-picture"
        : "icon-document";

    public static string Size(long? bytes) => bytes switch
    {
        null => "",
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };

    public static string Dimensions(MediaItem item) => item.Width is { } w && item.Height is { } h ? $"{w} × {h} px" : "";

    public static string AltText(MediaItem item) => item switch
    {
        { IsDecorative: true } => "Decorative",
        { AltText: { } alt } => alt,
        _ => "",
    };
}
