namespace ClinicCms.Web.Features.Site.Pages;

/// <summary>
/// An image slot as a template prints it. The one partial that prints it (<c>Views/Partials/image.cshtml</c>) is
/// where responsive sources (srcset) plug in. An empty <see cref="Alt"/> marks a decorative image.
/// </summary>
public sealed record ImageModel(string Src, string Alt, int? Width, int? Height);
