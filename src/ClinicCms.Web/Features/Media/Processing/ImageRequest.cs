using System.Globalization;
using ClinicCms.Core.PropertyEditors;
using Microsoft.Extensions.Primitives;

namespace ClinicCms.Web.Features.Media.Processing;

/// <summary>
/// The processing a media URL asks for, in Umbraco's ImageSharp-style query parameters: <c>width</c>, <c>height</c>,
/// <c>rmode</c> (crop, max, pad), <c>rxy</c> (focal point as fractions), <c>format</c> (jpg, png, webp),
/// <c>quality</c> (1–100), and ClinicCms's <c>crop=&lt;alias&gt;</c> for a crop of the Image Cropper data type.
/// Other parameters (<c>v</c>, <c>rnd</c> cache busters) are ignored. Widths and heights must come from
/// <see cref="MediaOptions.AllowedSizes"/>; a height may also give a crop's proportions with the width (see <see cref="ImageCommand"/>).
/// </summary>
public sealed record ImageRequest(int? Width, int? Height, ImageResizeMode Mode, FocalPoint? FocalPoint, ImageOutputFormat? Format, int? Quality, string? Crop)
{
    private static readonly string[] Keys = ["width", "height", "rmode", "rxy", "format", "quality", "crop"];

    /// <summary>Null when the URL asks for no processing (the original is served); otherwise the request or the problem.</summary>
    public static ImageRequest? Parse(IQueryCollection query, MediaOptions options, out string? problem)
    {
        problem = null;
        if (!Keys.Any(query.ContainsKey))
        {
            return null;
        }

        var width = Size(query, "width", options, ref problem);
        var height = Size(query, "height", options, ref problem, allowAny: width is not null);
        var mode = ImageResizeMode.Crop;
        if (Single(query, "rmode") is { } rmode && !Enum.TryParse(rmode, ignoreCase: true, out mode))
        {
            problem ??= $"rmode \"{rmode}\" is not supported; use crop, max or pad.";
        }

        var focal = Single(query, "rxy") is { } rxy ? FocalPointValue(rxy, ref problem) : null;
        ImageOutputFormat? format = null;
        if (Single(query, "format") is { } f && (format = ImageOutputFormat.Parse(f)) is null)
        {
            problem ??= $"format \"{f}\" is not supported; use webp, jpg or png.";
        }

        int? quality = null;
        if (Single(query, "quality") is { } q)
        {
            quality = int.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 100 ? value : null;
            if (quality is null)
            {
                problem ??= $"quality \"{q}\" must be a whole number from 1 to 100.";
            }
        }

        var crop = Single(query, "crop");
        if (crop is null && width is null && height is null && problem is null)
        {
            problem = "Ask for a width, a height or a crop.";
        }

        return problem is null ? new ImageRequest(width, height, mode, focal, format, quality, crop) : null;
    }

    private static string? Single(IQueryCollection query, string key) =>
        query.TryGetValue(key, out StringValues values) && values.Count > 0 && !string.IsNullOrWhiteSpace(values[^1]) ? values[^1]!.Trim() : null;

    // A height beside an allowed width may also give a crop's proportions (800×450 for 16:9); ImageCommand checks that.
    private static int? Size(IQueryCollection query, string key, MediaOptions options, ref string? problem, bool allowAny = false)
    {
        if (Single(query, key) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && (options.AllowedSizes.Contains(size) || allowAny && size is > 0 and <= 10_000))
        {
            return size;
        }

        problem ??= $"{key} {text} is not one of the sizes this site generates: {string.Join(", ", options.AllowedSizes.Order())}.";
        return null;
    }

    // Rounded to hundredths: a finer focal point changes no visible pixel but would make another cached file.
    private static FocalPoint? FocalPointValue(string text, ref string? problem)
    {
        var parts = text.Split(',');
        if (parts.Length == 2
            && decimal.TryParse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var left) && left is >= 0 and <= 1
            && decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var top) && top is >= 0 and <= 1)
        {
            return new FocalPoint(Math.Round(left, 2), Math.Round(top, 2));
        }

        problem ??= $"rxy \"{text}\" must be two fractions from 0 to 1, such as rxy=0.4,0.3.";
        return null;
    }
}
