namespace ClinicCms.Web.Features.BackOffice.Media;

/// <summary>
/// The media workspace form: the name (folders and files), and for images the alternative text, Decorative and the
/// focal point in percent from the top left. <see cref="Action"/> is <c>overwrite:N</c> when the editor saves over a
/// newer version N after a conflict.
/// </summary>
public sealed record MediaInput(string? Name, string? AltText, bool IsDecorative, decimal? FocalLeft, decimal? FocalTop, int Version, string? Action);
