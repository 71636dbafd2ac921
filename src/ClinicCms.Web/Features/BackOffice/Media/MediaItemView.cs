using ClinicCms.Core.PropertyEditors;
using ClinicCms.Core.Validation;
using ClinicCms.Web.Features.BackOffice.Content;
using ClinicCms.Web.Features.Media;

namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>
/// The workspace of an image or a file: the form's values (saved, or what was posted after a refused save), the
/// preview with its focal point and crops, the file's details and the content that uses it.
/// </summary>
public sealed class MediaItemView
{
    public required MediaDetail Detail { get; init; }
    public required MediaTreeSidebar Tree { get; init; }
    public required string Name { get; init; }
    public string? AltText { get; init; }
    public bool IsDecorative { get; init; }
    public FocalPoint? FocalPoint { get; init; }
    public int Version { get; init; }
    public MediaPreview? Preview { get; init; }
    public IReadOnlyList<ValidationProblem> Problems { get; init; } = [];
    public Notice? Notice { get; set; }
    public MediaConflict? Conflict { get; set; }

    /// <summary>The form shows values that are not saved (after a refused save).</summary>
    public bool Unsaved { get; init; }

    public MediaItem Item => Detail.Item;

    public bool IsImage => Item.MediaTypeAlias.Equals(Core.Media.MediaConventions.Image, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the focal point can be set: a picture the processor crops (not an SVG).</summary>
    public bool HasFocalPoint => IsImage && Preview is not null && Item.Extension is not "svg";

    public IReadOnlyList<string> ErrorsAt(string path) => [.. Problems.Where(p => p.Path == path).Select(p => p.Message)];

    public decimal FocalLeftPercent => Math.Round((FocalPoint?.Left ?? 0.5m) * 100, 1);

    public decimal FocalTopPercent => Math.Round((FocalPoint?.Top ?? 0.5m) * 100, 1);
}
