using ClinicCms.Core.Content;
using ClinicCms.Core.Media;
using ClinicCms.Core.Published;

namespace ClinicCms.Core.Validation;

/// <summary>
/// A ClinicCms rule, not Umbraco's: an Image needs alternative text unless an editor has marked it decorative.
/// Umbraco leaves alt text to each site; the clinic's site must meet WCAG 2.2 AA (1.1.1 Non-text content), and the
/// schema alone cannot say "required unless another field is on", so this rule sits beside the schema's checks.
/// </summary>
public static class ImageAltTextRule
{
    public const string Message = "Enter alternative text that describes the image, or mark the image as decorative.";

    public static bool IsDecorative(PropertyValues values) =>
        values.Get(MediaConventions.IsDecorative)?.Trim() is "1" or "true" or "True";

    public static string? AltText(PropertyValues values) =>
        values.Get(MediaConventions.AltText) is { } alt && !string.IsNullOrWhiteSpace(alt) ? alt.Trim() : null;

    /// <summary>Whether an image with these values may appear on a page.</summary>
    public static bool IsSatisfied(PropertyValues values) => IsDecorative(values) || AltText(values) is not null;

    /// <summary>Whether a published media item may appear on a page (anything but an Image always may).</summary>
    public static bool IsSatisfied(IPublishedContent media) =>
        !media.ContentType.Alias.Equals(MediaConventions.Image, StringComparison.OrdinalIgnoreCase)
        || media.Value<bool>(MediaConventions.IsDecorative)
        || !string.IsNullOrWhiteSpace(media.Value<string>(MediaConventions.AltText));

    public static IReadOnlyList<ValidationProblem> Check(string mediaTypeAlias, PropertyValues values) =>
        mediaTypeAlias.Equals(MediaConventions.Image, StringComparison.OrdinalIgnoreCase) && !IsSatisfied(values)
            ? [new ValidationProblem(MediaConventions.AltText, Message)]
            : [];
}
