namespace ClinicCms.Web.Features.Site.Pages;

/// <summary>A page shown as a teaser in a list: featured and related articles, specialists, search results.</summary>
public sealed record ContentCard
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public string? Summary { get; init; }

    /// <summary>A short line under the title: a job title, "5 min read".</summary>
    public string? Meta { get; init; }

    public ImageModel? Image { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
}
