using SkiaSharp;

namespace ClinicCms.Web.Features.Media.Processing;

/// <summary>
/// Resizes and crops an image with SkiaSharp. A crop keeps the focal point in frame: the window is centred on it
/// and only pushed back where it would leave the picture. Large JPEGs are decoded at a reduced size when the
/// output is small (much less memory and time for phone photos); EXIF orientation is applied first.
/// </summary>
public static class ImageProcessor
{
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);
    private static readonly float[] DecodeScales = [0.125f, 0.25f, 0.375f, 0.5f, 0.625f, 0.75f, 0.875f, 1f];

    public static (byte[] Data, int Width, int Height) Process(byte[] source, ImageCommand command)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(source)) ?? throw new InvalidDataException("The image cannot be decoded.");
        var origin = codec.EncodedOrigin;
        var turned = Uploads.ImageInspector.IsQuarterTurn(origin);
        var (fullWidth, fullHeight) = turned ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
        var plan = Plan(fullWidth, fullHeight, command);

        using var decoded = Decode(codec, plan.Scale);
        var oriented = Orient(decoded, origin);
        try
        {
            return Draw(oriented, fullWidth, plan, command);
        }
        finally
        {
            if (!ReferenceEquals(oriented, decoded))
            {
                oriented.Dispose();
            }
        }
    }

    private static (byte[] Data, int Width, int Height) Draw(SKBitmap oriented, int fullWidth, ImagePlan plan, ImageCommand command)
    {
        var factor = oriented.Width / (float)fullWidth;
        var source2 = new SKRect(plan.Window.Left * factor, plan.Window.Top * factor, plan.Window.Right * factor, plan.Window.Bottom * factor);

        var info = new SKImageInfo(plan.OutputWidth, plan.OutputHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Could not allocate the output image.");
        surface.Canvas.Clear(command.Format == ImageOutputFormat.Jpeg ? SKColors.White : SKColors.Transparent);
        using (var image = SKImage.FromBitmap(oriented))
        {
            surface.Canvas.DrawImage(image, source2, plan.Destination, Sampling);
        }

        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(command.Format.Encoding, command.Quality);
        return (data.ToArray(), plan.OutputWidth, plan.OutputHeight);
    }

    /// <summary>What to cut from the (oriented, full size) source and where to draw it in the output.</summary>
    internal static ImagePlan Plan(int width, int height, ImageCommand command)
    {
        var full = new SKRect(0, 0, width, height);
        switch (command.Width, command.Height)
        {
            case ({ } w, { } h) when command.Mode == ImageResizeMode.Crop:
            {
                var scale = Math.Max(w / (float)width, h / (float)height);
                var (cutWidth, cutHeight) = (w / scale, h / scale);
                var left = Math.Clamp((float)command.FocalPoint.Left * width - cutWidth / 2, 0, width - cutWidth);
                var top = Math.Clamp((float)command.FocalPoint.Top * height - cutHeight / 2, 0, height - cutHeight);
                return new ImagePlan(w, h, new SKRect(left, top, left + cutWidth, top + cutHeight), new SKRect(0, 0, w, h), scale);
            }

            case ({ } w, { } h):
            {
                var scale = Math.Min(w / (float)width, h / (float)height);
                var (innerWidth, innerHeight) = (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
                if (command.Mode == ImageResizeMode.Max)
                {
                    return new ImagePlan(innerWidth, innerHeight, full, new SKRect(0, 0, innerWidth, innerHeight), scale);
                }

                var (x, y) = ((w - innerWidth) / 2f, (h - innerHeight) / 2f);
                return new ImagePlan(w, h, full, new SKRect(x, y, x + innerWidth, y + innerHeight), scale);
            }

            case ({ } w, null):
            {
                var outHeight = Math.Max(1, (int)Math.Round(height * (w / (float)width)));
                return new ImagePlan(w, outHeight, full, new SKRect(0, 0, w, outHeight), w / (float)width);
            }

            case (null, { } h):
            {
                var outWidth = Math.Max(1, (int)Math.Round(width * (h / (float)height)));
                return new ImagePlan(outWidth, h, full, new SKRect(0, 0, outWidth, h), h / (float)height);
            }

            default:
                return new ImagePlan(width, height, full, full, 1);
        }
    }

    // Decodes at the smallest size the codec supports that still has at least the pixels the output needs.
    private static SKBitmap Decode(SKCodec codec, float scale)
    {
        var size = codec.Info.Size;
        foreach (var candidate in DecodeScales.Where(s => s >= scale))
        {
            var scaled = codec.GetScaledDimensions(candidate);
            if (scaled.Width >= Math.Ceiling(size.Width * scale) && scaled.Height >= Math.Ceiling(size.Height * scale))
            {
                size = scaled;
                break;
            }
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            throw new InvalidDataException($"The image cannot be decoded ({result}).");
        }

        return bitmap;
    }

    // EXIF orientations as matrices from the stored pixels to the picture people see.
    private static SKBitmap Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var (w, h) = (bitmap.Width, bitmap.Height);
        SKMatrix? matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => null,
        };
        if (matrix is not { } m)
        {
            return bitmap;
        }

        var turned = Uploads.ImageInspector.IsQuarterTurn(origin);
        var result = new SKBitmap(new SKImageInfo(turned ? h : w, turned ? w : h, bitmap.ColorType, bitmap.AlphaType));
        using var canvas = new SKCanvas(result);
        canvas.SetMatrix(m);
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        return result;
    }
}
