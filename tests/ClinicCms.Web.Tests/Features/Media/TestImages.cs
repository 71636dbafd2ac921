using System.Text;
using SkiaSharp;

namespace ClinicCms.Web.Tests.Features.Media;

/// <summary>
/// Images made in code. <see cref="WithMark"/> paints a grey picture with a red square around a point, so a test
/// can tell from the pixels whether that point stayed in a crop.
/// </summary>
public static class TestImages
{
    public static readonly SKColor Mark = SKColors.Red;

    public static byte[] WithMark(int width, int height, float markLeft, float markTop, SKEncodedImageFormat format = SKEncodedImageFormat.Png, int markSize = 120)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x60, 0x70, 0x80));
            using var paint = new SKPaint { Color = Mark };
            canvas.DrawRect(markLeft * width - markSize / 2f, markTop * height - markSize / 2f, markSize, markSize, paint);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    public static byte[] Plain(SKEncodedImageFormat format, int width = 64, int height = 48) => WithMark(width, height, 0.5f, 0.5f, format, markSize: 8);

    /// <summary>A GIF, which SkiaSharp can read but not write: the smallest valid 1×1 file.</summary>
    public static byte[] Gif() => Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj " +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    public static byte[] Svg(string inner = "<circle cx=\"50\" cy=\"50\" r=\"40\" fill=\"#7a2e5c\"/>") => Encoding.UTF8.GetBytes(
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 80\">{inner}</svg>");

    /// <summary>The start of a Windows program ("MZ", then the DOS stub): what a renamed .exe looks like.</summary>
    public static byte[] Executable() => [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.\r\n"), .. new byte[4096]];

    /// <summary>
    /// A 640×480 JPEG whose EXIF orientation (6) says "turn 90° clockwise to show": a phone photo taken upright.
    /// SkiaSharp writes no EXIF, so the APP1 segment is put in by hand right after the start marker.
    /// </summary>
    public static byte[] RotatedJpeg()
    {
        var jpeg = Plain(SKEncodedImageFormat.Jpeg, 640, 480);
        byte[] exif =
        [
            0xFF, 0xE1, 0x00, 0x22, .. "Exif"u8, 0x00, 0x00,
            .. "MM"u8, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
            0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00,
        ];
        return [.. jpeg[..2], .. exif, .. jpeg[2..]];
    }

    public static SKColor PixelAt(byte[] image, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(image);
        return bitmap.GetPixel(x, y);
    }

    public static (int Width, int Height) SizeOf(byte[] image)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(image));
        return (codec.Info.Width, codec.Info.Height);
    }

    public static bool IsMark(SKColor color) => color.Red > 200 && color.Green < 60 && color.Blue < 60;
}
