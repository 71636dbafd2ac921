using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Published;
using ClinicCms.Web.Features.Published;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.Media.Rendering;

/// <summary>
/// The responsive image for a picked image (<see cref="MediaWithCrops"/>, keeping its own focal point) or a media
/// item (<see cref="IPublishedContent"/>), in a crop of the current schema, over the configured widths. Templates
/// print it with <c>Views/Partials/image.cshtml</c>; null when there is nothing to show.
/// </summary>
public sealed class ResponsiveImages(PublishedSnapshotService snapshots, IOptions<MediaOptions> options)
{
    /// <param name="media">A <see cref="MediaWithCrops"/> or an <see cref="IPublishedContent"/>; anything else shows nothing.</param>
    /// <param name="crop">A crop alias of the Image Cropper (<c>hero</c>, <c>profile</c>, <c>card</c>); none keeps the picture's own shape.</param>
    /// <param name="maxWidth">The widest image worth sending, in pixels, when it never shows large.</param>
    public ResponsiveImage? For(object? media, string? crop, int? maxWidth = null)
    {
        var (item, focalPoint) = media switch
        {
            MediaWithCrops picked => (picked.Media, picked.LocalFocalPoint),
            IPublishedContent content => (content, (FocalPoint?)null),
            _ => (null, null),
        };
        return item is null ? null : ResponsiveImage.For(item, focalPoint, crop, snapshots.Current.Schema, options.Value.AllowedSizes, maxWidth);
    }
}
