using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site.Pages;

public sealed class ArticleListPage : PageModel
{
    public required ArticleList Content { get; init; }

    /// <summary>Every topic with a link that filters the list (<c>?tag=</c>); the chosen one is current.</summary>
    public required IReadOnlyList<LinkItem> Topics { get; init; }

    /// <summary>The chosen topic, as the editor spelled it; null for all articles.</summary>
    public string? Topic { get; init; }

    public required IReadOnlyList<ContentCard> Articles { get; init; }
}
