namespace ClinicCms.Web.Features.Media.Uploads;

/// <summary>A file type the media library accepts: recognised by its content, with the extensions it may carry.</summary>
public sealed record MediaFileType(string Name, string ContentType, string[] Extensions, bool IsRasterImage, bool IsImage)
{
    public static readonly MediaFileType Jpeg = new("JPEG image", "image/jpeg", ["jpg", "jpeg", "jpe"], true, true);
    public static readonly MediaFileType Png = new("PNG image", "image/png", ["png"], true, true);
    public static readonly MediaFileType Gif = new("GIF image", "image/gif", ["gif"], true, true);
    public static readonly MediaFileType WebP = new("WebP image", "image/webp", ["webp"], true, true);
    public static readonly MediaFileType Svg = new("SVG image", "image/svg+xml", ["svg"], false, true);
    public static readonly MediaFileType Pdf = new("PDF document", "application/pdf", ["pdf"], false, false);

    public static IReadOnlyList<MediaFileType> All { get; } = [Jpeg, Png, Gif, WebP, Svg, Pdf];

    public static string AllowedList => "JPEG, PNG, GIF, WebP, SVG and PDF";

    public static MediaFileType? ForExtension(string extension) =>
        All.FirstOrDefault(t => t.Extensions.Contains(extension.TrimStart('.').ToLowerInvariant()));

    /// <summary>
    /// The type whose signature the first bytes carry (JPEG FF D8 FF, PNG's 8-byte signature, GIF87a/GIF89a,
    /// RIFF….WEBP, %PDF-), or SVG for text that starts like XML and names an svg element; null for anything else.
    /// </summary>
    public static MediaFileType? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Jpeg;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return Gif;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return WebP;
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        return LooksLikeSvg(head) ? Svg : null;
    }

    // The SVG sanitiser parses the whole file afterwards; this only has to tell SVG text from anything else.
    private static bool LooksLikeSvg(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        var text = System.Text.Encoding.UTF8.GetString(head).TrimStart();
        return text.StartsWith('<') && !text.Contains('\0') && text.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }
}
