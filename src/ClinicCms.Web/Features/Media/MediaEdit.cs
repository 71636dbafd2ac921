using ClinicCms.Core.PropertyEditors;

namespace ClinicCms.Web.Features.Media;

/// <summary>What an editor saves on a media item's page. Alt text, Decorative and the focal point apply to images only.</summary>
public sealed record MediaEdit(string Name, string? AltText = null, bool IsDecorative = false, FocalPoint? FocalPoint = null);
