using ClinicCms.Core.Published;

namespace ClinicCms.Web.Features.Site.Pages;

/// <summary>
/// An image slot as a template prints it: the picked image, the crop and the width it shows at. The one partial
/// that prints it (<c>Views/Partials/image.cshtml</c>) hands it to the media library's responsive image helper,
/// which writes <c>srcset</c>, width, height and the image's alt text. <see cref="Src"/> is for sharing tags.
/// </summary>
public sealed record ImageModel(MediaWithCrops Media, string Class, string? Crop, string Sizes, bool AboveTheFold = false, int? MaxWidth = null)
{
    public string Src => Media.Url;
}
