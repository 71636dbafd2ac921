using SkiaSharp;

namespace ClinicCms.Web.Features.Media.Uploads;

/// <summary>
/// Reads an uploaded raster image with SkiaSharp: its size as people see it (a phone photo's EXIF orientation
/// swaps width and height) and whether it decodes at all, so a damaged or disguised file is refused on upload
/// rather than failing on a public page.
/// </summary>
public static class ImageInspector
{
    private const int CheckPixels = 1_000_000;

    public static (int Width, int Height, string? Problem) Inspect(string file, long maxPixels)
    {
        using var codec = SKCodec.Create(file, out var result);
        if (codec is null)
        {
            return (0, 0, $"The image cannot be read ({result}); the file may be damaged.");
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > maxPixels)
        {
            return (0, 0, $"The image is {width}×{height} pixels; the limit is {maxPixels / 1_000_000} million pixels. Make it smaller and upload it again.");
        }

        // Decode once (at a reduced size where the format allows it) to prove the pixel data is whole.
        var scale = Math.Min(1f, MathF.Sqrt(CheckPixels / (float)((long)width * height)));
        var size = codec.GetScaledDimensions(scale);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        var decoded = codec.GetPixels(info, bitmap.GetPixels());
        if (decoded != SKCodecResult.Success)
        {
            return (0, 0, decoded == SKCodecResult.IncompleteInput
                ? "The image is incomplete; the file may be damaged or cut off."
                : $"The image cannot be decoded ({decoded}); the file may be damaged.");
        }

        return IsQuarterTurn(codec.EncodedOrigin) ? (height, width, null) : (width, height, null);
    }

    /// <summary>EXIF orientations 5–8 store the picture turned by 90°.</summary>
    public static bool IsQuarterTurn(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
}
