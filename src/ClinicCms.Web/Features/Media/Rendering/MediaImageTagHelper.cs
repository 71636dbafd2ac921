using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Published;
using ClinicCms.Web.Features.Published;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Options;

namespace ClinicCms.Web.Features.Media.Rendering;

/// <summary>
/// <c>&lt;media-image media="@Model.Value&lt;MediaWithCrops&gt;("heroImage")" crop="hero" sizes="…" above-the-fold="true" /&gt;</c>
/// renders an <c>&lt;img&gt;</c> with <c>srcset</c>, <c>sizes</c>, <c>width</c>/<c>height</c>, the alt text, lazy loading
/// (eager and high priority above the fold) and asynchronous decoding. Renders nothing when there is no image.
/// Other attributes (<c>class</c>, <c>id</c>) are passed through.
/// </summary>
[HtmlTargetElement("media-image", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MediaImageTagHelper(PublishedSnapshotService snapshots, IOptions<MediaOptions> options) : TagHelper
{
    /// <summary>A picked image (<see cref="MediaWithCrops"/>) or a media item (<see cref="IPublishedContent"/>).</summary>
    public object? Media { get; set; }

    /// <summary>A crop alias of the Image Cropper (<c>hero</c>, <c>profile</c>, <c>card</c>); none keeps the picture's own shape.</summary>
    public string? Crop { get; set; }

    /// <summary>How wide the image shows, for the browser to pick from <c>srcset</c>.</summary>
    public string Sizes { get; set; } = "100vw";

    /// <summary>Set for an image seen without scrolling (a hero): loaded at once, with high priority.</summary>
    public bool AboveTheFold { get; set; }

    /// <summary>The widest image worth sending, in pixels, when it never shows large.</summary>
    public int? MaxWidth { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var (media, focalPoint) = Media switch
        {
            MediaWithCrops picked => (picked.Media, picked.LocalFocalPoint),
            IPublishedContent item => (item, (FocalPoint?)null),
            _ => (null, null),
        };
        var image = media is null ? null : ResponsiveImage.For(media, focalPoint, Crop, snapshots.Current.Schema, options.Value.AllowedSizes, MaxWidth);
        if (image is null)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "img";
        output.TagMode = TagMode.StartTagOnly;
        output.Attributes.SetAttribute("src", image.Src);
        if (image.SrcSet is not null)
        {
            output.Attributes.SetAttribute("srcset", image.SrcSet);
            output.Attributes.SetAttribute("sizes", Sizes);
        }

        if (image.Width is { } width && image.Height is { } height)
        {
            output.Attributes.SetAttribute("width", width);
            output.Attributes.SetAttribute("height", height);
        }

        output.Attributes.SetAttribute("alt", image.Alt);
        output.Attributes.SetAttribute("loading", AboveTheFold ? "eager" : "lazy");
        output.Attributes.SetAttribute("decoding", "async");
        if (AboveTheFold)
        {
            output.Attributes.SetAttribute("fetchpriority", "high");
        }
    }
}
