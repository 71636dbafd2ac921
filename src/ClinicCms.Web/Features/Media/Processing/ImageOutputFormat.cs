namespace ClinicCms.Web.Features.Media.Processing;

/// <summary>A format processed images are written in, with its file extension and content type.</summary>
public sealed record ImageOutputFormat(string Extension, string ContentType, SkiaSharp.SKEncodedImageFormat Encoding)
{
    public static readonly ImageOutputFormat Jpeg = new("jpg", "image/jpeg", SkiaSharp.SKEncodedImageFormat.Jpeg);
    public static readonly ImageOutputFormat Png = new("png", "image/png", SkiaSharp.SKEncodedImageFormat.Png);
    public static readonly ImageOutputFormat WebP = new("webp", "image/webp", SkiaSharp.SKEncodedImageFormat.Webp);

    public static ImageOutputFormat? Parse(string value) => value.ToLowerInvariant() switch
    {
        "jpg" or "jpeg" => Jpeg,
        "png" => Png,
        "webp" => WebP,
        _ => null,
    };
}
