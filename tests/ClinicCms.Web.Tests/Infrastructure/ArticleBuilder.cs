using ClinicCms.Web.Features.Content;

namespace ClinicCms.Web.Tests.Infrastructure;

/// <summary>Creates and publishes articles under the starter Articles page, based on the seed article's values.</summary>
public static class ArticleBuilder
{
    public static async Task<Guid> PublishArticleAsync(this CmsApplication site, string title, string[] tags, string? summary = null, bool reviewed = true)
    {
        var (_, _, values) = await site.LatestAsync(StarterContent.ChemotherapyArticle);
        values = values
            .Set("title", title)
            .Set("tags", System.Text.Json.JsonSerializer.Serialize(tags))
            .Set("summary", summary ?? $"About {title}.")
            .Set("reviewedBy", reviewed ? values.Get("reviewedBy") : null);
        var created = await site.ContentAsync(c => c.CreateAsync(StarterContent.Articles, "article", new ContentEdit(title, values), ContentTestExtensions.Editor));
        Assert.True(created.Succeeded, created.Message);
        var published = await site.ContentAsync(c => c.PublishAsync(created.Key, ContentTestExtensions.Editor));
        Assert.True(published.Published, published.Message + string.Join("; ", published.Problems.Select(p => p.Path + ": " + p.Message)));
        return created.Key;
    }

    public static async Task UnpublishAsync(this CmsApplication site, Guid key)
    {
        var result = await site.ContentAsync(c => c.UnpublishAsync(key, ContentTestExtensions.Editor));
        Assert.True(result.Succeeded, result.Message);
    }
}
