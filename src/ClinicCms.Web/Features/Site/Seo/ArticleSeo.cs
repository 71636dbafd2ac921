using ClinicCms.Web.Features.Site.Pages;

namespace ClinicCms.Web.Features.Site.Seo;

/// <summary>What the article's structured data says, as the page shows it.</summary>
public sealed record ArticleSeo(string Title, string Url, string? Description, ReviewerView? Reviewer, DateTime? LastReviewed,
    ImageModel? HeroImage, IReadOnlyList<LinkItem> Breadcrumbs)
{
    public string CanonicalUrl => Url;
}
