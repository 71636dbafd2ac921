using ClinicCms.Web.Features.Site.Pages;

namespace ClinicCms.Web.Features.Site.Seo;

/// <summary>What the profile's structured data says, as the page shows it.</summary>
public sealed record SpecialistSeo(string Name, string? Description, ImageModel? Photo, string? Phone, IReadOnlyList<string> Hospitals,
    IReadOnlyList<LinkItem> Breadcrumbs);
