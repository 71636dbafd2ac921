using ClinicCms.Web.PublishedModels;

namespace ClinicCms.Web.Features.Site;

/// <summary>What <see cref="SiteIndex"/> files an article under: its topics (trimmed, none empty) and its reviewer's key.</summary>
public sealed record ArticleTopics(IReadOnlyList<string> Topics, Guid? Reviewer)
{
    public static ArticleTopics Of(Article article) => new(
        [.. article.Tags.Select(t => t.Trim()).Where(t => t.Length > 0)],
        article.ReviewedBy?.Key);
}
