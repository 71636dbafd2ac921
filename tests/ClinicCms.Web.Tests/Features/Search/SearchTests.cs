using ClinicCms.Web.Tests.Infrastructure;

namespace ClinicCms.Web.Tests.Features.Search;

public sealed class SearchTests(CmsApplication site) : IClassFixture<CmsApplication>
{
    private async Task<List<(string Title, string Url, string SnippetHtml)>> SearchAsync(string query)
    {
        var page = await site.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));
        return [.. page.QuerySelectorAll("ol.results li").Select(li => (
            li.QuerySelector(".result__title")!.TextContent.Trim(),
            li.QuerySelector(".result__title a")!.GetAttribute("href")!,
            li.QuerySelector(".result__snippet")!.InnerHtml))];
    }

    [Fact]
    public async Task Chemotherapy_finds_the_seed_article_with_the_word_marked_and_stops_after_unpublish()
    {
        var results = await SearchAsync("chemotherapy");

        var hit = Assert.Single(results, r => r.Url == StarterContent.ArticleUrl);
        Assert.Equal("Effectiveness of chemotherapy in treating metastatic breast cancer", hit.Title);
        Assert.Contains("<mark>chemotherapy</mark>", hit.SnippetHtml, StringComparison.OrdinalIgnoreCase);

        await site.UnpublishAsync(StarterContent.ChemotherapyArticle);
        Assert.DoesNotContain(await SearchAsync("chemotherapy"), r => r.Url == StarterContent.ArticleUrl);

        await site.ContentAsync(c => c.PublishAsync(StarterContent.ChemotherapyArticle, ContentTestExtensions.Editor));
        Assert.Contains(await SearchAsync("chemotherapy"), r => r.Url == StarterContent.ArticleUrl);
    }

    [Fact]
    public async Task A_newly_published_article_is_found_by_its_words_and_stemmed_forms()
    {
        await site.PublishArticleAsync("Lymphoedema after surgery", ["lymphoedema"], "How to reduce swelling in the arm.");

        var results = await SearchAsync("swellings");

        Assert.Equal("Lymphoedema after surgery", Assert.Single(results).Title);
        Assert.Contains("<mark>swelling</mark>", results[0].SnippetHtml);
    }

    [Fact]
    public async Task Snippets_encode_the_text_and_only_the_marks_are_markup()
    {
        await site.PublishArticleAsync("Coping with fatigue", ["fatigue"], "Fatigue <script>alert(1)</script> & tiredness explained.");

        var snippet = Assert.Single(await SearchAsync("tiredness")).SnippetHtml;

        Assert.Contains("&lt;script&gt;", snippet);
        Assert.Contains("&amp;", snippet);
        Assert.DoesNotContain("<script", snippet);
        Assert.Contains("<mark>tiredness</mark>", snippet);
    }

    [Fact]
    public async Task Pages_hidden_from_search_engines_are_not_found_and_query_syntax_is_taken_literally()
    {
        Assert.Empty(await SearchAsync("Consultant breast cancer specialist sample"));
        Assert.Empty(await SearchAsync("title:(\"unclosed AND OR ~ *"));
        var empty = await site.CreateClient().GetDocumentAsync("/search?q=");
        Assert.Empty(empty.QuerySelectorAll("ol.results li"));
        Assert.Equal("Search", empty.QuerySelector("h1")!.TextContent.Trim());
    }
}
