using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site.Pages;

public sealed class HomePage : PageModel
{
    public required Home Content { get; init; }
    public required string Heading { get; init; }

    /// <summary>Shown near the top of the home page (and so left out of its footer).</summary>
    public string? EmergencyNote { get; init; }
    public IReadOnlyList<ContentCard> FeaturedArticles { get; init; } = [];
    public string? ArticlesUrl { get; init; }
    public IReadOnlyList<ContentCard> Specialists { get; init; } = [];
    public string? SpecialistsUrl { get; init; }
}
