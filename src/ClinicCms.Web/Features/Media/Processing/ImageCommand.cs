using System.Globalization;
using ClinicCms.Core.Media;
using ClinicCms.Core.PropertyEditors;

namespace ClinicCms.Web.Features.Media.Processing;

/// <summary>
/// An <see cref="ImageRequest"/> resolved against one image: a crop alias turned into its size, the image's own
/// focal point where the URL gives none, a height checked (from the allowed sizes, or in a crop's proportions with the width), the output format chosen (WebP when the browser accepts it).
/// <see cref="CacheKey"/> names the result: the same command on the same file always gives the same bytes.
/// </summary>
public sealed record ImageCommand(int? Width, int? Height, ImageResizeMode Mode, FocalPoint FocalPoint, ImageOutputFormat Format, int Quality)
{
    public static readonly FocalPoint Centre = new(0.5m, 0.5m);

    public static ImageCommand? Resolve(
        ImageRequest request, FocalPoint? imageFocalPoint, IReadOnlyList<ImageCropDefinition> crops, IReadOnlyCollection<int> allowedSizes,
        ImageOutputFormat sourceFormat, bool acceptsWebP, int defaultQuality, out string? problem)
    {
        problem = null;
        var (width, height, mode) = (request.Width, request.Height, request.Mode);
        if (height is { } asked && !allowedSizes.Contains(asked) && !crops.Any(c => width is { } w && (int)Math.Round(w * (double)c.Height / c.Width) == asked))
        {
            problem = $"height {asked} is not one of the sizes this site generates ({string.Join(", ", allowedSizes.Order())}) " +
                $"and does not give {width} the proportions of a crop ({string.Join(", ", crops.Select(c => $"{c.Alias} {c.Width}×{c.Height}"))}).";
            return null;
        }

        if (request.Crop is { } alias)
        {
            var crop = crops.FirstOrDefault(c => c.Alias.Equals(alias, StringComparison.OrdinalIgnoreCase));
            if (crop is null)
            {
                problem = crops.Count == 0
                    ? $"This image has no crops; \"{alias}\" cannot be made."
                    : $"There is no crop \"{alias}\"; this image has {string.Join(", ", crops.Select(c => c.Alias))}.";
                return null;
            }

            (width, height) = (width, height) switch
            {
                (null, null) => (crop.Width, crop.Height),
                ({ } w, null) => (w, Math.Max(1, (int)Math.Round(w * (double)crop.Height / crop.Width))),
                (null, { } h) => (Math.Max(1, (int)Math.Round(h * (double)crop.Width / crop.Height)), h),
                _ => (width, height),
            };
            mode = ImageResizeMode.Crop;
        }

        var focal = request.FocalPoint ?? imageFocalPoint ?? Centre;
        return new ImageCommand(width, height, mode, new FocalPoint(Math.Round(focal.Left, 2), Math.Round(focal.Top, 2)),
            request.Format ?? (acceptsWebP ? ImageOutputFormat.WebP : sourceFormat), request.Quality ?? defaultQuality);
    }

    public string CacheKey => string.Create(CultureInfo.InvariantCulture,
        $"{Width}x{Height}|{Mode}|{FocalPoint.Left:0.00},{FocalPoint.Top:0.00}|{Format.Extension}|{(Format == ImageOutputFormat.Png ? 0 : Quality)}");
}
